import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COMPILED_MATCHER } from './match.compiled';
import { createPartMatcher } from './match-parts';

/** Every match of `next`, going on at each match's end. */
function all(next: (from: number) => RegExpExecArray | null): [number, string][] {
  const out: [number, string][] = [];
  for (let m = next(0); m !== null; m = next(m.index + m[0].length)) out.push([m.index, m[0]]);
  return out;
}

describe('createPartMatcher', () => {
  it('gives the leftmost match of the parts the text holds, from any position', () => {
    const parts = createPartMatcher([
      { firsts: 'a', source: 'a+' },
      { firsts: 'b', source: 'b+' },
    ]);
    expect(all(parts('xbbxaaxb'))).toEqual([
      [1, 'bb'],
      [4, 'aa'],
      [7, 'b'],
    ]);
    const next = parts('aabb');
    expect(next(1)?.[0]).toBe('a');
    expect(next(2)?.[0]).toBe('bb');
    expect(next(5)).toBeNull();
  });

  it('makes no RegExp for a part whose first characters the text lacks', () => {
    // A part whose source would throw if it were ever made.
    const parts = createPartMatcher([
      { firsts: 'a', source: 'a' },
      { firsts: 'z', source: '(' },
    ]);
    expect(all(parts('banana'))).toEqual([
      [1, 'a'],
      [3, 'a'],
      [5, 'a'],
    ]);
    expect(() => parts('zebra')).toThrow(SyntaxError);
  });

  it("on the matcher's tables, matches as the whole RegExp does, in any mix of scripts", () => {
    const parts = createPartMatcher(COMPILED_MATCHER.parts);
    const whole = new RegExp(COMPILED_MATCHER.source, 'g');
    const pieces = [
      'Israel',
      'ישראל',
      'באקו',
      'Баку',
      'باكو',
      "AZERBAIJAN'S",
      'Bakı',
      ' ',
      'x',
      '-',
      'ו',
      'ال',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (words) => {
        const text = words.join('');
        const expected: [number, string][] = [];
        whole.lastIndex = 0;
        for (let m = whole.exec(text); m !== null; m = whole.exec(text)) expected.push([m.index, m[0]]);
        expect(all(parts(text))).toEqual(expected);
      }),
    );
  });
});
