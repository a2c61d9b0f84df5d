// Painted highlights (issue 12, CONTRACT.md "Painted highlights"): each mention is a live Range in
// a CSS Custom Highlight, one `Highlight` per entity registered as `brieflight-<id>`. Nothing in the
// page's DOM changes: no element, no attribute, no split text node. The browser moves the ranges
// with the page's edits; a text node the page changes is painted again from scratch (its old
// ranges dropped, its text searched again) in the scanner's next batch. Design and numbers:
// docs/adr/0010-paint-dont-wrap.md.
import { zeroCounts, type EntityId } from '@/data/types';
import type { MarkOptions } from '@/page/highlighter';
import { findInRun } from '@/page/inline-run';
import { matcher, type Matcher } from '@/detect/match';
import { ACTIVE_HIGHLIGHT, highlightName } from '@/page/dom-contract';
import { KnownRoots } from '@/page/shadow';
import type { Mention, MentionSource } from '@/page/mention-source';


/** A `Highlight`: a set of ranges painted with the `::highlight(name)` rules of its name. */
export type OwnHighlight = Set<AbstractRange> & { priority: number };

/** The parts of the Custom Highlight API the painter uses (tests give a fake; see paint.test.ts). */
export interface HighlightApi {
  /** `CSS.highlights`: the document's registry (shared with the page, which may change it). */
  registry: Map<string, Set<AbstractRange>>;
  /** `new Highlight()`. */
  create(): OwnHighlight;
  /** `CSS.highlights.highlightsFromPoint`, where the browser has it (Chrome 140+). */
  fromPoint?(x: number, y: number, roots: ShadowRoot[]): Set<AbstractRange>[] | { highlight: Set<AbstractRange>; ranges: AbstractRange[] }[];
}

type HighlightCtor = new () => Set<AbstractRange> & { priority: number };
interface HighlightWindow {
  CSS?: { highlights?: Map<string, Set<AbstractRange>> & { highlightsFromPoint?: (x: number, y: number, o?: object) => unknown } };
  Highlight?: HighlightCtor;
}

/**
 * The browser's Custom Highlight API in `win`, or undefined where there is none (Firefox before
 * 140, Safari before 17.2): the content script then falls back to element marks.
 */
export function browserHighlightApi(win: Window): HighlightApi | undefined {
  const w = win as unknown as HighlightWindow;
  const registry = w.CSS?.highlights;
  const Ctor = w.Highlight;
  if (!registry || typeof Ctor !== 'function') return undefined;
  const fromPoint = registry.highlightsFromPoint;
  return {
    registry,
    create: () => new Ctor(),
    fromPoint:
      typeof fromPoint === 'function'
        ? (x, y, roots) =>
            fromPoint.call(registry, x, y, roots.length > 0 ? { shadowRoots: roots } : undefined) as {
              highlight: Set<AbstractRange>;
              ranges: AbstractRange[];
            }[]
        : undefined,
  };
}

/** One painted mention: the interface's Mention, with where it is kept. */
interface Painted extends Mention {
  /** Its first text node. */
  readonly node: Text;
  /** Every text node it covers, in order: more than one for a name split over elements. */
  readonly nodes: readonly Text[];
}

/**
 * What the painter reads as one text: a text node, or an inline run's text nodes in order
 * (src/page/inline-run.ts; the scanner builds a run only where its nodes touch letter to letter).
 */
export type PaintItem = Text | readonly Text[];

/** The mentions painted in one text node, and the element the pointer meets over them. */
interface NodeEntry {
  holder: Element | null;
  mentions: Painted[];
}

const EMPTY: readonly Mention[] = [];

/**
 * The painter: finds mentions in text nodes and keeps them as ranges in the page's highlight
 * registry, under our own references (a page can delete or replace registry entries: ours are
 * registered again before each batch; a page's highlight under our name is never read back).
 *
 * It is also the painted mode's MentionSource (src/page/mention-source.ts) for the card controller.
 * All bookkeeping about nodes is weak, except the ranges in the highlights themselves, which are
 * dropped as soon as the page removes or rewrites their text (`forget`).
 */
export class Painter implements MentionSource {
  private byNode = new WeakMap<Text, NodeEntry>();
  /** Pointer targets over painted text → how many of their text nodes hold mentions. */
  private holders = new WeakMap<Element, number>();
  private readonly highlights = new Map<EntityId, OwnHighlight>();
  private readonly mentionOf = new WeakMap<AbstractRange, Painted>();
  /**
   * Our mentions of each entity, in a set of this world. A Highlight is never iterated: in a
   * Firefox content script it is an Xray wrapper of a page-world object, and iterating it throws
   * "Xray wrapping of iterators not supported" (Firefox 153 ESR).
   */
  private readonly members = new Map<EntityId, Set<Painted>>();
  private active: OwnHighlight | undefined;
  private emphasized: Painted | undefined;
  private readonly roots = new KnownRoots();
  private readonly perEntity = new Map<EntityId, number>();
  private count = 0;
  /** Text nodes left holding part of a mention that was dropped (another of its nodes changed): to read again. */
  private orphans: Text[] = [];

  constructor(
    private readonly doc: Document,
    private readonly api: HighlightApi,
    private readonly m: Matcher = matcher,
  ) {}

  /** The cheap pre-test: false only when `text` holds no mention. */
  prefilter(text: string): boolean {
    return this.m.prefilter(text);
  }

  /** How many mentions are painted. */
  get total(): number {
    return this.count;
  }

  /** Mentions painted per entity (entities with none are 0), and their total. */
  counts(): { counts: Record<EntityId, number>; total: number } {
    const counts = zeroCounts();
    for (const [id, n] of this.perEntity) counts[id] = n;
    return { counts, total: this.count };
  }

  /**
   * Paints the mentions of each item (a text node, or an inline run's text nodes: PaintItem), its
   * nodes' old ones first dropped, in order, as `opts` allows. A mention of a run is one range
   * across its nodes. Returns how many mentions were painted. Items with a node that is gone are
   * skipped.
   */
  paint(items: readonly PaintItem[], opts: MarkOptions = {}): number {
    this.register();
    let made = 0;
    for (const item of items) {
      if (isText(item)) {
        const t = item;
        this.drop(t);
        if (!t.isConnected) continue;
        const found = this.m.find(t.data);
        for (const f of found) {
          if (!this.allows(f.entity, opts, t)) continue;
          const range = this.doc.createRange();
          range.setStart(t, f.start);
          range.setEnd(t, f.end);
          this.add({ entity: f.entity, range, node: t, nodes: [t] });
          made++;
        }
        continue;
      }
      for (const t of item) this.drop(t);
      // Nodes of this run are read now: not orphans (that would read them again and again).
      if (this.orphans.length > 0) this.orphans = this.orphans.filter((t) => !item.includes(t));
      if (item.length === 0 || !item.every((t) => t.isConnected)) continue;
      for (const f of findInRun(
        item.map((t) => t.data),
        this.m,
      )) {
        const first = item[f.start.segment]!;
        if (!this.allows(f.entity, opts, first)) continue;
        const range = this.doc.createRange();
        range.setStart(first, f.start.offset);
        range.setEnd(item[f.end.segment]!, f.end.offset);
        this.add({ entity: f.entity, range, node: first, nodes: item.slice(f.start.segment, f.end.segment + 1) });
        made++;
      }
    }
    return made;
  }

  /** `node`: the text node the mention starts in (the "how often" rule counts by section). */
  private allows(entity: EntityId, opts: MarkOptions, node: Text): boolean {
    return (!opts.entities || opts.entities.has(entity)) && (!opts.accept || opts.accept(entity, node));
  }

  /** Keeps a new mention: in its highlight, and in the entry of each of its text nodes. */
  private add(painted: Painted): void {
    for (const t of painted.nodes) {
      let entry = this.byNode.get(t);
      if (!entry) {
        entry = { holder: holderOf(t), mentions: [] };
        this.byNode.set(t, entry);
        if (entry.holder) this.holders.set(entry.holder, (this.holders.get(entry.holder) ?? 0) + 1);
      }
      entry.mentions.push(painted);
    }
    this.highlightOf(painted.entity).add(painted.range);
    this.mentionOf.set(painted.range, painted);
    // Our own set per entity: a Highlight's iterator throws in a Firefox content script (Xray).
    let members = this.members.get(painted.entity);
    if (!members) this.members.set(painted.entity, (members = new Set()));
    members.add(painted);
    this.perEntity.set(painted.entity, (this.perEntity.get(painted.entity) ?? 0) + 1);
    this.count++;
  }

  /**
   * The text nodes that held part of a mention dropped because another of its nodes changed or
   * went (still in the page): the scanner reads them again. Taken once.
   */
  takeOrphans(): Text[] {
    const out = this.orphans.filter((t) => t.isConnected);
    this.orphans = [];
    return out;
  }

  /**
   * Drops the mentions of text the page changed or removed, from a batch of mutation records:
   * characterData targets, and every text node of a removed subtree. (Their ranges have collapsed
   * or moved; the scanner paints what is in the page now.) Returns true when any was dropped.
   */
  forget(records: readonly MutationRecord[]): boolean {
    if (this.count === 0) return false;
    const before = this.count;
    for (const rec of records) {
      if (rec.type === 'characterData') {
        if (rec.target.nodeType === Node.TEXT_NODE) this.drop(rec.target as Text);
        continue;
      }
      for (const n of rec.removedNodes) this.dropSubtree(n);
    }
    return this.count !== before;
  }

  /** Drops every mention in `node`'s subtree (`node` included). */
  dropSubtree(node: Node): void {
    if (this.count === 0) return;
    if (node.nodeType === Node.TEXT_NODE) {
      this.drop(node as Text);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== 11) return;
    const walker = (node.ownerDocument ?? this.doc).createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) if (this.byNode.has(t as Text)) this.drop(t as Text);
  }

  /** Drops the mentions painted in one text node. */
  drop(t: Text): void {
    const entry = this.byNode.get(t);
    if (!entry) return;
    this.dropEntry(t, entry);
    for (const m of entry.mentions) {
      // A mention across several nodes goes from each of them; they are read again.
      if (m.nodes.length > 1) {
        for (const other of m.nodes) {
          if (other === t) continue;
          const e = this.byNode.get(other);
          if (!e) continue;
          e.mentions = e.mentions.filter((x) => x !== m);
          if (e.mentions.length === 0) this.dropEntry(other, e);
          this.orphans.push(other);
        }
      }
      this.highlights.get(m.entity)?.delete(m.range);
      this.mentionOf.delete(m.range);
      this.members.get(m.entity)?.delete(m);
      this.perEntity.set(m.entity, (this.perEntity.get(m.entity) ?? 1) - 1);
      this.count--;
      if (this.emphasized === m) this.emphasize(undefined);
    }
  }

  private dropEntry(t: Text, entry: NodeEntry): void {
    this.byNode.delete(t);
    if (entry.holder) {
      const n = (this.holders.get(entry.holder) ?? 1) - 1;
      if (n > 0) this.holders.set(entry.holder, n);
      else this.holders.delete(entry.holder);
    }
  }

  /** Removes every highlight of ours from the page (Brieflight turned off, or marks chosen). */
  clear(): void {
    const reg = this.api.registry;
    for (const [id, h] of this.highlights) {
      h.clear();
      if (reg.get(highlightName(id)) === h) reg.delete(highlightName(id));
    }
    this.highlights.clear();
    this.members.clear();
    if (this.active) {
      this.active.clear();
      if (reg.get(ACTIVE_HIGHLIGHT) === this.active) reg.delete(ACTIVE_HIGHLIGHT);
      this.active = undefined;
    }
    this.emphasized = undefined;
    this.byNode = new WeakMap();
    this.holders = new WeakMap();
    this.perEntity.clear();
    this.count = 0;
    this.orphans = [];
  }

  /**
   * Puts our highlights back into the registry where the page deleted or replaced them. Cheap (a
   * Map lookup per entity): the scanner calls it before each batch.
   */
  register(): void {
    const reg = this.api.registry;
    for (const [id, h] of this.highlights) if (reg.get(highlightName(id)) !== h) reg.set(highlightName(id), h);
    if (this.active && reg.get(ACTIVE_HIGHLIGHT) !== this.active) reg.set(ACTIVE_HIGHLIGHT, this.active);
  }

  /** Lets the hit-test and all() look into an open shadow root. */
  addRoot(root: ShadowRoot): void {
    this.roots.add(root);
  }

  /** The open shadow roots known (alive ones; dead ones are dropped). */
  shadowRoots(): ShadowRoot[] {
    return this.roots.alive();
  }

  /** Sizes of the strong structures, for the leak tests. */
  get debugSizes(): { paintRoots: number; painted: number } {
    return { paintRoots: this.roots.size, painted: this.count };
  }

  private highlightOf(entity: EntityId): OwnHighlight {
    let h = this.highlights.get(entity);
    if (!h) {
      h = this.api.create();
      this.highlights.set(entity, h);
      this.api.registry.set(highlightName(entity), h);
    }
    return h;
  }

  // ── MentionSource ──────────────────────────────────────────────────────────────────────────────

  at(x: number, y: number): Mention | undefined {
    if (this.count === 0) return undefined;
    const roots = this.shadowRoots();
    if (this.api.fromPoint) {
      // The browser's own answer, ranges and all: only our highlights' ranges count.
      let hits: unknown[] = [];
      try {
        hits = this.api.fromPoint(x, y, roots);
      } catch {
        hits = [];
      }
      for (const hit of hits) {
        const ranges = (hit as { ranges?: AbstractRange[] }).ranges;
        if (!ranges) continue;
        for (const r of ranges) {
          const m = this.mentionOf.get(r);
          if (m && this.isCurrent(m) && hitsRects(m.range, x, y)) return m;
        }
      }
    }
    const node = caretNode(this.doc, x, y, roots);
    if (!node || node.nodeType !== Node.TEXT_NODE) return undefined;
    const entry = this.byNode.get(node as Text);
    if (!entry) return undefined;
    for (const m of entry.mentions) if (hitsRects(m.range, x, y)) return m;
    return undefined;
  }

  mayContain(el: Element): boolean {
    return this.count > 0 && this.holders.has(el);
  }

  within(node: Node): Mention[] {
    if (this.count === 0) return [];
    if (node.nodeType === Node.TEXT_NODE) return [...(this.byNode.get(node as Text)?.mentions ?? EMPTY)];
    const out = new Set<Mention>();
    const walker = (node.ownerDocument ?? this.doc).createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const entry = this.byNode.get(t as Text);
      if (entry) for (const m of entry.mentions) out.add(m);
    }
    return [...out];
  }

  all(entity?: EntityId): Mention[] {
    const out: Painted[] = [];
    for (const [id, members] of this.members) {
      if (entity !== undefined && id !== entity) continue;
      for (const m of members) if (this.isCurrent(m)) out.push(m);
    }
    return out.sort(compareMentions);
  }

  isCurrent(m: Mention): boolean {
    const own = this.mentionOf.get(m.range);
    return own === m && !m.range.collapsed && own.nodes.every((t) => t.isConnected) && this.highlights.get(m.entity)?.has(m.range) === true;
  }

  emphasize(m: Mention | undefined): void {
    const own = m && this.mentionOf.get(m.range) === m ? (m as Painted) : undefined;
    if (own === this.emphasized) return;
    this.emphasized = own;
    if (!own) {
      this.active?.clear();
      return;
    }
    if (!this.active) {
      this.active = this.api.create();
      // Above the entities' highlights (priority 0), so its background shows over theirs.
      this.active.priority = 1;
    }
    this.active.clear();
    this.active.add(own.range);
    this.register();
  }
}

/** The element a pointer is over when it is over `t`'s text: its parent, or its shadow root's host. */
function isText(item: PaintItem): item is Text {
  return (item as Node).nodeType === Node.TEXT_NODE;
}

function holderOf(t: Text): Element | null {
  const p = t.parentNode;
  if (!p) return null;
  if (p.nodeType === Node.ELEMENT_NODE) return p as Element;
  return (p as ShadowRoot).host ?? null;
}

/** The node under client point (x, y), looking into the given open shadow roots. */
function caretNode(doc: Document, x: number, y: number, roots: ShadowRoot[]): Node | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number, o?: { shadowRoots: ShadowRoot[] }) => { offsetNode: Node } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  try {
    if (typeof d.caretPositionFromPoint === 'function') {
      return d.caretPositionFromPoint(x, y, roots.length > 0 ? { shadowRoots: roots } : undefined)?.offsetNode ?? null;
    }
    if (typeof d.caretRangeFromPoint === 'function') return d.caretRangeFromPoint(x, y)?.startContainer ?? null;
  } catch {
    // A point outside the viewport, or a document without layout.
  }
  return null;
}

/**
 * True when (x, y) is inside one of the range's client rects: the caret's node is the nearest
 * text to the point, also in the white space past a line's end, which is no hit.
 */
function hitsRects(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/** The nodes from the outermost document down to `n`: each shadow root's host, then `n`. */
function hostChain(n: Node): Node[] {
  const chain = [n];
  for (let root = n.getRootNode(); root.nodeType === 11 && (root as ShadowRoot).host; ) {
    const host = (root as ShadowRoot).host;
    chain.unshift(host);
    root = host.getRootNode();
  }
  return chain;
}

/** Document order across shadow trees: a shadow root's content sits at its host. */
export function compareNodes(a: Node, b: Node): number {
  if (a === b) return 0;
  if (a.getRootNode() === b.getRootNode()) return order(a, b);
  const ca = hostChain(a);
  const cb = hostChain(b);
  for (let i = 0; ; i++) {
    const x = ca[i];
    const y = cb[i];
    if (x === undefined || y === undefined) return ca.length - cb.length;
    if (x !== y) return order(x, y);
  }
}

function order(a: Node, b: Node): number {
  if (a === b) return 0;
  const pos = a.compareDocumentPosition(b);
  if (pos & 4 /* FOLLOWING */) return -1;
  if (pos & 2 /* PRECEDING */) return 1;
  return 0;
}

function compareMentions(a: Painted, b: Painted): number {
  return a.node === b.node ? a.range.startOffset - b.range.startOffset : compareNodes(a.node, b.node);
}
