// A hand-driven SliceHost (src/page/schedule.ts) for unit tests: the clock and the task queue move
// only when the test says so.
import { SLICE_BUDGET_MS } from '@/utils/timings';
import type { SliceHost } from '@/page/schedule';

/**
 * A hand-driven host for tests: `run()` runs the pending tasks; `advance(ms)` moves the clock and
 * queues the timers that came due.
 */
export class ManualHost implements SliceHost {
  time = 0;
  private tasks: ((budget: number) => void)[] = [];
  private timers: { at: number; run: () => void }[] = [];
  /** How many tasks were ever requested (a test's measure of "did anything get scheduled"). */
  requested = 0;

  now(): number {
    return this.time;
  }

  later(run: (budget: number) => void): () => void {
    this.requested++;
    this.tasks.push(run);
    return () => {
      const i = this.tasks.indexOf(run);
      if (i >= 0) this.tasks.splice(i, 1);
    };
  }

  after(ms: number, run: () => void): () => void {
    const timer = { at: this.time + ms, run };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  get queued(): number {
    return this.tasks.length;
  }

  get timersPending(): number {
    return this.timers.length;
  }

  advance(ms: number): void {
    this.time += ms;
    const due = this.timers.filter((t) => t.at <= this.time);
    this.timers = this.timers.filter((t) => t.at > this.time);
    for (const t of due) this.tasks.push(() => t.run());
  }

  /** Runs queued tasks (and the ones they queue) until none is left or `max` ran. */
  run(max = 10_000, budget = SLICE_BUDGET_MS): number {
    let ran = 0;
    while (this.tasks.length > 0 && ran < max) {
      const task = this.tasks.shift()!;
      task(budget);
      ran++;
    }
    return ran;
  }
}
