import { describe, expect, it } from 'vitest';
import { clock } from '@@/tests/support/clock';
import { Coalescer } from '@/utils/coalesce';

function setup(intervalMs = 100) {
  const c = clock();
  const writes: string[] = [];
  const co = new Coalescer<string>((k) => writes.push(k), intervalMs, c);
  return { c, writes, co };
}

describe('Coalescer', () => {
  it('writes the first change at once and the changes of one interval as one write at its end', () => {
    const { c, writes, co } = setup();
    co.poke('a');
    expect(writes).toEqual(['a']);
    for (let i = 0; i < 50; i++) co.poke('a');
    expect(writes).toEqual(['a']);
    c.advance(99);
    expect(writes).toEqual(['a']);
    c.advance(1);
    expect(writes).toEqual(['a', 'a']);
    // The write at the end of the interval starts a new one.
    co.poke('a');
    c.advance(99);
    expect(writes).toEqual(['a', 'a']);
    c.advance(1);
    expect(writes).toEqual(['a', 'a', 'a']);
    // A quiet interval ends with no write, and holds nothing.
    c.advance(100);
    expect(writes).toHaveLength(3);
    expect(co.size).toBe(0);
    co.poke('a');
    expect(writes).toHaveLength(4);
  });

  it('a loop of changes costs one write per interval', () => {
    const { c, writes, co } = setup(250);
    for (let t = 0; t < 1000; t += 20) {
      co.poke('frame');
      c.advance(20);
    }
    c.advance(250);
    // 1,000 ms of changes every 20 ms: the first at once, then one per 250 ms, the last included.
    expect(writes.length).toBeLessThanOrEqual(1000 / 250 + 2);
    expect(writes.length).toBeGreaterThanOrEqual(1000 / 250);
  });

  it('keys are independent', () => {
    const { writes, co } = setup();
    co.poke('a');
    co.poke('b');
    co.poke('a');
    expect(writes).toEqual(['a', 'b']);
  });

  it('later() writes once at the end of an interval, never at once', () => {
    const { c, writes, co } = setup();
    co.later('a');
    co.poke('a');
    expect(writes).toEqual([]);
    c.advance(100);
    expect(writes).toEqual(['a']);
  });

  it('now() writes at once, whatever the interval; cancel() drops a pending write', () => {
    const { c, writes, co } = setup();
    co.poke('a');
    co.poke('a');
    co.now('a');
    expect(writes).toEqual(['a', 'a']);
    co.poke('a');
    co.cancel('a');
    c.advance(1000);
    expect(writes).toEqual(['a', 'a']);
    expect(co.size).toBe(0);
  });
});
