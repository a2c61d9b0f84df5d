import { describe, expect, it } from 'vitest';
import { WeakList } from '@/utils/weak-list';

describe('WeakList', () => {
  it('holds each object once, in the order first added, and answers has()', () => {
    const list = new WeakList<object>();
    const [a, b] = [{}, {}];
    list.add(a);
    list.add(b);
    list.add(a);
    expect(list.alive()).toEqual([a, b]);
    expect(list.alive()[0]).toBe(a);
    expect(list.size).toBe(2);
    expect(list.has(b)).toBe(true);
    expect(list.has({})).toBe(false);
  });
});
