// Is a character a letter, a combining mark or a digit (\p{L}, \p{M}, \p{N}), upper case (\p{Lu}),
// lower case (\p{Ll})? The matcher asks at the edges of every mention. A RegExp with those Unicode
// property classes answers exactly, but building one costs about a millisecond in Chromium (the
// classes are thousands of ranges) and every page with a mention paid it two or three times. Here
// the common characters are answered from a table made ahead of time (src/detect/match-compile.ts
// reads the engine's \p classes when it generates src/detect/match.compiled.ts), and a \p RegExp is
// built only the first time a page puts some other character against a mention.

/**
 * The code point windows the table covers, each [first, last]: Latin, Greek, Cyrillic, Armenian,
 * Hebrew, Arabic and the rest below U+0800, and General Punctuation (dashes, curly quotes,
 * special spaces: what stands next to a word in news text).
 */
export const WORD_WINDOWS: readonly (readonly [number, number])[] = [
  [0x0000, 0x07ff],
  [0x2000, 0x206f],
];

const HIGH_SURROGATE_FIRST = 0xd800;
const HIGH_SURROGATE_LAST = 0xdbff;
const LOW_SURROGATE_FIRST = 0xdc00;
const LOW_SURROGATE_LAST = 0xdfff;

export interface WordChars {
  /** A letter, combining mark or digit. */
  isWord(cp: number): boolean;
  /** An upper-case letter (\p{Lu}). */
  isUpper(cp: number): boolean;
  /** A lower-case letter (\p{Ll}). */
  isLower(cp: number): boolean;
}

/** True when `cp` lies in one of WORD_WINDOWS. */
export function inWordWindows(cp: number): boolean {
  return cp <= 0x07ff || (cp >= 0x2000 && cp <= 0x206f);
}

/**
 * The checks for the table `ranges` (the word characters of WORD_WINDOWS as flattened [first,
 * last] pairs in order, from src/detect/match.compiled.ts).
 */
export function wordChars(ranges: readonly number[]): WordChars {
  let word: RegExp | undefined;
  let upper: RegExp | undefined;
  let lower: RegExp | undefined;
  /** Binary search of the pairs: about seven steps, no table to build. */
  const inTable = (cp: number): boolean => {
    let lo = 0;
    let hi = ranges.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cp > ranges[2 * mid + 1]!) lo = mid + 1;
      else hi = mid;
    }
    return lo < ranges.length / 2 && cp >= ranges[2 * lo]!;
  };
  return {
    isWord(cp) {
      if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a);
      if (inWordWindows(cp)) return inTable(cp);
      word ??= new RegExp('[\\p{L}\\p{M}\\p{N}]', 'u');
      return word.test(String.fromCodePoint(cp));
    },
    isUpper(cp) {
      if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
      upper ??= new RegExp('\\p{Lu}', 'u');
      return upper.test(String.fromCodePoint(cp));
    },
    isLower(cp) {
      if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a;
      lower ??= new RegExp('\\p{Ll}', 'u');
      return lower.test(String.fromCodePoint(cp));
    },
  };
}

/** The code point that ends just before index `i` of `text` (a surrogate pair is one). */
export function codePointBefore(text: string, i: number): number {
  const low = text.charCodeAt(i - 1);
  if (low >= LOW_SURROGATE_FIRST && low <= LOW_SURROGATE_LAST && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= HIGH_SURROGATE_FIRST && high <= HIGH_SURROGATE_LAST) {
      return (high - HIGH_SURROGATE_FIRST) * 0x400 + (low - LOW_SURROGATE_FIRST) + 0x10000;
    }
  }
  return low;
}
