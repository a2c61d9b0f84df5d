// Coalescing: a thing that may change many times a second (a frame's mention count, a tab's badge)
// is written out at most once per interval, the first change at once and the rest as one write
// when the interval ends. Nothing is lost: the write reads the latest state, which lives with the
// caller, not here.

/** Timers, injected so tests drive them by hand (tests/support/clock.ts). */
export interface Timers {
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(id: unknown): void;
}

export const browserTimers: Timers = {
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

interface Cooldown {
  timer: unknown;
  /** A change came during the interval: write once more when it ends. */
  pending: boolean;
}

/**
 * Calls `write(key)` at most once per `intervalMs` for each key: `poke` writes at once when the key
 * wrote nothing for `intervalMs`, and otherwise once when that interval ends. A key with nothing
 * to write holds no timer and no memory.
 */
export class Coalescer<K> {
  private cooling = new Map<K, Cooldown>();

  constructor(
    private readonly write: (key: K) => void,
    private readonly intervalMs: number,
    private readonly timers: Timers = browserTimers,
  ) {}

  /** Something of `key` changed: write it now, or at the end of its interval. */
  poke(key: K): void {
    const c = this.cooling.get(key);
    if (c) c.pending = true;
    else this.run(key);
  }

  /** Something of `key` changed, but need not be written at once: write it within one interval. */
  later(key: K): void {
    const c = this.cooling.get(key);
    if (c) {
      c.pending = true;
      return;
    }
    this.cool(key, true);
  }

  /** Write `key` now, whatever its interval (a page leaving: there is no later). */
  now(key: K): void {
    this.cancel(key);
    this.run(key);
  }

  /** Forget `key`'s interval and any write it had pending. */
  cancel(key: K): void {
    const c = this.cooling.get(key);
    if (!c) return;
    this.timers.clearTimer(c.timer);
    this.cooling.delete(key);
  }

  /** Keys in an interval now (for the leak tests). */
  get size(): number {
    return this.cooling.size;
  }

  private run(key: K): void {
    this.cool(key, false);
    this.write(key);
  }

  private cool(key: K, pending: boolean): void {
    const c: Cooldown = { timer: undefined, pending };
    this.cooling.set(key, c);
    c.timer = this.timers.setTimer(() => {
      if (this.cooling.get(key) !== c) return;
      this.cooling.delete(key);
      if (c.pending) this.run(key);
    }, this.intervalMs);
  }
}
