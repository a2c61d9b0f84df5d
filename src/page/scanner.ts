import type { MarkOptions } from '@/page/highlighter';
import { dropPageStyle } from '@/page/mark-style';
import { setPageState } from '@/page/page-state';
import type { Painter } from '@/page/paint';
import type { PaintItem } from '@/page/painted-ranges';
import type { SliceHost } from '@/page/schedule';
import {
  HUGE_TEXT_CHARS,
  MARK_GROUP_SIZE,
  MAX_MARKED_NODES_PER_SLICE,
  UNDEFINED_RECHECK_MS,
  SLICE_BUDGET_MS,
} from '@/utils/timings';
import type { Locate } from '@/page/viewport';
import { ScannerChanges } from '@/page/scanner-changes';
import { isText } from '@/page/scanner-walks';

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
export class Scanner extends ScannerChanges {
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

  // ── Slices ─────────────────────────────────────────────────────────────────────────────────────

  /** One slice of work, at most `budget` ms (plus one step). True when work remains. */
  protected slice(budget: number): boolean {
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
    const run = (work: () => void) =>
      painting ? work() : this.watcher.quiet((records) => this.absorb(records), work);
    run(() => {
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
    });
    // Painting lays nothing out: the next slice need not wait for a frame.
    this.wroteLast = wrote && !painting;
    const dt = now() - t0;
    this.stats.slices++;
    this.stats.busyMs += dt;
    if (dt > this.stats.longestMs) this.stats.longestMs = dt;
    const more =
      this.walks.length > 0 ||
      this.huge.length > 0 ||
      this.head < this.queue.length ||
      this.work.dirty.size > 0;
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
  protected settle(): void {
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
        if (this.opts.painter!.paint(items, opts) > 0 || this.opts.painter!.total !== before)
          this.changed = true;
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
