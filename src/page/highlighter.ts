import Mark from 'mark.js';
import type { EntityId } from '@/data/types';
import { isMarkable } from '@/page/markable';
import { matcher, type Matcher } from '@/detect/match';
import { ENTITY_ATTR, MARK_CLASS } from '@/page/dom-contract';
import { MARK_TOKEN } from '@/page/mark-style';
import { HUGE_TEXT_CHARS, MARK_GROUP_SIZE } from '@/utils/timings';
import { findInRun, hasIgnorable } from '@/page/inline-run';
import { MarkedRegions } from '@/page/marked-regions';
import { cutsOf, type HugeText } from '@/page/huge-text';
import { withStaticIterators } from '@/page/static-iterators';

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
 * Marks mentions in the page's text nodes (with mark.js, or piece by piece for a mention split
 * over inline elements) and cuts huge text nodes into chunks. What it made, and the repair of what
 * the page changed, is MarkedRegions' bookkeeping (src/page/marked-regions.ts).
 */
export class Highlighter extends MarkedRegions {
  /** Set once a huge text node was cut into chunks (unmarkAll then also looks for chunk-only regions). */
  private chunkedAny = false;
  /** True once any mark was made: until then no removal can have taken one of ours. */
  hasMarked = false;

  constructor(private readonly m: Matcher = matcher) {
    super();
  }

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
          (!opts.entities || opts.entities.has(f.entity)) &&
          (!opts.accept || opts.accept(f.entity, run[f.start.segment]!)),
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
   * Cuts a huge text node's text into chunks of about TEXT_CHUNK_CHARS (at a white space where
   * there is one near the cut), as new text nodes in a fragment outside the document: nothing on
   * the page changes yet. The chunks can then be marked a few at a time (markChunks), and put into
   * the page in one change (commitChunks): one relayout of the huge text instead of one per slice
   * of marking (a 5 MB paragraph takes the browser most of a second to lay out). Null when `t` is
   * not a huge text node of the page's.
   */
  prepareChunks(t: Text): HugeText | null {
    if (t.length <= HUGE_TEXT_CHARS || this.origins.has(t) || this.regions.has(t) || !t.parentNode)
      return null;
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

  /** Marks every mention under `root`. */
  markAll(root: Node, opts: MarkOptions = {}): HTMLElement[] {
    return this.markTextNodes(this.candidates(root), opts);
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
        for (let n = walker.nextNode(); n; n = walker.nextNode())
          if (this.regions.has(n as Text)) found.push(n as Text);
        for (const o of found) this.repair(o, true);
      }
    }
  }
}
