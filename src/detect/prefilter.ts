// The prefilter: the one test every text node of every page meets (docs/adr/0009-matcher-tables.md,
// "the prefilter"). It is its own module so the content script's first stage (src/page/first-stage.ts)
// carries only its tables (src/detect/prefilter.compiled.ts, generated with src/detect/match.compiled.ts by
// `npm run gen`), not the matcher's: a page without mentions never loads the rest
// (docs/adr/0013-first-stage.md). src/detect/match.ts runs the same function as its `prefilter`.

/** What the prefilter needs of the matcher's tables (src/detect/match.ts CompiledMatcher has them all). */
export interface PrefilterTables {
  /**
   * A RegExp source (no flags): a necessary condition of the prefilter, cheap enough to run first on
   * every text (src/detect/prefilter-compile.ts sieveSource; docs/adr/0017-morphology.md, the prefilter).
   */
  sieve: string;
  /**
   * A RegExp source (flags 'g') of short keys and ignorable characters; a text that holds a
   * mention has a hit of it that prefilterRuns accepts.
   */
  prefilter: string;
  /**
   * Each key as matched (variant letters folded) → the runs of ASCII letters that may follow it
   * ('' among them when a form goes on with no ASCII letter).
   */
  prefilterRuns: Record<string, string[]>;
  /** A character class body (no 'u' flag) of the characters read as absent inside a name. */
  ignorable: string;
  /** Each variant letter → the one letter its group folds to. */
  folds: Record<string, string>;
}

const SPACE = /\s/;

/**
 * How far the prefilter looks each side of an ignorable character for the rest of its word (UTF-16
 * code units): longer than any written form's word (the longest, German
 * "aserbaidschanischen", is 19; a Hebrew or Arabic one with its prefixes stays under 25).
 */
export const PREFILTER_WORD = 48;

const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
const isAsciiLetterOrDigit = (c: number): boolean => isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);

/** How createPrefilter builds its test. */
export interface PrefilterOptions {
  /**
   * false: the prefilter's RegExp alone, without the sieve before it. Same answers (the sieve is a
   * necessary condition); cheaper where a page runs it only once, cold: the first stage
   * (src/page/first-stage.ts), whose walk on a page without mentions is the one place the test is
   * compiled and run a single time. The sieve's RegExp costs more to compile on its first use than
   * the prefilter's (ehow: a cold walk with the sieve 1.2–1.5 ms, with the prefilter's RegExp 0.9 ms;
   * docs/adr/0013-first-stage.md), and is faster only warm, on long texts (docs/adr/0017-morphology.md).
   * Default true.
   */
  sieve?: boolean;
}

/**
 * A necessary condition of the prefilter on `tables`, as one RegExp (no flags): the prefilter's own
 * RegExp, which every text the prefilter says yes to matches. For a caller that tests many texts
 * in cold code (the first stage's walk, src/page/first-stage.ts): it runs `test()` inline and calls
 * the prefilter only on a match, instead of calling the prefilter's closure for every text node
 * (Chromium 156, cold walks of ehow-1 in fresh pages: 0.6 ms inline against 0.9 ms through a
 * closure; docs/adr/0013-first-stage.md).
 */
export function prefilterPretest(tables: PrefilterTables): RegExp {
  return new RegExp(tables.prefilter);
}

/**
 * The prefilter on `tables`: `(text) => true` when `text` may hold a mention. It can say yes where
 * the matcher finds nothing ("Israel Adesanya"), never no where it finds something. Its RegExps are
 * made now (no 'u' flag: cheap to build). `options.sieve` false leaves the sieve out (same answers).
 */
export function createPrefilter(
  tables: PrefilterTables,
  options: PrefilterOptions = {},
): (text: string) => boolean {
  // No 'g' flag: test() neither reads nor moves lastIndex.
  const sieve = options.sieve === false ? undefined : new RegExp(tables.sieve);
  const prefilter = new RegExp(tables.prefilter, 'g');
  /** A key as matched, with its variant letters folded (as prefilterRuns is keyed). */
  const foldKey = (key: string): string => {
    for (let i = 0; i < key.length; i++) {
      if (Object.hasOwn(tables.folds, key.charAt(i))) {
        let folded = '';
        for (const c of key) folded += tables.folds[c] ?? c;
        return folded;
      }
    }
    return key;
  };
  /**
   * A key hit of the prefilter's RegExp is a candidate when no ASCII letter or digit precedes it and
   * the ASCII letters that follow it are one of its runs.
   */
  const prefilterAccepts = (text: string, start: number, key: string): boolean => {
    const runs = tables.prefilterRuns[foldKey(key)]!;
    if (start > 0 && isAsciiLetterOrDigit(text.charCodeAt(start - 1))) return false;
    let end = start + key.length;
    while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
    return runs.includes(text.slice(start + key.length, end));
  };
  /** Whether the hit `m` of `re` (the prefilter, or its keys alone) is accepted. */
  const accepts = (text: string, m: RegExpExecArray, onIgnorable: (at: number) => boolean): boolean =>
    Object.hasOwn(tables.prefilterRuns, foldKey(m[0]))
      ? prefilterAccepts(text, m.index, m[0])
      : onIgnorable(m.index);
  /**
   * Any accepted hit of `re` in `text`, from `first` (its first hit, already found) on; `re`'s
   * lastIndex may be anywhere.
   */
  const anyHit = (
    re: RegExp,
    text: string,
    first: RegExpExecArray | null,
    onIgnorable: (at: number) => boolean,
  ): boolean => {
    for (let m = first; m !== null; m = re.exec(text)) {
      if (accepts(text, m, onIgnorable)) return true;
      re.lastIndex = m.index + 1;
    }
    return false;
  };
  /** The first hit of `re` (flag 'g') in `text`, searched from its start. */
  const firstHit = (re: RegExp, text: string): RegExpExecArray | null => {
    re.lastIndex = 0;
    return re.exec(text);
  };
  // The keys without the ignorable branch, for the word around an ignorable character.
  const ignorableBranch = `|[${tables.ignorable}]`;
  const keysOnly = tables.prefilter.endsWith(ignorableBranch)
    ? new RegExp(tables.prefilter.slice(0, -ignorableBranch.length), 'g')
    : undefined;
  const stripIgnorables = new RegExp(`[${tables.ignorable}]`, 'g');
  /**
   * An ignorable character is a candidate only when the word around it (up to white space, at
   * most PREFILTER_WORD characters each side), read without ignorable characters, has a key hit:
   * "Aser\u00ADbaidschan" is, the zero-width non-joiners of Persian words in a page's language
   * list are not.
   */
  const ignorableInName = (text: string, at: number): boolean => {
    if (keysOnly === undefined) return true;
    let a = at;
    while (a > 0 && at - a < PREFILTER_WORD && !SPACE.test(text.charAt(a - 1))) a--;
    let b = at + 1;
    while (b < text.length && b - at < PREFILTER_WORD && !SPACE.test(text.charAt(b))) b++;
    const word = text.slice(a, b).replace(stripIgnorables, '');
    return anyHit(keysOnly, word, firstHit(keysOnly, word), () => false);
  };
  const full = (text: string, first: RegExpExecArray | null): boolean =>
    anyHit(prefilter, text, first, (at) => ignorableInName(text, at));
  // No text shorter than the shortest key has an accepted hit (an ignorable character needs a key
  // in its word too): a page's short text nodes (a separator, a bullet, a drop cap) are answered
  // without a RegExp call.
  const keys = Object.keys(tables.prefilterRuns);
  let minLength = keys.length > 0 ? Infinity : 0;
  for (const key of keys) minLength = Math.min(minLength, key.length);
  if (sieve)
    return (text) => text.length >= minLength && sieve.test(text) && full(text, firstHit(prefilter, text));
  // Without the sieve the RegExp's first search is the test: most texts end there, with no closure
  // made (the first stage runs this once per text node of the page, in cold code); a hit is passed on.
  return (text) => {
    if (text.length < minLength) return false;
    prefilter.lastIndex = 0;
    const first = prefilter.exec(text);
    return first !== null && full(text, first);
  };
}
