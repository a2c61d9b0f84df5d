// The painter's bookkeeping: the mentions it painted, as ranges in our highlights and in an entry per
// text node, and how they are painted, dropped and registered again. Apart from paint.ts (the
// Painter, which extends this class) because that file is what the card asks: the MentionSource.
import { zeroCounts, type EntityId } from '@/data/types';
import type { MarkOptions } from '@/page/highlighter';
import { findInRun } from '@/page/inline-run';
import { matcher, type Matcher } from '@/detect/match';
import { ACTIVE_HIGHLIGHT, highlightName } from '@/page/dom-contract';
import { KnownRoots } from '@/page/shadow';
import type { Mention } from '@/page/mention-source';
import type { HighlightApi, OwnHighlight } from '@/page/highlight-api';

/** One painted mention: the interface's Mention, with where it is kept. */
export interface Painted extends Mention {
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

/**
 * The ranges the Painter (src/page/paint.ts) keeps: painting text nodes and runs, dropping what the
 * page changed, registering our highlights again. The Painter is the class to use.
 */
export abstract class PaintedRanges {
  protected byNode = new WeakMap<Text, NodeEntry>();
  /** Pointer targets over painted text → how many of their text nodes hold mentions. */
  protected holders = new WeakMap<Element, number>();
  protected readonly highlights = new Map<EntityId, OwnHighlight>();
  protected readonly mentionOf = new WeakMap<AbstractRange, Painted>();
  /**
   * Our mentions of each entity, in a set of this world. A Highlight is never iterated: in a
   * Firefox content script it is an Xray wrapper of a page-world object, and iterating it throws
   * "Xray wrapping of iterators not supported" (Firefox 153 ESR).
   */
  protected readonly members = new Map<EntityId, Set<Painted>>();
  protected active: OwnHighlight | undefined;
  protected emphasized: Painted | undefined;
  private readonly roots = new KnownRoots();
  private readonly perEntity = new Map<EntityId, number>();
  protected count = 0;
  /** Text nodes left holding part of a mention that was dropped (another of its nodes changed): to read again. */
  private orphans: Text[] = [];
  /** Where a mention of one text node was painted: its start and end offsets in that node. */
  private readonly spanOf = new WeakMap<Painted, readonly [number, number]>();
  /** Text nodes whose ranges forget() set again in place (refit): nothing to read again. */
  private refitted: Text[] = [];

  constructor(
    protected readonly doc: Document,
    protected readonly api: HighlightApi,
    private readonly m: Matcher = matcher,
  ) {}

  /** Emphasizes one mention, or none (src/page/paint.ts). */
  abstract emphasize(m: Mention | undefined): void;

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
          const painted: Painted = { entity: f.entity, range, node: t, nodes: [t] };
          this.spanOf.set(painted, [f.start, f.end]);
          this.add(painted);
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
        this.add({
          entity: f.entity,
          range,
          node: first,
          nodes: item.slice(f.start.segment, f.end.segment + 1),
        });
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
  forget(records: readonly MutationRecord[], keep?: (t: Text) => boolean): boolean {
    if (this.count === 0) return false;
    const before = this.count;
    for (const rec of records) {
      if (rec.type === 'characterData') {
        if (rec.target.nodeType !== Node.TEXT_NODE) continue;
        const t = rec.target as Text;
        // A ticker rewriting "SOCAR bond 100.12" every frame: the same mentions, set again in place.
        if (keep && this.byNode.has(t) && keep(t) && this.refit(t)) this.refitted.push(t);
        else this.drop(t);
        continue;
      }
      for (const n of rec.removedNodes) this.dropSubtree(n);
    }
    return this.count !== before;
  }

  /**
   * The text nodes whose ranges forget() set again in place since the last call (their new data
   * painted the same mentions): the scanner has nothing to read there. Taken once.
   */
  takeRefitted(): Text[] {
    const out = this.refitted;
    this.refitted = [];
    return out;
  }

  /**
   * Sets the ranges of `t` again in place when its data, as it is now, holds exactly the mentions
   * painted there (each in `t` alone): same entities, same start and end offsets. The page's write
   * collapsed or moved them; the highlights, the entries and an emphasis stay as they are. True
   * when so; false, with nothing touched, when anything differs or a mention of `t` spans other nodes.
   */
  private refit(t: Text): boolean {
    const mentions = this.byNode.get(t)?.mentions;
    if (!mentions || mentions.length === 0) return false;
    const found = this.m.find(t.data);
    if (found.length !== mentions.length) return false;
    for (let i = 0; i < found.length; i++) {
      const m = mentions[i]!;
      const span = this.spanOf.get(m);
      const f = found[i]!;
      if (!span || m.nodes.length !== 1 || f.entity !== m.entity || f.start !== span[0] || f.end !== span[1])
        return false;
    }
    for (const m of mentions) {
      const [start, end] = this.spanOf.get(m)!;
      m.range.setStart(t, start);
      m.range.setEnd(t, end);
    }
    return true;
  }

  /** Drops every mention in `node`'s subtree (`node` included). */
  dropSubtree(node: Node): void {
    if (this.count === 0) return;
    if (node.nodeType === Node.TEXT_NODE) {
      this.drop(node as Text);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    const walker = (node.ownerDocument ?? this.doc).createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode())
      if (this.byNode.has(t as Text)) this.drop(t as Text);
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
    this.refitted = [];
  }

  /**
   * Puts our highlights back into the registry where the page deleted or replaced them. Cheap (a
   * Map lookup per entity): the scanner calls it before each batch.
   */
  register(): void {
    const reg = this.api.registry;
    for (const [id, h] of this.highlights)
      if (reg.get(highlightName(id)) !== h) reg.set(highlightName(id), h);
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
