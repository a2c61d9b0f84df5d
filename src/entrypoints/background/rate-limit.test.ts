import { describe, expect, it } from 'vitest';
import { MinInterval } from '@/entrypoints/background/rate-limit';
import { OPEN_BRIEFING_MIN_INTERVAL_MS } from '@/utils/timings';

describe('MinInterval', () => {
  it('allows one use per interval per key', () => {
    let now = 1000;
    const limit = new MinInterval<number>(() => now, OPEN_BRIEFING_MIN_INTERVAL_MS);
    // Three scripted clicks at once open one tab.
    expect([limit.take(7), limit.take(7), limit.take(7)]).toEqual([true, false, false]);
    // Another tab has its own.
    expect(limit.take(8)).toBe(true);
    now += OPEN_BRIEFING_MIN_INTERVAL_MS - 1;
    expect(limit.take(7)).toBe(false);
    now += 1;
    expect(limit.take(7)).toBe(true);
  });

  it('remembers only the keys of the last interval, and forgets a key on request', () => {
    let now = 0;
    const limit = new MinInterval<number>(() => now, 100);
    for (let tab = 0; tab < 1000; tab++) {
      limit.take(tab);
      now += 50;
    }
    expect(limit.size).toBeLessThanOrEqual(2);
    limit.forget(999);
    expect(limit.take(999)).toBe(true);
  });
});
