import { describe, expect, it } from 'vitest';
import { ManualHost, Slicer, clampBudget } from '@/utils/schedule';
import { MIN_SLICE_MS, SLICE_BUDGET_MS } from '@/utils/timings';

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
});
