// The bookkeeping of what the highlighter made (marks, pieces, chunks, each region's nodes) and the
// repair of regions the page changed. Apart from the marking itself (highlighter.ts, which extends
// this class) because it answers what is ours and puts the page's text back, without mark.js.
import { zeroCounts, type EntityId } from '@/data/types';
import { KnownRoots } from '@/page/shadow';
import { OWN_MARK_SELECTOR } from '@/page/mark-style';

/**
 * One text node of the page that we split (around marks, or into chunks when it was huge), and
 * what came of it: `nodes` are the region's siblings in order, the page's node among them (first,
 * or second, right after the first mark, when a mention started its text: then it holds the text
 * after that mark instead of staying empty). Every other node is ours (marks, the text pieces
 * between them, chunks). `texts` is the text of each node when we last wrote it. Together they
 * hold the page's text, unchanged.
 */
interface Region {
  nodes: ChildNode[];
  texts: string[];
}

/** What repair() did about a region the page changed. */
export interface Repair {
  /** The element whose marked text the page rewrote (for the back-off); null when unknown. */
  parent: Element | null;
  /**
   * Nodes to scan again (text nodes, or elements the page put inside our marks): the page's text,
   * now free of our marks, may hold mentions.
   */
  rescan: Node[];
}

function textOf(n: Node): string {
  return n.nodeType === Node.TEXT_NODE ? (n as Text).data : (n.textContent ?? '');
}

/**
 * What we made. Marks are recognised by identity, never by class or attribute, because a page can
 * write `<mark class="brieflight-mark">` itself. The text nodes that splitting created are ours
 * too, and each region records exactly what it holds: unmarking and repairing touch exactly our
 * nodes and put the page's text back into the page's own text node.
 *
 * All bookkeeping is weak (WeakMaps keyed on nodes): what the page removes is forgotten with it.
 */
export class MarkedRegions {
  protected readonly entities = new WeakMap<Element, EntityId>();
  /** Every node we made (marks, their text, pieces, chunks) → the page's text node it came from. */
  protected readonly origins = new WeakMap<Node, Text>();
  protected readonly regions = new WeakMap<Text, Region>();
  /**
   * The marks of one mention split over several text nodes (`<b>Azer</b>baijan`: one mark per
   * piece, each inside its own text node's parent), in document order, shared by each of them.
   * A mention in one text node has no entry.
   */
  protected readonly groups = new WeakMap<Element, HTMLElement[]>();
  /** Open shadow roots that may hold marks (current() and counts() look into them too). */
  private readonly roots = new KnownRoots();

  /**
   * The marks of the mention `mark` is part of, in document order: `[mark]` for a mention in one
   * text node, every piece's mark for a mention split over elements.
   */
  groupOf(mark: HTMLElement): readonly HTMLElement[] {
    return this.groups.get(mark) ?? [mark];
  }

  /** True when `mark` is the first of its mention's marks still in the page (counting a mention once). */
  leads(mark: HTMLElement): boolean {
    const group = this.groups.get(mark);
    return !group || group.find((m) => m.isConnected && this.entities.has(m)) === mark;
  }

  /**
   * Records a region from the DOM as it is now: `o` and our nodes around it. Right after marking
   * it also tidies what mark.js left: it splits at the very start and end of a match, so a text
   * that ends with a mention leaves an empty piece after the mark (ours: removed), and a text that
   * starts with one leaves the page's own node empty before it. An empty text node of the page is
   * what `normalize()` removes and what a hydrating framework trips on, so the page's node takes
   * the place of the piece after the first mark (same parent, same place among the page's nodes;
   * it holds that piece's text). Only where no text of the page's node is left outside marks (the
   * node is exactly one mention, `<a>Baku</a>`) does it stay empty: it must stay a child of its
   * parent, because frameworks call `parent.removeChild(node)` and `parent.insertBefore(x, node)`
   * on it, which throw if it were moved into our mark.
   */
  protected rebuild(o: Text): void {
    let first: ChildNode = o;
    for (let s = o.previousSibling; s && this.origins.get(s) === o; s = s.previousSibling) first = s;
    const nodes: ChildNode[] = [];
    for (let s: ChildNode | null = first; s && (s === o || this.origins.get(s) === o);) {
      const next: ChildNode | null = s.nextSibling;
      if (s !== o && s.nodeType === Node.TEXT_NODE && (s as Text).length === 0) {
        s.remove();
        this.origins.delete(s);
      } else nodes.push(s);
      s = next;
    }
    if (o.length === 0) {
      const at = nodes.indexOf(o);
      const mark = nodes[at + 1];
      const piece = nodes[at + 2];
      if (mark && mark.nodeType === Node.ELEMENT_NODE && piece && piece.nodeType === Node.TEXT_NODE) {
        o.data = (piece as Text).data;
        piece.replaceWith(o);
        this.origins.delete(piece);
        nodes.splice(at, 3, mark, o);
      }
    }
    if (nodes.length <= 1) {
      this.regions.delete(o);
      return;
    }
    this.regions.set(o, { nodes, texts: nodes.map(textOf) });
  }

  /** The entity a matched piece of text names (a mark's text is exactly one mention). */
  /** The entity of a mark we made; undefined for anything else, a forged mark above all. */
  entityOf(el: Element): EntityId | undefined {
    return this.entities.get(el);
  }

  /** True for a node we made: a mark, the text inside one, a piece or chunk of a split text. */
  isOwn(node: Node): boolean {
    return this.origins.has(node);
  }

  /**
   * The page's text node a node of ours came from; the node itself when it is a page's text node
   * we split; undefined otherwise. A change to any of these may have broken that region.
   */
  originOf(node: Node): Text | undefined {
    const o = this.origins.get(node);
    if (o) return o;
    return node.nodeType === Node.TEXT_NODE && this.regions.has(node as Text) ? (node as Text) : undefined;
  }

  /** The nearest mark we made at or above `node`. */
  markAt(node: EventTarget | null): HTMLElement | undefined {
    let el = node instanceof Element ? node : node instanceof Node ? node.parentElement : null;
    for (; el; el = el.parentElement) {
      if (el.localName === 'mark' && this.entities.has(el)) return el as HTMLElement;
    }
    return undefined;
  }

  /** Lets current() and counts() see the marks inside an open shadow root. */
  addRoot(root: ShadowRoot): void {
    this.roots.add(root);
  }

  /** The open shadow roots known to hold text we scan (alive ones; dead ones are dropped). */
  shadowRoots(): ShadowRoot[] {
    return this.roots.alive();
  }

  /** Sizes of the strong structures, for the leak tests. */
  get debugSizes(): { roots: number } {
    return { roots: this.roots.size };
  }

  /**
   * The marks we made under `root` (and in the open shadow roots inside it), in document order
   * (shadow roots' marks after the rest). Found through the DOM rather than kept in a list, so a
   * mark the page removes is forgotten with it.
   */
  current(root: ParentNode = document): HTMLElement[] {
    const out: HTMLElement[] = [];
    const collect = (r: ParentNode) => {
      for (const el of r.querySelectorAll<HTMLElement>(OWN_MARK_SELECTOR)) {
        if (this.entities.has(el)) out.push(el);
      }
    };
    collect(root);
    if (this.roots.size > 0) {
      for (const sr of this.shadowRoots()) {
        if (sr !== root && sr.host.isConnected && contains(root, sr.host)) collect(sr);
      }
    }
    return out;
  }

  /** How many marks of each entity are under `root`. */
  counts(root: ParentNode = document): { counts: Record<EntityId, number>; total: number } {
    const counts = zeroCounts();
    let total = 0;
    for (const m of this.current(root)) {
      const id = this.entities.get(m);
      if (id && this.leads(m)) {
        counts[id]++;
        total++;
      }
    }
    return { counts, total };
  }

  /** True when the region of `o` is exactly as we left it (the page may have moved it whole). */
  isIntact(o: Text): boolean {
    const r = this.regions.get(o);
    if (!r) return true;
    const at = r.nodes.indexOf(o);
    if (o.data !== r.texts[at]) return false;
    // `o` where we left it: after the node before it in the region, or first.
    if (at > 0 ? r.nodes[at - 1]!.nextSibling !== o : o.nextSibling !== r.nodes[1]) return false;
    return this.oursAsLeft(o, r);
  }

  /**
   * True when our nodes of the region are all still in the page, in order, each with the text we
   * left in it, and each mark holds only its own text node: the page changed nothing of ours
   * (whatever it did to its own node `o`, which may still sit between them).
   */
  private oursAsLeft(o: Text, r: Region): boolean {
    let prev: ChildNode | undefined;
    for (let i = 0; i < r.nodes.length; i++) {
      const n = r.nodes[i]!;
      if (n === o) continue;
      if (!n.parentNode || textOf(n) !== r.texts[i]) return false;
      if (n.nodeType === Node.ELEMENT_NODE) {
        const c = n.firstChild;
        if (!c || c !== n.lastChild || this.origins.get(c) !== o) return false;
      }
      if (prev) {
        let s = prev.nextSibling;
        if (s === o) s = o.nextSibling;
        if (s !== n) return false;
      }
      prev = n;
    }
    return true;
  }

  /** Forgets a node we made (and, for a mark, its text). */
  protected forget(n: Node): void {
    this.origins.delete(n);
    if (n.nodeType === Node.ELEMENT_NODE) {
      this.entities.delete(n as Element);
      this.groups.delete(n as Element);
      const inner = n.firstChild;
      if (inner) this.origins.delete(inner);
    }
  }

  /**
   * Puts the page's text back the way the page means it, when the page changed the region of `o`
   * (the page's text node that we split). With `force`, also an intact region (unmarking).
   * A repair never removes anything but our own nodes holding our own copy of text, and only when
   * that text is not the page's any more; everything else is kept where it is, marks unwrapped.
   *
   * - Intact and forced (unmarking): `o` gets its whole text back, in its place; ours go. The
   *   page's DOM is exactly as before marking, the same node objects.
   * - The page left `o`'s text alone and our nodes hold only text, but it moved `o`, put its own
   *   nodes among ours (Preact inserts before `o.nextSibling`, our mark), or edited text in ours
   *   (normalize() merging a neighbour into our piece): the page believes `o` holds its whole
   *   text. `o` gets it back, with the page's edits to ours; ours go (their text is now in `o`).
   * - The page wrote `o` (`written`: a characterData record on it, or its text is not what we left)
   *   and left ours untouched: a framework setting its node's whole new text (React, Preact).
   *   Ours hold the old text, which the page replaced: they go. Not so when `o` follows a mark and
   *   its new text starts with what we left: that is text added to it (appendData, normalize()
   *   merging the page's next text into it), and ours are kept, unwrapped.
   * - The page removed a non-empty `o` and left ours untouched, and the text before ours is not
   *   `o`'s text merged into its neighbour (normalize()): a framework unmounting its text node.
   *   Ours hold its old text: they go.
   * - Anything else (a translator replacing every text node, ours included, with
   *   `<font><font>…</font></font>`; the page removing an empty `o` with normalize(); the page
   *   deleting some marks): every node of ours still in the page stays where it is, with whatever
   *   the page put in it; our marks are unwrapped in place (their children moved out, not copied).
   *   What the page removed stays removed.
   *
   * Returns null when there was nothing to do.
   */
  repair(o: Text, force = false, written = false): Repair | null {
    const r = this.regions.get(o);
    if (!r) return null;
    const at = r.nodes.indexOf(o);
    const intact = !written && this.isIntact(o);
    if (intact && !force) return null;
    this.regions.delete(o);
    const ours = r.nodes.filter((n) => n !== o);
    // The other pieces of a mention split over elements, in other text nodes: half a mention is
    // none, so their regions are unwrapped too and their text read again.
    const partners = new Set<Text>();
    for (const n of ours) {
      const group = n.nodeType === Node.ELEMENT_NODE ? this.groups.get(n as Element) : undefined;
      if (!group) continue;
      for (const m of group) {
        const po = this.origins.get(m);
        if (po && po !== o) partners.add(po);
      }
    }
    const home = ours[0]?.parentNode ?? null;
    const parentNode = o.parentNode ?? ours.find((n) => n.parentNode)?.parentNode ?? null;
    const parent = parentNode && parentNode.nodeType === Node.ELEMENT_NODE ? (parentNode as Element) : null;
    const rescan: Node[] = [];
    const wrote = written || o.data !== r.texts[at];
    const dropOurs = () => {
      for (const n of ours) n.parentNode?.removeChild(n);
    };
    // Asked only when needed: unmarking an intact region (the common case) walks it once.
    const textOnly = () =>
      ours.every(
        (n) =>
          n.parentNode !== null &&
          n.parentNode === home &&
          (n.nodeType === Node.TEXT_NODE || [...n.childNodes].every((c) => c.nodeType === Node.TEXT_NODE)),
      );
    let asLeft: boolean | undefined;
    const oursUntouched = () => (asLeft ??= this.oursAsLeft(o, r));
    if (intact || (!wrote && o.parentNode && textOnly())) {
      const whole = r.nodes.map(textOf).join('');
      // Back to the region's first place, unless the page put its own nodes between `o` and ours.
      const first = r.nodes[0]!;
      if (first !== o && first.parentNode === o.parentNode && r.nodes[at - 1]!.nextSibling === o) {
        o.parentNode!.insertBefore(o, first);
      }
      if (o.data !== whole) o.data = whole;
      dropOurs();
      if (!intact) rescan.push(o);
    } else if (wrote && o.parentNode && oursUntouched() && !(at > 0 && o.data.startsWith(r.texts[at]!))) {
      dropOurs();
      if (o.isConnected) rescan.push(o);
    } else if (!o.parentNode && r.texts[at] !== '' && oursUntouched() && !this.mergedBefore(r, at)) {
      dropOurs();
    } else {
      for (const n of ours) {
        if (!n.parentNode) continue;
        if (n.nodeType === Node.ELEMENT_NODE) {
          const kids = [...n.childNodes];
          (n as Element).replaceWith(...kids);
          for (const k of kids) {
            this.origins.delete(k);
            rescan.push(k);
          }
        } else rescan.push(n);
      }
      if (o.isConnected) rescan.push(o);
    }
    for (const n of ours) this.forget(n);
    for (const po of partners) {
      const more = this.repair(po, true);
      if (more) rescan.push(...more.rescan);
      if (po.isConnected) rescan.push(po);
    }
    if (partners.size > 0 && o.isConnected && !rescan.includes(o)) rescan.push(o);
    return { parent, rescan };
  }

  /** True when the page's text just before our nodes ends with `o`'s text: normalize() merged `o` into it. */
  private mergedBefore(r: Region, at: number): boolean {
    const next = r.nodes[at + 1];
    const prev = next?.previousSibling;
    return (
      prev !== null &&
      prev !== undefined &&
      prev.nodeType === Node.TEXT_NODE &&
      (prev as Text).data.endsWith(r.texts[at]!)
    );
  }
}

/** `root.contains(node)`, where root may be a Document or a shadow root. */
function contains(root: ParentNode, node: Node): boolean {
  return (root as Node).contains(node);
}
