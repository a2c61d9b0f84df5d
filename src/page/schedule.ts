// When the scanner's work runs: in slices of a bounded length, each in a task of its own, in the
// browser's idle periods (requestIdleCallback, with a timeout so a never-idle page still gets its
// turn). The clock and the task queue come in through `SliceHost`, so tests drive time by hand.
import { MIN_SLICE_MS, SLICE_BUDGET_MS, SLICE_IDLE_TIMEOUT_MS } from '@/utils/timings';

export interface SliceHost {
  /** A monotonic clock in milliseconds. */
  now(): number;
  /**
   * Runs `run` in a later task. `budget` is how long that task may work, in ms: what the browser
   * says is idle, clamped to [MIN_SLICE_MS, SLICE_BUDGET_MS]. Returns a function that cancels it.
   */
  later(run: (budget: number) => void): () => void;
  /** Runs `run` once, `ms` from now (a plain timer). Returns a function that cancels it. */
  after(ms: number, run: () => void): () => void;
  /**
   * As `later`, but not before the browser has rendered a frame: the task after a slice that
   * changed the page waits until that change is laid out, so two slices' changes never land in one
   * frame (whose relayout would then cost twice as much). Optional: without it, `later`.
   */
  laterAfterFrame?(run: (budget: number) => void): () => void;
}

type IdleWindow = Window &
  typeof globalThis & {
    requestAnimationFrame?: (cb: () => void) => number;
    cancelAnimationFrame?: (id: number) => void;
    requestIdleCallback?: (
      cb: (d: { timeRemaining(): number; didTimeout: boolean }) => void,
      o?: { timeout: number },
    ) => number;
    cancelIdleCallback?: (id: number) => void;
  };

export function clampBudget(idleMs: number): number {
  return Math.min(SLICE_BUDGET_MS, Math.max(MIN_SLICE_MS, idleMs));
}

/** The browser's clock and idle callbacks (setTimeout where there are none). */
export function browserHost(win: Window = window): SliceHost {
  const w = win as IdleWindow;
  const perf = w.performance;
  const now = () => perf.now();
  const ric = w.requestIdleCallback;
  const cic = w.cancelIdleCallback;
  const after = (ms: number, run: () => void) => {
    const id = w.setTimeout(run, ms);
    return () => w.clearTimeout(id);
  };
  if (typeof ric === 'function' && typeof cic === 'function') {
    const later = (run: (budget: number) => void) => {
      const id = ric.call(w, (d) => run(clampBudget(d.timeRemaining())), { timeout: SLICE_IDLE_TIMEOUT_MS });
      return () => cic.call(w, id);
    };
    const raf = w.requestAnimationFrame;
    const caf = w.cancelAnimationFrame;
    if (typeof raf !== 'function' || typeof caf !== 'function') return { now, after, later };
    return {
      now,
      after,
      later,
      laterAfterFrame(run) {
        // A hidden page renders no frames (and pays for none): no reason to wait.
        if (w.document.visibilityState === 'hidden') return later(run);
        // An animation frame callback runs as the frame begins, before its style and layout: the
        // idle callback asked for there runs once that frame is done. The timer covers a page
        // that stops rendering meanwhile (hidden), which would otherwise stall the work.
        let cancel: (() => void) | undefined;
        const go = () => {
          if (cancel) return;
          caf.call(w, frame);
          w.clearTimeout(timer);
          cancel = later(run);
        };
        const frame = raf.call(w, go);
        const timer = w.setTimeout(go, SLICE_IDLE_TIMEOUT_MS);
        return () => {
          caf.call(w, frame);
          w.clearTimeout(timer);
          cancel?.();
          cancel = () => {};
        };
      },
    };
  }
  return {
    now,
    after,
    later(run) {
      const id = w.setTimeout(() => run(SLICE_BUDGET_MS), 0);
      return () => w.clearTimeout(id);
    },
  };
}

/**
 * Keeps at most one slice pending: `request()` any number of times before it runs asks for one
 * slice. The slice function returns true when work remains, and then the next one is requested.
 */
export class Slicer {
  private cancel: (() => void) | undefined;

  constructor(
    private readonly host: SliceHost,
    private readonly slice: (budget: number) => boolean,
    /** True when the last slice changed the page: the next one then waits for a frame. */
    private readonly changedPage: () => boolean = () => false,
  ) {}

  get pending(): boolean {
    return this.cancel !== undefined;
  }

  request(): void {
    if (this.cancel) return;
    const run = (budget: number) => {
      this.cancel = undefined;
      if (this.slice(budget)) this.request();
    };
    const host = this.host;
    this.cancel = this.changedPage() && host.laterAfterFrame ? host.laterAfterFrame(run) : host.later(run);
  }

  stop(): void {
    this.cancel?.();
    this.cancel = undefined;
  }
}
