// Where a huge text is cut into chunks (src/page/huge-text.ts): near TEXT_CHUNK_CHARS, after white
// space where there is some, never inside a surrogate pair, and the chunks put back are the text.
import { describe, expect, it } from 'vitest';
import { cutsOf } from '@/page/huge-text';
import { TEXT_CHUNK_CHARS } from '@/utils/timings';

const pieces = (data: string, cuts: number[]) =>
  [0, ...cuts].map((from, i) => data.slice(from, cuts[i] ?? data.length));

describe('cutsOf', () => {
  it('does not cut a text of at most one chunk', () => {
    expect(cutsOf('a'.repeat(TEXT_CHUNK_CHARS))).toEqual([]);
  });

  it('cuts just after the last white space in the last quarter of each chunk', () => {
    const word = 'Azerbaijan ';
    const data = word.repeat(Math.ceil((TEXT_CHUNK_CHARS * 3) / word.length));
    const cuts = cutsOf(data);
    const parts = pieces(data, cuts);
    expect(parts.join('')).toBe(data);
    for (const part of parts.slice(0, -1)) {
      expect(part.length).toBeLessThanOrEqual(TEXT_CHUNK_CHARS);
      expect(part.length).toBeGreaterThan((TEXT_CHUNK_CHARS * 3) / 4);
      expect(part.endsWith(' ')).toBe(true);
    }
  });

  it('without white space, cuts at the chunk size, but never between the halves of a surrogate pair', () => {
    const data = 'x' + '😀'.repeat(TEXT_CHUNK_CHARS);
    const cuts = cutsOf(data);
    expect(cuts.length).toBeGreaterThan(0);
    for (const cut of cuts) {
      const before = data.charCodeAt(cut - 1);
      expect(before >= 0xd800 && before <= 0xdbff, `cut at ${cut}`).toBe(false);
    }
    expect(pieces(data, cuts).join('')).toBe(data);
  });
});
