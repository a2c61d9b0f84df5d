// The pieces of RegExp source that the matcher's and the prefilter's compilers share: literal text,
// a letter with its variants, and character classes of code point ranges (word characters,
// ignorable ones). Apart from match-compile.ts so that prefilter-compile.ts needs no cycle to it.
import { IGNORABLE } from '@/data/morphology';
import { WORD_WINDOWS } from './word-chars';

/** A letter, combining mark or digit: none may touch a mention on either side. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Characters that need escaping in a RegExp outside a character class. */
const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;
/** Letters whose upper case differs in Turkish and Azerbaijani (i → İ): marks a Turkic alias. */
export const TURKIC = /[İıƏəĞğŞş]/u;

function escape(s: string): string {
  return s.replace(SYNTAX, '\\$&');
}

/** The source of a literal alias form: its words joined by any run of white space. */
function literal(form: string): string {
  return form.split(' ').map(escape).join('\\s+');
}

export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(literal)
    .join('|');
}

/** A character of a form as the RegExp matches it: with its LETTER_VARIANTS, a space as \s+. */
export function charSource(c: string, variants: Record<string, string>): string {
  if (c === ' ') return '\\s+';
  const others = Object.hasOwn(variants, c) ? variants[c]! : '';
  if (others === '') return escape(c);
  return `[${[c, ...others].map((x) => (/[\\\]^-]/.test(x) ? `\\${x}` : x)).join('')}]`;
}

/** The letters, marks and digits of WORD_WINDOWS, as flattened [first, last] pairs. */
export function wordRanges(): number[] {
  const ranges: number[] = [];
  for (const [first, last] of WORD_WINDOWS) {
    let open = -1;
    for (let cp = first; cp <= last + 1; cp++) {
      const word = cp <= last && WORD_CHAR.test(String.fromCodePoint(cp));
      if (word && open < 0) open = cp;
      if (!word && open >= 0) {
        ranges.push(open, cp - 1);
        open = -1;
      }
    }
  }
  return ranges;
}

const hex = (cp: number): string => `\\u${cp.toString(16).padStart(4, '0')}`;

/** A character class body of `ranges` (no 'u' flag needed: all are below U+10000). */
export function classOf(ranges: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i + 1 < ranges.length; i += 2) {
    const [first, last] = [ranges[i]!, ranges[i + 1]!];
    parts.push(first === last ? hex(first) : `${hex(first)}-${hex(last)}`);
  }
  return parts.join('');
}

/** The character class body of src/data/morphology.ts IGNORABLE. */
export function ignorableClass(ranges: readonly (readonly [number, number])[] = IGNORABLE): string {
  return classOf(ranges.flat());
}
