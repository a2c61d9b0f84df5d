import { describe, expect, it } from 'vitest';
import { Slicer, browserHost, clampBudget } from '@/page/schedule';
import { ManualHost } from '@@/tests/support/manual-host';
import { MIN_SLICE_MS, SLICE_BUDGET_MS, SLICE_IDLE_TIMEOUT_MS } from '@/utils/timings';

describe('schedule', () => {
  it('clamps the idle time a slice may use to [MIN_SLICE_MS, SLICE_BUDGET_MS]', () => {
    expect(clampBudget(0)).toBe(MIN_SLICE_MS);
    expect(clampBudget(12)).toBe(12);
    expect(clampBudget(49.9)).toBe(SLICE_BUDGET_MS);
  });

  it('keeps one slice pending however often it is asked, and runs again while work remains', () => {
    const host = new ManualHost();
    let left = 3;
    const budgets: number[] = [];
    const slicer = new Slicer(host, (budget) => {
      budgets.push(budget);
      return --left > 0;
    });
    slicer.request();
    slicer.request();
    expect(host.queued).toBe(1);
    expect(slicer.pending).toBe(true);
    host.run();
    expect(budgets).toHaveLength(3);
    expect(slicer.pending).toBe(false);
  });

  it('stop() cancels the pending slice', () => {
    const host = new ManualHost();
    let ran = 0;
    const slicer = new Slicer(host, () => {
      ran++;
      return false;
    });
    slicer.request();
    slicer.stop();
    host.run();
    expect(ran).toBe(0);
  });

  it('timers run once their time has come', () => {
    const host = new ManualHost();
    const fired: number[] = [];
    host.after(100, () => fired.push(1));
    const cancel = host.after(50, () => fired.push(2));
    cancel();
    host.advance(99);
    host.run();
    expect(fired).toEqual([]);
    host.advance(1);
    host.run();
    expect(fired).toEqual([1]);
  });

  it('a Slicer asks for a frame first after a slice that changed the page', () => {
    const host = new ManualHost();
    const waits: string[] = [];
    const frameHost = Object.assign(host, {
      laterAfterFrame(run: (budget: number) => void) {
        waits.push('frame');
        return host.later(run);
      },
    });
    const changed = [true, false, true];
    let i = 0;
    const slicer = new Slicer(
      frameHost,
      () => ++i < 4,
      () => changed[i - 1] ?? false,
    );
    slicer.request();
    frameHost.run();
    // Slice 1 changed the page: slice 2 waited for a frame; slice 2 did not: slice 3 did not wait;
    // slice 3 did: slice 4 waited.
    expect(i).toBe(4);
    expect(waits).toEqual(['frame', 'frame']);
  });
});

/** A window with idle callbacks, animation frames and timers that a test runs by hand. */
function fakeWindow(visibility: 'visible' | 'hidden' = 'visible') {
  const idle: (() => void)[] = [];
  const frames = new Map<number, () => void>();
  const timers = new Map<number, { ms: number; run: () => void }>();
  let next = 1;
  const win = {
    performance: { now: () => 0 },
    document: { visibilityState: visibility },
    requestIdleCallback: (cb: (d: { timeRemaining(): number; didTimeout: boolean }) => void) => {
      idle.push(() => cb({ timeRemaining: () => 20, didTimeout: false }));
      return next++;
    },
    cancelIdleCallback: () => {},
    requestAnimationFrame: (cb: () => void) => {
      frames.set(next, cb);
      return next++;
    },
    cancelAnimationFrame: (id: number) => frames.delete(id),
    setTimeout: (run: () => void, ms: number) => {
      timers.set(next, { ms, run });
      return next++;
    },
    clearTimeout: (id: number) => timers.delete(id),
  };
  const runAll = (m: Map<number, () => void>) => {
    const cbs = [...m.values()];
    m.clear();
    for (const cb of cbs) cb();
  };
  return {
    win: win as unknown as Window,
    idle,
    frames,
    timers,
    frame: () => runAll(frames),
  };
}

describe('browserHost', () => {
  it('laterAfterFrame: an idle callback asked for once the next frame begins', () => {
    const f = fakeWindow();
    const host = browserHost(f.win);
    const budgets: number[] = [];
    host.laterAfterFrame!((b) => budgets.push(b));
    expect(f.idle).toHaveLength(0);
    expect(f.frames.size).toBe(1);
    expect([...f.timers.values()].map((t) => t.ms)).toEqual([SLICE_IDLE_TIMEOUT_MS]);
    f.frame();
    // The fallback timer is gone; the slice runs in the idle period after that frame.
    expect(f.timers.size).toBe(0);
    expect(f.idle).toHaveLength(1);
    f.idle.shift()!();
    expect(budgets).toEqual([20]);
  });

  it('laterAfterFrame: a page that renders no frame still gets its slice (timer), once', () => {
    const f = fakeWindow();
    const host = browserHost(f.win);
    host.laterAfterFrame!(() => {});
    f.timers.forEach((t) => t.run());
    expect(f.frames.size).toBe(0);
    expect(f.idle).toHaveLength(1);
  });

  it('laterAfterFrame: a hidden page does not wait for a frame; cancel stops everything', () => {
    const hidden = fakeWindow('hidden');
    browserHost(hidden.win).laterAfterFrame!(() => {});
    expect(hidden.frames.size).toBe(0);
    expect(hidden.idle).toHaveLength(1);

    const f = fakeWindow();
    let ran = false;
    const cancel = browserHost(f.win).laterAfterFrame!(() => (ran = true));
    cancel();
    expect(f.frames.size).toBe(0);
    expect(f.timers.size).toBe(0);
    f.idle.forEach((run) => run());
    expect(ran).toBe(false);
  });
});
