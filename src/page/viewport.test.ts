import { describe, expect, it } from 'vitest';
import { viewportFirst, type Locate } from '@/page/viewport';
import { VIEWPORT_PROBE_LIMIT } from '@/utils/timings';

const nodes = (n: number) => Array.from({ length: n }, (_, i) => document.createTextNode(String(i)));
/** Nodes [from, to) are in the viewport; counts the probes. */
function screen(from: number, to: number) {
  let probes = 0;
  const locate: Locate = (t) => {
    probes++;
    const i = Number(t.data);
    return i < from ? -1 : i < to ? 0 : 1;
  };
  return { locate, probes: () => probes };
}

describe('viewportFirst', () => {
  it('starts where the viewport starts, then goes down, then comes back for the ones above', () => {
    const list = nodes(100);
    const { locate, probes } = screen(40, 50);
    const order = viewportFirst(list, locate).map((t) => Number(t.data));
    expect(order.slice(0, 10)).toEqual([40, 41, 42, 43, 44, 45, 46, 47, 48, 49]);
    expect(order.slice(60)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(new Set(order).size).toBe(100);
    expect(probes()).toBeLessThanOrEqual(8);
  });

  it('at the top of the page the order is the document order', () => {
    const list = nodes(50);
    expect(viewportFirst(list, screen(0, 10).locate)).toEqual(list);
  });

  it('measures at most VIEWPORT_PROBE_LIMIT nodes even when layout is out of order', () => {
    const list = nodes(10_000);
    let probes = 0;
    viewportFirst(list, () => (probes++, -1));
    expect(probes).toBeLessThanOrEqual(VIEWPORT_PROBE_LIMIT);
  });
});
