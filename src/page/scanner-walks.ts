// The scanner's reading: its state, and the walks over the page's text that find what to mark (text
// nodes and inline runs, the first pass's viewport first). Apart from scanner.ts (when work runs,
// and the writing) and scanner-changes.ts (the page's changes), which extend this class.
import { RewriteLimiter } from '@/page/backoff';
import { Highlighter, type MarkOptions } from '@/page/highlighter';
import { isExcluded, isMarkable } from '@/page/markable';
import { runAround, sameRun, sameRunByTag } from '@/page/same-run';
import type { HugeText } from '@/page/huge-text';
import { gluesAt, gluesAtEdge } from '@/page/inline-run';
import { adoptPageStyle } from '@/page/mark-style';
import { PageWatcher, emptyWork, type Ownership, type Work } from '@/page/observe';
import { Slicer, browserHost, type SliceHost } from '@/page/schedule';
import { findOpenShadowRoots } from '@/page/shadow';
import {
  MARK_COST_GUESS_MS,
  MAX_WALK_RESTARTS,
  UNDEFINED_RECHECK_MS,
  WALK_CLOCK_EVERY,
} from '@/utils/timings';
import { layoutLocate, viewportFirst, type Locate } from '@/page/viewport';
import type { ScannerOptions } from '@/page/scanner';

/** A walk over the text of one subtree that can stop and resume between slices. */
class Walk {
  readonly walker: TreeWalker;
  restarts = 0;
  /** The last non-empty text node read, not yet judged: its next neighbour may glue to it. */
  prev: Text | null = null;
  /** Its text (read once: each read of a node's data crosses into the browser). */
  prevData = '';
  /** True when its last character continues a word. */
  prevGlues = false;
  /** The text nodes glued so far (prev the last of them), when more than one. */
  chain: Text[] | null = null;
  /** True until the walk's first text is judged: a run may begin before a later walk's root. */
  atStart = true;

  constructor(
    readonly root: Node,
    /** Part of the first pass: its finds are marked viewport first. */
    readonly first: boolean,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  }
}

/**
 * The scanner's state, built once, and its reading side: walks over subtrees that stop and resume
 * between slices, judging each text (the prefilter, isMarkable, the back-off) and queueing what may
 * hold a mention. The Scanner (src/page/scanner.ts) is the class to use.
 */
export abstract class ScannerWalks {
  protected running = false;
  protected readonly host: SliceHost;
  private readonly locate: Locate;
  protected readonly slicer: Slicer;
  protected readonly watcher: PageWatcher;
  protected limiter: RewriteLimiter;
  protected readonly own: Ownership;
  protected readonly work: Work = emptyWork();
  protected walks: Walk[] = [];
  protected firstWalks = 0;
  /** The first pass's finds, kept until its walks are over and they can be put in viewport order. */
  protected firstFinds: Item[] = [];
  /** Text nodes and inline runs (src/page/inline-run.ts) to mark, from `head` on. */
  protected queue: Item[] = [];
  protected head = 0;
  /** Huge text nodes being marked outside the document, a group of chunks per step. */
  protected huge: { huge: HugeText; todo: Text[] }[] = [];
  protected changed = false;
  /**
   * The last slice marked: the next one waits until the browser has rendered that (Slicer), so a
   * frame never lays out more than MAX_MARKED_NODES_PER_SLICE marked nodes.
   */
  protected wroteLast = false;
  /** What marking one text node costs here, in ms (a running estimate; deferWrites uses it). */
  protected markCostMs = MARK_COST_GUESS_MS;
  protected observed = new WeakSet<ShadowRoot>();
  /** The way mentions are shown since the last start(): painted, or element marks. */
  protected painting = false;
  /** Open shadow roots given a stylesheet of ours, to take it back on stop(). */
  protected styled: WeakRef<ShadowRoot>[] = [];
  /** Custom elements not defined yet when scanned: their shadow roots may come with definition. */
  protected pendingHosts: WeakRef<Element>[] = [];
  /** Element names already waited for through customElements.whenDefined. */
  protected awaited = new Set<string>();
  /** The timer that looks at the undefined hosts again, and its next delay (it doubles). */
  protected cancelHostTimer: (() => void) | undefined;
  protected hostRecheckMs = UNDEFINED_RECHECK_MS;
  protected cancelPauseTimer: (() => void) | undefined;
  protected unlisten: (() => void)[] = [];

  /** What the scanner's tasks cost so far (the benchmark and tests read it). */
  readonly stats = { slices: 0, callbacks: 0, busyMs: 0, longestMs: 0 };

  constructor(
    protected readonly doc: Document,
    protected readonly highlighter: Highlighter,
    protected readonly opts: ScannerOptions = {},
  ) {
    this.host = opts.host ?? browserHost(doc.defaultView ?? window);
    this.locate = opts.locate ?? layoutLocate(doc);
    this.slicer = new Slicer(
      this.host,
      (budget) => this.slice(budget),
      () => this.wroteLast,
    );
    this.watcher = new PageWatcher((records) => this.onRecords(records));
    this.limiter = new RewriteLimiter(() => this.host.now());
    const h = highlighter;
    this.own = {
      originOf: (n) => h.originOf(n),
      isOwn: (n) => h.isOwn(n),
      entityOf: (el) => h.entityOf(el),
      // Changed text that may hold a mention, alone or with its neighbours in an inline run.
      prefilter: (text) => h.prefilter(text) || gluesAtEdge(text),
      get hasMarked() {
        return h.hasMarked;
      },
      worthScanning: (el) =>
        this.own.prefilter(el.textContent ?? '') ||
        findOpenShadowRoots(el).some((sr) => !this.observed.has(sr)),
    };
  }

  /** One slice of work (src/page/scanner.ts). */
  protected abstract slice(budget: number): boolean;
  /** The page's changes (src/page/scanner-changes.ts). */
  protected abstract onRecords(records: MutationRecord[]): void;
  /** Waits for the undefined custom elements in `root` (src/page/scanner-changes.ts). */
  protected abstract watchUndefined(root: Node): void;

  // ── Walks ──────────────────────────────────────────────────────────────────────────────────────

  /** Turns the nodes the page added or changed into walks and text nodes to mark. */
  protected takeDirty(): void {
    const dirty = this.work.dirty;
    if (dirty.size === 0) return;
    const nodes = [...dirty];
    dirty.clear();
    const set = nodes.length > 1 ? new Set<Node>(nodes) : undefined;
    for (const n of nodes) {
      if (!n.isConnected) continue;
      if (set && hasAncestorIn(n, set)) continue;
      if (this.limiter.blocks(n)) continue;
      if (n.nodeType === Node.TEXT_NODE) {
        const run = runAround(n as Text);
        const item = this.judge(run.length === 1 ? run[0]! : run);
        if (item) this.queue.push(item);
      } else if (n.nodeType === Node.ELEMENT_NODE) {
        if (this.highlighter.isOwn(n) || isExcluded(n as Element)) continue;
        this.addWalk(n, false);
      }
    }
  }

  protected addWalk(root: Node, first: boolean): void {
    this.walks.push(new Walk(root, first));
    if (first) this.firstWalks++;
    for (const sr of findOpenShadowRoots(root)) this.adoptRoot(sr, first);
    this.watchUndefined(root);
  }

  /** Starts watching, styling and scanning an open shadow root of the page. */
  protected adoptRoot(sr: ShadowRoot, first: boolean): void {
    if (this.observed.has(sr)) return;
    this.observed.add(sr);
    if (isExcluded(sr.host)) return;
    this.watcher.observe(sr);
    if (adoptPageStyle(sr)) this.styled.push(new WeakRef(sr));
    this.highlighter.addRoot(sr);
    this.opts.painter?.addRoot(sr);
    this.addWalk(sr, first);
  }

  protected stepWalk(end: number, opts: MarkOptions): void {
    const w = this.walks[0]!;
    const { root, walker } = w;
    const done = () => {
      this.walks.shift();
      if (w.first && --this.firstWalks === 0) this.finishFirstPass(opts);
    };
    if (!root.isConnected) return done();
    const at = walker.currentNode;
    if (at !== root && !at.isConnected) {
      // The page removed the node the walk stopped at: its place is lost, start over.
      if (++w.restarts > MAX_WALK_RESTARTS) return done();
      walker.currentNode = root;
    }
    const out = w.first ? this.firstFinds : this.queue;
    const now = this.host;
    for (let i = 0; ;) {
      const t = walker.nextNode() as Text | null;
      if (t === null) {
        this.emit(w, out, true);
        return done();
      }
      const data = t.data;
      if (data.length > 0) {
        const prev = w.prev;
        // The fast path: a text node whose neighbour does not touch it letter to letter is read
        // alone, as before inline runs (a character test or two per node).
        if (prev !== null) {
          if (w.prevGlues && gluesAt(data, 0) && sameRunByTag(prev, t)) (w.chain ??= [prev]).push(t);
          else this.emit(w, out, false);
        }
        w.prev = t;
        w.prevData = data;
        w.prevGlues = gluesAt(data, data.length - 1);
      }
      if (++i === WALK_CLOCK_EVERY) {
        i = 0;
        if (now.now() >= end) return;
      }
    }
  }

  /**
   * Judges the walk's pending text (its last node, or the chain of nodes glued to it) and queues
   * it when it may hold a mention. A later walk (the page's changes) may start or end inside a
   * run: its first and last pending text is extended to the whole run around it.
   */
  private emit(w: Walk, out: Item[], atEnd: boolean): void {
    const prev = w.prev;
    if (prev === null) return;
    w.prev = null;
    if (w.chain === null && (w.first || (!w.atStart && !atEnd))) {
      // The common case: one node, read alone as before runs (no array made).
      if (this.highlighter.prefilter(w.prevData) && isMarkable(prev) && !this.limiter.blocks(prev))
        out.push(prev);
      return;
    }
    let nodes: Text[] = w.chain ?? [prev];
    w.chain = null;
    if (!w.first && (w.atStart || atEnd)) {
      const before = w.atStart ? runAround(nodes[0]!) : [nodes[0]!];
      const after = atEnd ? runAround(nodes[nodes.length - 1]!) : [nodes[nodes.length - 1]!];
      nodes = [
        ...before.slice(0, before.indexOf(nodes[0]!)),
        ...nodes,
        ...after.slice(after.indexOf(nodes[nodes.length - 1]!) + 1),
      ];
    }
    w.atStart = false;
    if (nodes.length === 1) {
      const item = this.judge(nodes[0]!);
      if (item) out.push(item);
      return;
    }
    let text = '';
    for (const t of nodes) text += t.data;
    // (A part may hold a mention that the joined text does not: "Israel" + "Baku" of two
    // block links reads "IsraelBaku" until the split below.)
    if (!this.highlighter.prefilter(text) && !nodes.some((t) => this.highlighter.prefilter(t.data))) return;
    // The walk glued by tags; CSS may show one of them as a block (a menu of `display: block`
    // links): split the chain there, reading computed style only now.
    let from = 0;
    for (let k = 1; k <= nodes.length; k++) {
      if (k < nodes.length && sameRun(nodes[k - 1]!, nodes[k]!)) continue;
      const part = nodes.slice(from, k);
      const item = this.judge(part.length === 1 ? part[0]! : part);
      if (item) out.push(item);
      from = k;
    }
  }

  /** The item itself when it may hold a mention and may be marked; undefined otherwise. */
  private judge(item: Item): Item | undefined {
    if (isText(item)) {
      return this.highlighter.prefilter(item.data) && isMarkable(item) && !this.limiter.blocks(item)
        ? item
        : undefined;
    }
    // A run: its elements between nodes were checked by sameRun(); what is above it, here.
    let text = '';
    for (const t of item) text += t.data;
    return this.highlighter.prefilter(text) && isMarkable(item[0]!) && !this.limiter.blocks(item[0]!)
      ? item
      : undefined;
  }

  private finishFirstPass(opts: MarkOptions): void {
    const finds = this.firstFinds;
    this.firstFinds = [];
    // "First mention of each entity" (opts.accept) means first in the document: no reordering.
    const ordered = opts.accept ? finds : viewportOrder(finds, this.locate);
    const rest = this.queue.slice(this.head);
    this.queue = ordered.length === 0 ? rest : rest.length === 0 ? ordered : ordered.concat(rest);
    this.head = 0;
  }
}

/** What the scanner reads as one text: a text node, or an inline run's text nodes in order. */
export type Item = Text | Text[];

export function isText(item: Item): item is Text {
  return (item as Node).nodeType === Node.TEXT_NODE;
}

/** viewportFirst() for items: each is where its first text node is. */
function viewportOrder(items: Item[], locate: Locate): Item[] {
  if (items.every(isText)) return viewportFirst(items as Text[], locate);
  const firsts = items.map((i) => (isText(i) ? i : i[0]!));
  const byFirst = new Map<Text, Item>();
  firsts.forEach((t, k) => byFirst.set(t, items[k]!));
  return viewportFirst(firsts, locate).map((t) => byFirst.get(t)!);
}

/** True when an ancestor of `n` (within its tree) is in `set`. */
function hasAncestorIn(n: Node, set: Set<Node>): boolean {
  for (let p = n.parentNode; p; p = p.parentNode) if (set.has(p)) return true;
  return false;
}
