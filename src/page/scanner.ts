import { RewriteLimiter } from '@/page/backoff';
import { MARK_CLASS } from '@/page/dom-contract';
import { Highlighter, type MarkOptions } from '@/page/highlighter';
import { isExcluded, isMarkable } from '@/page/markable';
import { runAround, sameRun, sameRunByTag } from '@/page/same-run';
import type { HugeText } from '@/page/huge-text';
import { gluesAt, gluesAtEdge } from '@/page/inline-run';
import { watchDesignMode } from '@/page/exclusion';
import { adoptPageStyle, dropPageStyle } from '@/page/mark-style';
import { PageWatcher, emptyWork, triage, type Ownership, type Work } from '@/page/observe';
import { PageListeners } from '@/page/page-listeners';
import { setPageState } from '@/page/page-state';
import type { PaintItem, Painter } from '@/page/paint';
import { Slicer, browserHost, type SliceHost } from '@/page/schedule';
import { findOpenShadowRoots, findUndefined } from '@/page/shadow';
import {
  HUGE_TEXT_CHARS,
  MARK_COST_GUESS_MS,
  MARK_GROUP_SIZE,
  MAX_PENDING_HOSTS,
  MAX_WALK_RESTARTS,
  MAX_MARKED_NODES_PER_SLICE,
  PAINT_AT_ONCE_MS,
  PAINT_AT_ONCE_NODES,
  UNDEFINED_RECHECK_MAX_MS,
  UNDEFINED_RECHECK_MS,
  SLICE_BUDGET_MS,
  WALK_CLOCK_EVERY,
} from '@/utils/timings';
import { layoutLocate, viewportFirst, type Locate } from '@/page/viewport';

export interface ScannerOptions {
  /** Read before every slice of work, so a settings change applies to the next one. */
  markOptions?: () => MarkOptions;
  /** Called when the scanner has caught up after work that added or removed marks. */
  onChange?: () => void;
  /** The clock and the task queue. Default: the browser's (idle callbacks). Tests: a ManualHost. */
  host?: SliceHost;
  /** Where a text node is against the viewport. Default: the browser's layout. */
  locate?: Locate;
  /**
   * The painter for painted highlights (src/page/paint.ts). Without one, mentions are element marks.
   */
  painter?: Painter;
  /**
   * How mentions are shown, read at every start(): painted (the default when there is a painter)
   * or element marks. A change applies through restart(), which removes everything of the old way.
   */
  display?: () => Display;
  /**
   * Called each time the scanner has caught up (what the opted-in state attribute calls "idle"),
   * whether or not anything changed: the benchmark's end of a pass, without the attribute.
   */
  onSettle?: () => void;
}

/** How mentions are shown (the "How mentions are shown" setting). */
export type Display = 'paint' | 'marks';

const MARK_SELECTOR = `mark.${MARK_CLASS}`;

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
 * Owns when the page is scanned, and `data-brieflight-state` around it (CONTRACT.md):
 *
 * - the first pass: one walk over the page's text (the matcher's cheap pre-test on every text
 *   node), then marking, viewport first, in slices of at most SLICE_BUDGET_MS, each its own task,
 *   in idle periods;
 * - then the page's changes (a MutationObserver): only the nodes the page added or changed are
 *   scanned, in a batch per idle period; text the page rewrote where we had split it is repaired
 *   at once (in the observer's callback, before the page paints), then marked again;
 * - the back-off from pages that fight the marks (src/page/backoff.ts);
 * - the page's open shadow roots (found, observed, styled, scanned like the document).
 *
 * Design and reasons: docs/adr/0003-live-pages.md.
 */
export class Scanner {
  private running = false;
  private readonly host: SliceHost;
  private readonly locate: Locate;
  private readonly slicer: Slicer;
  private readonly watcher: PageWatcher;
  private limiter: RewriteLimiter;
  private readonly own: Ownership;
  private readonly work: Work = emptyWork();
  private walks: Walk[] = [];
  private firstWalks = 0;
  /** The first pass's finds, kept until its walks are over and they can be put in viewport order. */
  private firstFinds: Item[] = [];
  /** Text nodes and inline runs (src/page/inline-run.ts) to mark, from `head` on. */
  private queue: Item[] = [];
  private head = 0;
  /** Huge text nodes being marked outside the document, a group of chunks per step. */
  private huge: { huge: HugeText; todo: Text[] }[] = [];
  private changed = false;
  /**
   * The last slice marked: the next one waits until the browser has rendered that (Slicer), so a
   * frame never lays out more than MAX_MARKED_NODES_PER_SLICE marked nodes.
   */
  private wroteLast = false;
  /** What marking one text node costs here, in ms (a running estimate; deferWrites uses it). */
  private markCostMs = MARK_COST_GUESS_MS;
  private observed = new WeakSet<ShadowRoot>();
  /** The way mentions are shown since the last start(): painted, or element marks. */
  private painting = false;
  /** Open shadow roots given a stylesheet of ours, to take it back on stop(). */
  private styled: WeakRef<ShadowRoot>[] = [];
  /** Custom elements not defined yet when scanned: their shadow roots may come with definition. */
  private pendingHosts: WeakRef<Element>[] = [];
  /** Element names already waited for through customElements.whenDefined. */
  private awaited = new Set<string>();
  /** The timer that looks at the undefined hosts again, and its next delay (it doubles). */
  private cancelHostTimer: (() => void) | undefined;
  private hostRecheckMs = UNDEFINED_RECHECK_MS;
  private cancelPauseTimer: (() => void) | undefined;
  private unlisten: (() => void)[] = [];

  /** What the scanner's tasks cost so far (the benchmark and tests read it). */
  readonly stats = { slices: 0, callbacks: 0, busyMs: 0, longestMs: 0 };

  constructor(
    private readonly doc: Document,
    private readonly highlighter: Highlighter,
    private readonly opts: ScannerOptions = {},
  ) {
    this.host = opts.host ?? browserHost(doc.defaultView ?? window);
    this.locate = opts.locate ?? layoutLocate(doc);
    this.slicer = new Slicer(this.host, (budget) => this.slice(budget), () => this.wroteLast);
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
      worthScanning: (el) => this.own.prefilter(el.textContent ?? '') || findOpenShadowRoots(el).some((sr) => !this.observed.has(sr)),
    };
  }

  /** True while the scanner watches the page (between start() and stop()/destroy()). */
  get isRunning(): boolean {
    return this.running;
  }

  /** True while mentions are painted (not marked); set at start(). */
  get isPainting(): boolean {
    return this.painting;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.painting = this.opts.painter !== undefined && (this.opts.display?.() ?? 'paint') === 'paint';
    this.watcher.observe(this.doc);
    this.listen();
    const root = this.doc.body ?? this.doc.documentElement;
    setPageState(this.doc, 'scanning');
    if (root) this.addWalk(root, true);
    // The first slice now: on most pages it is the whole pass, and the viewport is marked at once.
    if (this.slice(SLICE_BUDGET_MS)) this.slicer.request();
  }

  /** Stops watching and drops pending work, leaving the marks in place. */
  destroy(): void {
    this.running = false;
    this.slicer.stop();
    this.watcher.disconnect();
    for (const off of this.unlisten) off();
    this.unlisten = [];
    this.cancelPauseTimer?.();
    this.cancelPauseTimer = undefined;
    this.walks = [];
    this.firstWalks = 0;
    this.firstFinds = [];
    this.queue = [];
    this.head = 0;
    this.huge = [];
    this.work.repair.clear();
    this.work.written.clear();
    this.work.dirty.clear();
    this.work.rewritten.clear();
    this.work.unmark.clear();
    this.observed = new WeakSet();
    this.pendingHosts = [];
    this.awaited = new Set();
    this.cancelHostTimer?.();
    this.cancelHostTimer = undefined;
    this.hostRecheckMs = UNDEFINED_RECHECK_MS;
    this.limiter.reset();
    setPageState(this.doc, 'idle');
  }

  /**
   * Stops scanning and removes every mark and painted range, and the stylesheets it gave the
   * page's shadow roots (site turned off, extension disabled, the way of showing changed).
   */
  stop(): void {
    this.destroy();
    const painter = this.opts.painter;
    const had = this.highlighter.current(this.doc).length > 0 || (painter !== undefined && painter.total > 0);
    this.highlighter.unmarkAll(this.doc);
    painter?.clear();
    for (const ref of this.styled) {
      const sr = ref.deref();
      if (sr) dropPageStyle(sr);
    }
    this.styled = [];
    this.changed = false;
    if (had) this.opts.onChange?.();
  }

  /** Removes every mark and scans again (entities or mode changed). */
  restart(): void {
    this.stop();
    this.start();
  }

  /**
   * Does all pending work now, in this task: the page's queued changes, then every walk and mark.
   * For tests and measurements; the content script never calls it.
   */
  flush(): void {
    if (!this.running) return;
    const records = this.watcher.take();
    if (records.length > 0) this.onRecords(records);
    this.slicer.stop();
    while (this.slice(Number.POSITIVE_INFINITY));
  }

  /** Sizes of every strong structure the scanner keeps (the leak tests bound them). */
  get debugSizes(): Record<string, number> {
    return {
      queue: this.queue.length,
      huge: this.huge.length,
      walks: this.walks.length,
      firstFinds: this.firstFinds.length,
      repair: this.work.repair.size,
      written: this.work.written.size,
      dirty: this.work.dirty.size,
      rewritten: this.work.rewritten.size,
      pauses: this.limiter.debugSize,
      observed: this.watcher.debugSize,
      pendingHosts: this.pendingHosts.length,
      listeners: this.unlisten.length,
      ...this.highlighter.debugSizes,
    };
  }

  // ── The page's changes ─────────────────────────────────────────────────────────────────────────

  private onRecords(records: MutationRecord[]): void {
    if (!this.running) return;
    const t0 = this.host.now();
    // Painted: the ranges of text the page changed or removed go now (the next batch paints what
    // is there instead); nothing to repair, nothing of the page's DOM was touched.
    if (this.painting && this.opts.painter!.forget(records)) this.changed = true;
    if (this.painting) this.editableChanges(records);
    triage(records, this.own, this.work, MARK_SELECTOR);
    if (this.painting) for (const t of this.opts.painter!.takeOrphans()) this.work.dirty.add(t);
    const late = this.findLateRoots(records);
    // Repairs at once: the page's text is whole again before it paints.
    if (this.work.repair.size > 0 || this.work.rewritten.size > 0) {
      this.watcher.quiet((more) => this.absorb(more), () => this.repairAll());
    }
    this.stats.callbacks++;
    this.stats.busyMs += this.host.now() - t0;
    if (this.work.dirty.size > 0 || late) {
      // Painted, a small change is painted now, in this microtask: before the page's next frame,
      // so a ticker rewriting a mention every frame shows it in every frame, and the state never
      // flips. (Marks wait for the batch: their writes relayout the page.)
      const small = this.painting && !this.slicer.pending && this.walks.length === 0 && this.head >= this.queue.length;
      if (small && this.work.dirty.size <= PAINT_AT_ONCE_NODES) {
        if (this.slice(PAINT_AT_ONCE_MS)) this.schedule();
      } else this.schedule();
    } else if (this.changed && !this.slicer.pending) this.settle();
  }

  /**
   * Painted: a region that became editable (contenteditable set later) loses its ranges at once;
   * one that stopped being editable is read again.
   */
  private editableChanges(records: readonly MutationRecord[]): void {
    for (const rec of records) {
      if (rec.type !== 'attributes' || rec.target.nodeType !== Node.ELEMENT_NODE) continue;
      const el = rec.target as Element;
      if (isExcluded(el)) {
        const before = this.opts.painter!.total;
        this.opts.painter!.dropSubtree(el);
        if (this.opts.painter!.total !== before) this.changed = true;
      } else if (el.isConnected) this.work.dirty.add(el);
    }
  }

  /**
   * Open shadow roots attached after their host was scanned (attachShadow makes no record): on
   * an element whose subtree changed (the changed nodes' ancestors), and on custom elements that
   * were undefined. True when any was
   * found (its walk is queued).
   */
  private findLateRoots(records: readonly MutationRecord[]): boolean {
    let found = false;
    // Each changed node's ancestors (within its tree), each looked at once a batch.
    const seen = new Set<Node>();
    for (const rec of records) {
      for (let el: Element | null = rec.target.nodeType === Node.ELEMENT_NODE ? (rec.target as Element) : rec.target.parentElement; el; el = el.parentElement) {
        if (seen.has(el)) break;
        seen.add(el);
        const sr = el.shadowRoot;
        if (sr && !this.observed.has(sr)) {
          this.adoptRoot(sr, false);
          found = true;
        }
      }
    }
    if (this.pendingHosts.length > 0 && this.recheckHosts()) found = true;
    return found;
  }

  /** Looks at the undefined custom elements again; true when one now hosts an open root. */
  private recheckHosts(): boolean {
    let found = false;
    this.pendingHosts = this.pendingHosts.filter((ref) => {
      const el = ref.deref();
      if (!el || !el.isConnected) return false;
      const sr = el.shadowRoot;
      if (sr && !this.observed.has(sr)) {
        this.adoptRoot(sr, false);
        found = true;
      }
      return !isDefined(el);
    });
    return found;
  }

  /** Waits for the undefined custom elements in `root` (their roots may come with definition). */
  private watchUndefined(root: Node): void {
    if (root.nodeType !== Node.ELEMENT_NODE && root.nodeType !== 11 && root.nodeType !== 9) return;
    const registry = (this.doc.defaultView as (Window & typeof globalThis) | null)?.customElements;
    for (const el of findUndefined(root as ParentNode)) {
      if (this.pendingHosts.length >= MAX_PENDING_HOSTS) break;
      this.pendingHosts.push(new WeakRef(el));
      const name = el.localName;
      // A content script's world may have no registry (Chromium's isolated worlds): then every
      // batch of the page's changes looks again (findLateRoots), and a timer whose delay doubles.
      if (!registry || typeof registry.whenDefined !== 'function') {
        this.armHostTimer();
        continue;
      }
      if (this.awaited.has(name)) continue;
      this.awaited.add(name);
      registry.whenDefined(name).then(
        () => this.onHostsChanged(),
        () => undefined,
      );
    }
  }

  /** An undefined host may have been defined: read its root now (painted) or in a batch. */
  private onHostsChanged(): void {
    if (!this.running || !this.recheckHosts()) return;
    if (this.painting && !this.slicer.pending) {
      if (this.slice(PAINT_AT_ONCE_MS)) this.schedule();
    } else this.schedule();
  }

  private armHostTimer(): void {
    if (this.cancelHostTimer) return;
    this.cancelHostTimer = this.host.after(this.hostRecheckMs, () => {
      this.cancelHostTimer = undefined;
      this.hostRecheckMs = Math.min(this.hostRecheckMs * 2, UNDEFINED_RECHECK_MAX_MS);
      this.onHostsChanged();
      if (this.running && this.pendingHosts.length > 0) this.armHostTimer();
    });
  }

  /** Page records taken before a write of ours: triaged like any others. */
  private absorb(records: MutationRecord[]): void {
    if (this.painting && this.opts.painter!.forget(records)) this.changed = true;
    triage(records, this.own, this.work, MARK_SELECTOR);
    if (this.painting) for (const t of this.opts.painter!.takeOrphans()) this.work.dirty.add(t);
  }

  private schedule(): void {
    if (this.slicer.pending) return;
    setPageState(this.doc, 'scanning');
    this.slicer.request();
  }

  private repairAll(): void {
    const { repair, written, rewritten, dirty, unmark } = this.work;
    for (const o of repair) {
      const r = this.highlighter.repair(o, unmark.has(o), written.has(o));
      if (!r) continue;
      this.changed = true;
      if (r.parent) rewritten.add(r.parent);
      for (const t of r.rescan) dirty.add(t);
    }
    repair.clear();
    written.clear();
    unmark.clear();
    let paused = false;
    for (const el of rewritten) if (this.limiter.note(el)) paused = true;
    rewritten.clear();
    if (paused) this.armPauseTimer();
  }

  /** Wakes up when the next pause ends, to scan the paused element again. */
  private armPauseTimer(): void {
    this.cancelPauseTimer?.();
    this.cancelPauseTimer = undefined;
    const next = this.limiter.nextEnd();
    if (next === undefined) return;
    this.cancelPauseTimer = this.host.after(Math.max(0, next - this.host.now()), () => {
      this.cancelPauseTimer = undefined;
      if (!this.running) return;
      for (const el of this.limiter.takeEnded()) this.work.dirty.add(el);
      this.armPauseTimer();
      if (this.work.dirty.size > 0) this.schedule();
    });
  }

  private listen(): void {
    const win = this.doc.defaultView;
    if (!win) return;
    // SPA navigation. A content script lives in an isolated world: patching history.pushState
    // here would not see the page's calls. The observer sees the new content anyway; these events
    // only tell us the page is a new one, so the back-off starts afresh.
    // Only the browser's own events: a page can dispatch a popstate of its own (src/page/backoff.ts).
    // The window's and the document's listeners are erased by document.open(): PageListeners adds
    // them again when the document is replaced (issue 17). The Navigation object keeps its own.
    const listeners = new PageListeners(this.doc);
    const onNavigate = () => this.onNavigate();
    this.unlisten.push(() => listeners.dispose());
    // A document switched to designMode has no mutation to tell: the reader's first focus or edit does.
    watchDesignMode(this.doc, () => this.watcher.quiet((r) => this.absorb(r), () => this.highlighter.unmarkAll(this.doc)), listeners);
    listeners.on('window', 'popstate', onNavigate);
    listeners.on('window', 'hashchange', onNavigate);
    // The Navigation API (Chromium) also reports pushState and replaceState.
    const navigation = (win as Window & { navigation?: EventTarget }).navigation;
    if (navigation && typeof navigation.addEventListener === 'function') {
      const onNavigateSuccess = (e: Event) => e.isTrusted && this.onNavigate();
      navigation.addEventListener('navigatesuccess', onNavigateSuccess);
      this.unlisten.push(() => navigation.removeEventListener('navigatesuccess', onNavigateSuccess));
    }
  }

  private onNavigate(): void {
    if (!this.running) return;
    const ended = this.limiter.navigated();
    if (!ended) return;
    for (const el of ended) this.work.dirty.add(el);
    this.cancelPauseTimer?.();
    this.cancelPauseTimer = undefined;
    if (this.work.dirty.size > 0) this.schedule();
  }

  // ── Slices ─────────────────────────────────────────────────────────────────────────────────────

  /** One slice of work, at most `budget` ms (plus one step). True when work remains. */
  private slice(budget: number): boolean {
    if (!this.running) return false;
    const now = () => this.host.now();
    const t0 = now();
    const end = t0 + budget;
    const opts = this.opts.markOptions?.() ?? {};
    let wrote = false;
    const painting = this.painting;
    if (painting) this.opts.painter!.register();
    // Marks are written with the observer quiet (our own writes are no page change); painting
    // writes nothing into the page's DOM, so the observer stays as it is.
    const run = (work: () => void) => (painting ? work() : this.watcher.quiet((records) => this.absorb(records), work));
    run(
      () => {
        if (this.work.repair.size > 0 || this.work.rewritten.size > 0) this.repairAll();
        this.takeDirty();
        // Reading steps (walks) first; then writing, in as few slices as possible: every slice
        // that changed the page is followed by a frame that restyles and lays it out, which on a
        // big page costs 25 ms before any of our work is counted, however little we changed.
        let read = false;
        let marked = 0;
        for (;;) {
          if (this.walks.length > 0) {
            this.stepWalk(end, opts);
            read = true;
          } else if (this.huge.length > 0 || this.head < this.queue.length) {
            if (!wrote && read && this.deferWrites(end - now())) break;
            wrote = true;
            if (this.huge.length > 0) this.hugeStep(opts);
            else marked += this.markStep(opts);
            // The frame after this slice lays out every paragraph it changed (marks; painted
            // ranges change no layout, and a painting slice runs to its budget).
            if (!painting && marked >= MAX_MARKED_NODES_PER_SLICE) break;
          } else break;
          if (now() >= end) break;
        }
      },
    );
    // Painting lays nothing out: the next slice need not wait for a frame.
    this.wroteLast = wrote && !painting;
    const dt = now() - t0;
    this.stats.slices++;
    this.stats.busyMs += dt;
    if (dt > this.stats.longestMs) this.stats.longestMs = dt;
    const more = this.walks.length > 0 || this.huge.length > 0 || this.head < this.queue.length || this.work.dirty.size > 0;
    if (!more) this.settle();
    return more;
  }

  /**
   * Asked after reading steps in this slice: true when the next slice's worth of marking (all that
   * is left, or MAX_MARKED_NODES_PER_SLICE) would not fit in what is left of this one. Then this
   * slice ends before its first write and the next one writes a whole batch: a few nodes written
   * at the end of a reading slice would cost a frame of their own (on the 20,000-paragraph page,
   * 25 ms to relayout 16 paragraphs).
   */
  private deferWrites(left: number): boolean {
    if (this.painting) return false;
    const pending = this.queue.length - this.head + this.huge.reduce((n, j) => n + j.todo.length, 0);
    return Math.min(pending, MAX_MARKED_NODES_PER_SLICE) * this.markCostMs > left;
  }

  /** Caught up: idle, and the change reported. */
  private settle(): void {
    this.wroteLast = false;
    this.queue = [];
    this.head = 0;
    setPageState(this.doc, 'idle');
    if (this.changed) {
      this.changed = false;
      this.opts.onChange?.();
    }
    this.opts.onSettle?.();
  }

  /** Turns the nodes the page added or changed into walks and text nodes to mark. */
  private takeDirty(): void {
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

  private addWalk(root: Node, first: boolean): void {
    this.walks.push(new Walk(root, first));
    if (first) this.firstWalks++;
    for (const sr of findOpenShadowRoots(root)) this.adoptRoot(sr, first);
    this.watchUndefined(root);
  }

  /** Starts watching, styling and scanning an open shadow root of the page. */
  private adoptRoot(sr: ShadowRoot, first: boolean): void {
    if (this.observed.has(sr)) return;
    this.observed.add(sr);
    if (isExcluded(sr.host)) return;
    this.watcher.observe(sr);
    if (adoptPageStyle(sr)) this.styled.push(new WeakRef(sr));
    this.highlighter.addRoot(sr);
    this.opts.painter?.addRoot(sr);
    this.addWalk(sr, first);
  }

  private stepWalk(end: number, opts: MarkOptions): void {
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
    for (let i = 0; ; ) {
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
      if (this.highlighter.prefilter(w.prevData) && isMarkable(prev) && !this.limiter.blocks(prev)) out.push(prev);
      return;
    }
    let nodes: Text[] = w.chain ?? [prev];
    w.chain = null;
    if (!w.first && (w.atStart || atEnd)) {
      const before = w.atStart ? runAround(nodes[0]!) : [nodes[0]!];
      const after = atEnd ? runAround(nodes[nodes.length - 1]!) : [nodes[nodes.length - 1]!];
      nodes = [...before.slice(0, before.indexOf(nodes[0]!)), ...nodes, ...after.slice(after.indexOf(nodes[nodes.length - 1]!) + 1)];
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
      return this.highlighter.prefilter(item.data) && isMarkable(item) && !this.limiter.blocks(item) ? item : undefined;
    }
    // A run: its elements between nodes were checked by sameRun(); what is above it, here.
    let text = '';
    for (const t of item) text += t.data;
    return this.highlighter.prefilter(text) && isMarkable(item[0]!) && !this.limiter.blocks(item[0]!) ? item : undefined;
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

  /** Marks the next group of chunks of the first huge text; puts it into the page when done. */
  private hugeStep(opts: MarkOptions): void {
    const job = this.huge[0]!;
    const h = this.highlighter;
    const group = job.todo.splice(0, MARK_GROUP_SIZE);
    if (group.length > 0) {
      const t0 = this.host.now();
      h.markChunks(job.huge, group, opts);
      this.learnCost(this.host.now() - t0, group.length);
    }
    if (job.todo.length > 0) return;
    this.huge.shift();
    const t = job.huge.text;
    if (h.commitChunks(job.huge)) this.changed = true;
    // The page changed that text meanwhile: its new text is scanned afresh.
    else if (t.isConnected) this.work.dirty.add(t);
  }

  private learnCost(ms: number, nodes: number): void {
    if (nodes > 0 && ms >= 0) this.markCostMs = (this.markCostMs * 3 + ms / nodes) / 4;
  }

  /** Marks the next group of queued text nodes; returns how many were given to the highlighter. */
  private markStep(opts: MarkOptions): number {
    const group: Text[] = [];
    const runs: Text[][] = [];
    const h = this.highlighter;
    while (group.length + runs.length < MARK_GROUP_SIZE && this.head < this.queue.length) {
      const item = this.queue[this.head++]!;
      if (!isText(item)) {
        if (item.every((t) => t.isConnected) && !this.limiter.blocks(item[0]!)) runs.push(item as Text[]);
        continue;
      }
      const t = item;
      if (!t.isConnected || this.limiter.blocks(t)) continue;
      if (!this.painting && t.length > HUGE_TEXT_CHARS) {
        // Cut outside the document; its chunks are marked a group per step (hugeStep).
        if (this.huge.some((j) => j.huge.text === t)) continue;
        const huge = h.prepareChunks(t);
        if (huge) {
          this.huge.push({ huge, todo: huge.parts.filter((c) => h.prefilter(c.data)) });
          continue;
        }
      }
      group.push(t);
    }
    if (group.length > 0 || runs.length > 0) {
      const t0 = this.host.now();
      if (this.painting) {
        // Painted again from scratch (a node's old ranges go first): a change either way.
        const before = this.opts.painter!.total;
        const items: PaintItem[] = runs.length === 0 ? group : [...group, ...runs];
        if (this.opts.painter!.paint(items, opts) > 0 || this.opts.painter!.total !== before) this.changed = true;
        for (const t of this.opts.painter!.takeOrphans()) this.work.dirty.add(t);
      } else {
        if (group.length > 0 && h.markTextNodes(group, opts).length > 0) this.changed = true;
        if (runs.length > 0 && h.markRuns(runs, opts).length > 0) this.changed = true;
      }
      this.learnCost(this.host.now() - t0, group.length + runs.length);
    }
    if (this.head > 4096 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    return group.length + runs.length;
  }
}

/** What the scanner reads as one text: a text node, or an inline run's text nodes in order. */
type Item = Text | Text[];

function isText(item: Item): item is Text {
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

function isDefined(el: Element): boolean {
  try {
    return el.matches(':defined');
  } catch {
    return true;
  }
}

/** True when an ancestor of `n` (within its tree) is in `set`. */
function hasAncestorIn(n: Node, set: Set<Node>): boolean {
  for (let p = n.parentNode; p; p = p.parentNode) if (set.has(p)) return true;
  return false;
}
