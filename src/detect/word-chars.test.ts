import { describe, expect, it } from 'vitest';
import { COMPILED_MATCHER } from './match.compiled';
import { codePointBefore, inWordWindows, wordChars, WORD_WINDOWS } from './word-chars';

const WORD = /^[\p{L}\p{M}\p{N}]$/u;
const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;

describe('wordChars (on the shipped table)', () => {
  const chars = wordChars(COMPILED_MATCHER.word);

  it('answers exactly as \\p{L}\\p{M}\\p{N}, \\p{Lu} and \\p{Ll} for every code point', () => {
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const s = String.fromCodePoint(cp);
      if (chars.isWord(cp) !== WORD.test(s)) wrong.push(`word U+${cp.toString(16)}`);
      if (chars.isUpper(cp) !== UPPER.test(s)) wrong.push(`upper U+${cp.toString(16)}`);
      if (chars.isLower(cp) !== LOWER.test(s)) wrong.push(`lower U+${cp.toString(16)}`);
      if (wrong.length > 10) break;
    }
    expect(wrong).toEqual([]);
  });

  it('covers what stands next to words in news text: Latin to Arabic, dashes, quotes, spaces', () => {
    for (const c of 'aZ9éßΩжא١ ’“—…\u00a0\u2009') expect(inWordWindows(c.codePointAt(0)!)).toBe(true);
    for (const c of '漢😀ก') expect(inWordWindows(c.codePointAt(0)!)).toBe(false);
    expect(WORD_WINDOWS.every(([first, last]) => first <= last)).toBe(true);
  });
});

describe('codePointBefore', () => {
  it('reads a surrogate pair as one code point, and a lone surrogate as itself', () => {
    expect(codePointBefore('a😀b', 3)).toBe(0x1f600);
    expect(codePointBefore('a😀b', 2)).toBe(0xd83d);
    expect(codePointBefore('ab', 1)).toBe(0x61);
    expect(codePointBefore('\ude00x', 1)).toBe(0xde00);
  });
});
