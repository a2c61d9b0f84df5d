import Mark from 'mark.js';
import { zeroCounts, type EntityId } from '@/data/types';
import { EDITABLE_SELECTOR, NOT_TEXT_TAGS } from '@/page/excluded';
import { matcher, type Matcher } from '@/detect/match';
import { KnownRoots } from '@/page/shadow';
import { ENTITY_ATTR, MARK_CLASS } from '@/page/dom-contract';
import { MARK_TOKEN, OWN_MARK_SELECTOR } from '@/page/mark-style';
import { HUGE_TEXT_CHARS, MARK_GROUP_SIZE, TEXT_CHUNK_CHARS } from '@/utils/timings';
import { findInRun, glues, hasIgnorable, inlineRole, BOUNDARY_TAGS, type InlineRole } from '@/page/inline-run';


/**
 * Elements whose text is not running prose (or not the page's to change): CONTRACT.md's list, our
 * own marks (so a second pass never nests marks). The card's host needs no entry: its content is in
 * a closed root no walk enters, and a page element named like it is the page's text.
 */
const EXCLUDED_TAGS = [...NOT_TEXT_TAGS, `mark.${MARK_CLASS}`, EDITABLE_SELECTOR];
const EXCLUDED_SELECTOR = EXCLUDED_TAGS.join(',');
// mark.js tests `exclude` only against a text node's direct parent, so given element contexts it
// would need every excluded element twice (`X` and `X *`). Our contexts are the text nodes
// themselves, each already checked against all its ancestors by isMarkable() (closest() with the
// list above): the same exclusion, done once. Passing the list to mark.js as well would test every
// candidate's ancestors a second time (about 10 % of the whole first pass on a big page).

/** True when text inside `el` must never be marked. */
export function isExcluded(el: Element): boolean {
  if (el.closest(EXCLUDED_SELECTOR) !== null) return true;
  // The attribute is covered above; designMode makes the whole document editable. (Only then is
  // isContentEditable asked: it brings the page's style up to date, which is not free.)
  return el.ownerDocument.designMode === 'on' && (el as HTMLElement).isContentEditable === true;
}

/**
 * True when the text node `t` may be marked, as far as where it sits goes: its parent is not an
 * excluded element. Text directly inside a shadow root (no parent element) may be marked.
 */
export function isMarkable(t: Text): boolean {
  const p = t.parentElement;
  if (p) return !isExcluded(p);
  const parent = t.parentNode;
  return parent !== null && parent.nodeType === 11; /* DOCUMENT_FRAGMENT_NODE: a shadow root */
}

/**
 * What `el` is to the inline run around it as the page shows it: inlineRole() with the element's
 * computed display and float, and our exclusions (our marks, the card's host, editable regions).
 * Computed style is read only for tags that are not boundaries by themselves, and only where two
 * text nodes touch letter to letter (sameRun), so a page pays it at a handful of junctions.
 */
function roleOf(el: Element): InlineRole {
  if (el.matches(EXCLUDED_SELECTOR)) return 'excluded';
  const tag = el.localName;
  if (BOUNDARY_TAGS.has(tag)) return 'boundary';
  const view = el.ownerDocument.defaultView;
  if (!view || !el.isConnected) return inlineRole({ tag });
  const cs = view.getComputedStyle(el);
  return inlineRole({ tag, display: cs.display || null, float: cs.float || cs.cssFloat || null });
}

/**
 * True when text node `b`, the next non-empty text node after `a` in document order, is in the
 * same inline run as `a` (src/page/inline-run.ts): every element the document order leaves or enters
 * between them is inline (`<b>Azer</b>baijan`, a floated drop cap, `<wbr>`), none a block, line
 * break, excluded element or hidden one.
 */
export function sameRun(a: Text, b: Text): boolean {
  // Tags first (cheap, and most junctions between blocks end here), then computed style.
  return between(a, b, roleByTag) && between(a, b, roleOf);
}

/**
 * sameRun() by tags and our exclusions alone, without computed style: the walk's test at every
 * glued junction. CSS may still show an inline tag as a block; the scanner asks sameRun() only
 * for a chain whose text passes the prefilter, so a page without mentions never has its style
 * read.
 */
export function sameRunByTag(a: Text, b: Text): boolean {
  return between(a, b, roleByTag);
}

/** inlineRole() by tag and our exclusions alone: 'inline' may still be a block by CSS. */
function roleByTag(el: Element): InlineRole {
  if (el.matches(EXCLUDED_SELECTOR)) return 'excluded';
  return BOUNDARY_TAGS.has(el.localName) ? 'boundary' : 'inline';
}

/** True when every element the document order leaves or enters from `a` to `b` is inline by `role`. */
function between(a: Text, b: Text, role: (el: Element) => InlineRole): boolean {
  let n: Node = a;
  for (;;) {
    let next: Node | null = n === a ? null : n.firstChild;
    if (!next) {
      let m: Node = n;
      while (!m.nextSibling) {
        const p = m.parentNode;
        // Leaving an element: it must be inline. A shadow root or the document ends the run.
        if (!p || p.nodeType !== Node.ELEMENT_NODE || role(p as Element) !== 'inline') return false;
        m = p;
      }
      next = m.nextSibling!;
    }
    n = next;
    if (n === b) return true;
    if (n.nodeType === Node.ELEMENT_NODE && role(n as Element) !== 'inline') return false;
    if (n.nodeType === Node.TEXT_NODE && (n as Text).length > 0) return false;
  }
}

/**
 * The text nodes of the inline run piece around `t` that must be read together with it: its
 * neighbours (skipping empty text nodes) as long as each junction touches letter to letter
 * (glues) in one inline run (sameRun). `[t]` when nothing glues, which is what almost every text
 * node gets, after two character tests (no walker is made unless an edge of `t` is a letter).
 */
export function runAround(t: Text): Text[] {
  const data = t.data;
  if (data.length === 0) return [t];
  const atStart = glues('a', data);
  const atEnd = glues(data, 'a');
  if (!atStart && !atEnd) return [t];
  const root = t.getRootNode();
  const doc = t.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out = [t];
  if (atStart) {
    walker.currentNode = t;
    for (let cur = t, p = walker.previousNode() as Text | null; p; p = walker.previousNode() as Text | null) {
      if (p.length === 0) continue;
      if (!glues(p.data, cur.data) || !sameRun(p, cur)) break;
      out.unshift(p);
      cur = p;
    }
  }
  if (atEnd) {
    walker.currentNode = t;
    for (let cur = t, n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (n.length === 0) continue;
      if (!glues(cur.data, n.data) || !sameRun(cur, n)) break;
      out.push(n);
      cur = n;
    }
  }
  return out;
}

export interface MarkOptions {
  /** Only these entities are marked. */
  entities?: ReadonlySet<EntityId>;
  /**
   * Called for each new mention, in document order, with the text node that holds it. Return false
   * to leave the match unmarked.
   */
  accept?: (entity: EntityId, node: Text) => boolean;
}

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
 * mark.js walks each context with a NodeIterator. Live NodeIterators are kept up to date by the
 * browser on every DOM removal, and mark.js creates one per context and never detaches it, so
 * marking n text nodes costs O(n²) (5× the hand-written wrapping on a big page). Our contexts are
 * the text nodes themselves, so while mark.js runs, an iterator over a text node is a static
 * stand-in that yields that node once (same previousNode()/nextNode() protocol).
 */
function withStaticIterators<T>(run: () => T): T {
  const doc = globalThis.document as Document & { createNodeIterator: Document['createNodeIterator'] };
  const native = doc.createNodeIterator;
  const own = Object.prototype.hasOwnProperty.call(doc, 'createNodeIterator');
  doc.createNodeIterator = function (root: Node, what?: number, filter?: NodeFilter | null): NodeIterator {
    if (root.nodeType !== Node.TEXT_NODE) return native.call(doc, root, what, filter);
    const f = typeof filter === 'function' ? filter : filter?.acceptNode.bind(filter);
    const ok = !f || f(root) === NodeFilter.FILTER_ACCEPT;
    let after = false;
    return {
      nextNode: () => (ok && !after ? ((after = true), root) : null),
      previousNode: () => (ok && after ? ((after = false), root) : null),
    } as unknown as NodeIterator;
  };
  try {
    return run();
  } finally {
    if (own) doc.createNodeIterator = native;
    else delete (doc as { createNodeIterator?: unknown }).createNodeIterator;
  }
}

/** A huge text node cut into chunks outside the document, waiting to be marked and put in. */
export interface HugeText {
  readonly text: Text;
  /** Its text when it was cut: if the page changes it meanwhile, the chunks are dropped. */
  readonly data: string;
  readonly frag: DocumentFragment;
  /** The chunks, in order (the first one's text goes back into `text`). */
  readonly parts: readonly Text[];
}

/** Where to cut a huge text into chunks of about TEXT_CHUNK_CHARS. */
function cutsOf(data: string): number[] {
  const cuts: number[] = [];
  for (let at = 0; data.length - at > TEXT_CHUNK_CHARS; ) {
    let cut = at + TEXT_CHUNK_CHARS;
    // Prefer a cut just after white space in the last quarter of the chunk (a bounded scan:
    // lastIndexOf would search a text without any back to its start, for every chunk).
    let ws = -1;
    for (let i = cut - 1, stop = at + (TEXT_CHUNK_CHARS * 3) / 4; i > stop; i--) {
      const c = data.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) {
        ws = i;
        break;
      }
    }
    if (ws > 0) cut = ws + 1;
    else {
      // Never between the two halves of a surrogate pair.
      const c = data.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--;
    }
    cuts.push(cut);
    at = cut;
  }
  return cuts;
}

/**
 * What we made. Marks are recognised by identity, never by class or attribute, because a page can
 * write `<mark class="brieflight-mark">` itself. The text nodes that splitting created are ours
 * too, and each region records exactly what it holds: unmarking and repairing touch exactly our
 * nodes and put the page's text back into the page's own text node.
 *
 * All bookkeeping is weak (WeakMaps keyed on nodes): what the page removes is forgotten with it.
 */
export class Highlighter {
  private readonly entities = new WeakMap<Element, EntityId>();
  /** Every node we made (marks, their text, pieces, chunks) → the page's text node it came from. */
  private readonly origins = new WeakMap<Node, Text>();
  private readonly regions = new WeakMap<Text, Region>();
  /**
   * The marks of one mention split over several text nodes (`<b>Azer</b>baijan`: one mark per
   * piece, each inside its own text node's parent), in document order, shared by each of them.
   * A mention in one text node has no entry.
   */
  private readonly groups = new WeakMap<Element, HTMLElement[]>();
  /** Open shadow roots that may hold marks (current() and counts() look into them too). */
  private readonly roots = new KnownRoots();
  /** Set once a huge text node was cut into chunks (unmarkAll then also looks for chunk-only regions). */
  private chunkedAny = false;
  /** True once any mark was made: until then no removal can have taken one of ours. */
  hasMarked = false;

  constructor(private readonly m: Matcher = matcher) {}

  /** The cheap pre-test: false only when `text` holds no mention. */
  prefilter(text: string): boolean {
    return this.m.prefilter(text);
  }

  /** The text nodes under `root` that hold at least one mention and may be marked. */
  candidates(root: Node): Text[] {
    const out: Text[] = [];
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const m = this.m;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (m.prefilter(n.data) && isMarkable(n)) out.push(n);
    }
    return out;
  }

  /**
   * Marks every mention in the given text nodes and returns the new marks. The nodes are
   * candidates as candidates() finds them: each has passed isMarkable() (mark.js is not asked to
   * exclude anything again).
   */
  markTextNodes(nodes: readonly Text[], opts: MarkOptions = {}): HTMLElement[] {
    const made: HTMLElement[] = [];
    const todo: Text[] = [];
    const ignorable: Text[][] = [];
    for (const n of nodes) {
      if (!n.isConnected || !n.parentNode) continue;
      // A region the page changed and nobody repaired yet: repair it first, never build on it.
      const o = this.origins.get(n) ?? n;
      if (this.regions.has(o) && !this.isIntact(o)) {
        this.repair(o);
        if (!n.isConnected) continue;
      }
      if (n.length > HUGE_TEXT_CHARS) todo.push(...this.chunk(n).filter((c) => this.m.prefilter(c.data)));
      // mark.js runs the RegExp, which knows no ignorable character ("Aser\u00ADbaidschan"):
      // such a node is read as a run of one, with find().
      else if (hasIgnorable(n.data)) ignorable.push([n]);
      else todo.push(n);
    }
    if (ignorable.length > 0) made.push(...this.markRuns(ignorable, opts));
    if (todo.length === 0) return made;
    const touched = new Set<Text>();
    withStaticIterators(() => {
      for (let i = 0; i < todo.length; i += MARK_GROUP_SIZE) {
        this.markGroup(todo.slice(i, i + MARK_GROUP_SIZE), opts, made, touched);
      }
    });
    for (const o of touched) this.rebuild(o);
    if (made.length > 0) this.hasMarked = true;
    return made;
  }

  /**
   * Marks the mentions of inline runs (each a list of the run's text nodes in order, as
   * runAround() or a walk gives them), read as one text (findInRun). A mention split over several
   * text nodes becomes one mark per piece, each in its own text node's place, grouped (groupOf) so
   * they are one mention; each piece's text node is split exactly as mark.js splits one, so
   * unmarking and repairing treat every piece as any other mark. Returns the new marks, in
   * document order. Runs with a node that is gone are skipped.
   */
  markRuns(runs: readonly (readonly Text[])[], opts: MarkOptions = {}): HTMLElement[] {
    const made: HTMLElement[] = [];
    const touched = new Set<Text>();
    for (const run of runs) {
      let ok = run.length > 0;
      for (const n of run) {
        if (!n.isConnected || !n.parentNode) ok = false;
        if (!ok) break;
        const o = this.origins.get(n) ?? n;
        if (this.regions.has(o) && !this.isIntact(o)) {
          this.repair(o);
          if (!n.isConnected) ok = false;
        }
      }
      if (!ok) continue;
      const found = findInRun(
        run.map((n) => n.data),
        this.m,
      ).filter(
        (f) =>
          (!opts.entities || opts.entities.has(f.entity)) && (!opts.accept || opts.accept(f.entity, run[f.start.segment]!)),
      );
      if (found.length === 0) continue;
      // Every piece, then wrapped from the last to the first: a node keeps the text before the
      // pieces already wrapped, so each earlier piece is still at its offsets.
      const pieces: { mention: number; segment: number; from: number; to: number }[] = [];
      found.forEach((f, mention) => {
        for (let seg = f.start.segment; seg <= f.end.segment; seg++) {
          const from = seg === f.start.segment ? f.start.offset : 0;
          const to = seg === f.end.segment ? f.end.offset : run[seg]!.length;
          if (to > from) pieces.push({ mention, segment: seg, from, to });
        }
      });
      const marks: HTMLElement[][] = found.map(() => []);
      for (let i = pieces.length - 1; i >= 0; i--) {
        const p = pieces[i]!;
        const mark = this.wrapPiece(run[p.segment]!, p.from, p.to, found[p.mention]!.entity, touched);
        marks[p.mention]!.unshift(mark);
      }
      for (const group of marks) {
        if (group.length > 1) for (const mark of group) this.groups.set(mark, group);
        made.push(...group);
      }
    }
    for (const o of touched) this.rebuild(o);
    if (made.length > 0) this.hasMarked = true;
    return made;
  }

  /** Wraps [from, to) of text node `t` in a mark of ours, splitting `t` as mark.js does. */
  private wrapPiece(t: Text, from: number, to: number, entity: EntityId, touched: Set<Text>): HTMLElement {
    const o = this.origins.get(t) ?? t;
    const inner = t.splitText(from);
    const after = inner.splitText(to - from);
    const mark = t.ownerDocument.createElement('mark');
    mark.className = `${MARK_CLASS} ${MARK_TOKEN}`;
    mark.setAttribute(ENTITY_ATTR, entity);
    inner.replaceWith(mark);
    mark.appendChild(inner);
    this.entities.set(mark, entity);
    this.origins.set(mark, o);
    this.origins.set(inner, o);
    this.origins.set(after, o);
    touched.add(o);
    return mark;
  }

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

  private markGroup(contexts: Text[], opts: MarkOptions, made: HTMLElement[], touched: Set<Text>): void {
    // mark.js calls filter, wraps, then calls each, for one match at a time: the node and entity
    // seen in filter are those of the mark that each receives.
    let accepted: EntityId | undefined;
    let splitting: Text | undefined;
    const regex = this.m.regex;
    regex.lastIndex = 0;
    // mark.js types its contexts as elements; any node works (it walks each with an iterator).
    new Mark(contexts as unknown as HTMLElement[]).markRegExp(regex, {
      element: 'mark',
      // The contract's class, and this page's unpredictable one that our stylesheet selects.
      className: `${MARK_CLASS} ${MARK_TOKEN}`,
      exclude: [],
      filter: (node: Text, match: string) => {
        accepted = undefined;
        // mark.js has just run regex.exec on this node's text: lastIndex is the match's end.
        // accepts() needs what stands around the match (word edges, guard rules).
        const end = regex.lastIndex;
        const start = end - match.length;
        if (!this.m.accepts(node.data, start, end)) {
          // mark.js goes on from lastIndex: a mention may start inside the refused match.
          regex.lastIndex = start + 1;
          return false;
        }
        const entity = this.m.entityOf(match);
        if (!entity) return false;
        if (opts.entities && !opts.entities.has(entity)) return false;
        if (opts.accept && !opts.accept(entity, node)) return false;
        accepted = entity;
        splitting = node;
        return true;
      },
      each: (el: Element) => {
        const mark = el as HTMLElement;
        // mark.js leaves its own marker attribute; the contract's mark carries only ours.
        mark.removeAttribute('data-markjs');
        const entity = accepted;
        if (!entity || !splitting) return;
        mark.setAttribute(ENTITY_ATTR, entity);
        this.entities.set(mark, entity);
        const origin = this.origins.get(splitting) ?? splitting;
        this.origins.set(mark, origin);
        const inner = mark.firstChild;
        if (inner) this.origins.set(inner, origin);
        const next = mark.nextSibling;
        if (next && next.nodeType === Node.TEXT_NODE) this.origins.set(next, origin);
        touched.add(origin);
        made.push(mark);
      },
    } as Mark.MarkRegExpOptions);
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
  private rebuild(o: Text): void {
    let first: ChildNode = o;
    for (let s = o.previousSibling; s && this.origins.get(s) === o; s = s.previousSibling) first = s;
    const nodes: ChildNode[] = [];
    for (let s: ChildNode | null = first; s && (s === o || this.origins.get(s) === o); ) {
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

  /**
   * Cuts a huge text node's text into chunks of about TEXT_CHUNK_CHARS (at a white space where
   * there is one near the cut), as new text nodes in a fragment outside the document: nothing on
   * the page changes yet. The chunks can then be marked a few at a time (markChunks), and put into
   * the page in one change (commitChunks): one relayout of the huge text instead of one per slice
   * of marking (a 5 MB paragraph takes the browser most of a second to lay out). Null when `t` is
   * not a huge text node of the page's.
   */
  prepareChunks(t: Text): HugeText | null {
    if (t.length <= HUGE_TEXT_CHARS || this.origins.has(t) || this.regions.has(t) || !t.parentNode) return null;
    const data = t.data;
    const cuts = cutsOf(data);
    const doc = t.ownerDocument;
    const frag = doc.createDocumentFragment();
    const parts: Text[] = [];
    for (let i = 0; i <= cuts.length; i++) {
      const part = doc.createTextNode(data.slice(cuts[i - 1] ?? 0, cuts[i] ?? data.length));
      this.origins.set(part, t);
      parts.push(part);
      frag.appendChild(part);
    }
    return { text: t, data, frag, parts };
  }

  /** Marks chunks of a prepared huge text, outside the document (as markTextNodes does). */
  markChunks(huge: HugeText, nodes: readonly Text[], opts: MarkOptions = {}): HTMLElement[] {
    const made: HTMLElement[] = [];
    const todo = nodes.filter((n) => n.parentNode !== null && this.origins.get(n) === huge.text);
    withStaticIterators(() => {
      for (let i = 0; i < todo.length; i += MARK_GROUP_SIZE) {
        this.markGroup(todo.slice(i, i + MARK_GROUP_SIZE), opts, made, new Set());
      }
    });
    return made;
  }

  /**
   * Puts a prepared huge text into the page: its node keeps the first piece, the rest (chunks,
   * marks) follow it as its region. False, and nothing changes, when the page changed or removed
   * the text meanwhile.
   */
  commitChunks(huge: HugeText): boolean {
    const t = huge.text;
    const first = huge.frag.firstChild;
    if (!t.parentNode || t.data !== huge.data || !first || first.nodeType !== Node.TEXT_NODE) return false;
    huge.frag.removeChild(first);
    this.origins.delete(first);
    t.data = (first as Text).data;
    t.parentNode.insertBefore(huge.frag, t.nextSibling);
    this.rebuild(t);
    this.chunkedAny = true;
    if (this.regions.get(t)?.nodes.some((n) => n.nodeType === Node.ELEMENT_NODE)) this.hasMarked = true;
    return true;
  }

  /**
   * Cuts a huge text node into chunks in place, at once (see prepareChunks): `t` keeps the first,
   * the others follow it as its region. Returns all of them.
   */
  chunk(t: Text): Text[] {
    const huge = this.prepareChunks(t);
    if (!huge) return [t];
    const parts = huge.parts.slice(1);
    this.commitChunks(huge);
    return [t, ...parts];
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

  /** Marks every mention under `root`. */
  markAll(root: Node, opts: MarkOptions = {}): HTMLElement[] {
    return this.markTextNodes(this.candidates(root), opts);
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
  private forget(n: Node): void {
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
    return prev !== null && prev !== undefined && prev.nodeType === Node.TEXT_NODE && (prev as Text).data.endsWith(r.texts[at]!);
  }

  /**
   * Puts a mark's text back where it was: into the text node before it (the page's node, or the
   * piece before it), or else the one after it, joined with the piece that splitting created after
   * it. The page's own text nodes are kept (same objects, same places).
   */
  unmark(mark: HTMLElement): void {
    for (const m of [...this.groupOf(mark)]) this.unmarkOne(m);
  }

  private unmarkOne(mark: HTMLElement): void {
    const o = this.origins.get(mark);
    if (!o || !this.entities.has(mark)) return;
    const r = this.regions.get(o);
    if (!r || !this.isIntact(o)) {
      this.repair(o);
      return;
    }
    const i = r.nodes.indexOf(mark);
    if (i < 0) return;
    const prev = r.nodes[i - 1];
    const next = r.nodes[i + 1];
    const text = mark.textContent ?? '';
    if (prev && prev.nodeType === Node.TEXT_NODE) {
      (prev as Text).data += text;
      mark.remove();
      if (next && next.nodeType === Node.TEXT_NODE && next !== o) {
        (prev as Text).data += (next as Text).data;
        next.remove();
        this.forget(next);
      }
    } else if (next && next.nodeType === Node.TEXT_NODE) {
      (next as Text).data = text + (next as Text).data;
      mark.remove();
    } else {
      const piece = (mark.ownerDocument ?? document).createTextNode(text);
      this.origins.set(piece, o);
      mark.replaceWith(piece);
    }
    this.forget(mark);
    this.rebuild(o);
  }

  /** Removes every mark we made, and puts every text we split back together. */
  unmarkAll(root: ParentNode = document): void {
    const origins = new Set<Text>();
    for (const m of this.current(root)) {
      const o = this.origins.get(m);
      if (o) origins.add(o);
    }
    for (const o of origins) this.repair(o, true);
    if (this.chunkedAny) {
      // Regions without marks (chunks of a huge text): only a walk finds them.
      const roots: Node[] = [root as Node, ...this.shadowRoots()];
      for (const r of roots) {
        const doc = (r as Node).ownerDocument ?? (r as Document);
        const walker = doc.createTreeWalker(r, NodeFilter.SHOW_TEXT);
        const found: Text[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) if (this.regions.has(n as Text)) found.push(n as Text);
        for (const o of found) this.repair(o, true);
      }
    }
  }
}

/** `root.contains(node)`, where root may be a Document or a shadow root. */
function contains(root: ParentNode, node: Node): boolean {
  return (root as Node).contains(node);
}
