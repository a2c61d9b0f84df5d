// The prefilter's tables (src/detect/prefilter.ts): the sieve, the prefilter's keys and the runs
// of letters that may follow each, checked against every written form. Apart from match-compile.ts
// because the prefilter is its own stage (the content script's first stage reads only these).
import {
  PREFILTER_KEYS,
  IGNORABLE,
  LETTER_VARIANTS,
  LEXICON,
  type Lexeme,
  type PrefixSystemId,
} from '@/data/morphology';
import type { EntityId } from '@/data/types';
import { caseForms as langCaseForms, lexemeForms, variantFolds } from './morph';
import { TURKIC, charSource, ignorableClass } from './regexp-source';

/** An ASCII letter: after a prefilter key that no form continues with one, the key is no candidate. */
const ASCII_LETTER = /[A-Za-z]/;

/** Test aliases as lexemes: each a proper name of its entity, Hebrew and Arabic ones with their prefixes. */
export function aliasLexicon(aliases: Record<EntityId, readonly string[]>): Lexeme[] {
  return (Object.keys(aliases) as EntityId[]).flatMap((entity) =>
    aliases[entity].map((alias): Lexeme => {
      const prefixes: PrefixSystemId | undefined = /^\p{Script=Hebrew}/u.test(alias)
        ? 'hebrew'
        : /^\p{Script=Arabic}/u.test(alias)
          ? 'arabic'
          : undefined;
      const lexeme: Lexeme = {
        entity,
        lang: TURKIC.test(alias) ? 'az' : 'en',
        case: 'proper',
        stems: [alias],
      };
      if (prefixes !== undefined) lexeme.prefixes = prefixes;
      return lexeme;
    }),
  );
}

/** Test aliases' prefilter keys: the longest word of each case form, none that holds another. */
export function aliasGateKeys(lexemes: readonly Lexeme[], variants: Record<string, string>): string[] {
  const keys = new Set<string>();
  for (const lexeme of lexemes) {
    for (const form of lexemeForms(lexeme).flatMap((f) =>
      langCaseForms(f, lexeme.lang, lexeme.case, lexeme.upper !== false),
    )) {
      keys.add(form.split(' ').reduce((a, b) => (b.length > a.length ? b : a)));
    }
  }
  return [...keys]
    .filter((k) => ![...keys].some((other) => other !== k && k.includes(other)))
    .map((k) => [...k].map((c) => charSource(c, variants)).join(''));
}

/** The ASCII letters that directly follow index `i` of `s`. */
function asciiRun(s: string, i: number): string {
  let j = i;
  while (j < s.length && ASCII_LETTER.test(s.charAt(j))) j++;
  return s.slice(i, j);
}

/**
 * The prefilter of every text node (src/detect/match.ts): one RegExp (flags 'g', no 'u' flag, no
 * look-around) of `keys` and of any ignorable character (a name may hide one inside it,
 * "Aser\u00ADbaidschan"); and for each key as matched (variant letters folded), the runs of ASCII
 * letters that follow it in some written form ("baijan", "baijani" after "Azerb"). A key hit is a
 * candidate when no ASCII letter or digit stands before it and the ASCII letters after it are one
 * of its runs: "Bakugou", "Israelites", "blazer" and "Azərbaycanca" are no candidates, "Israelis"
 * and "Azərbaycanda" are. It can say yes where find() finds nothing ("Israel Adesanya"), never no
 * where find() finds something; it throws when a form has no key.
 */
export function prefilterTables(
  lexicon: readonly Lexeme[] | Record<EntityId, readonly string[]> = LEXICON,
  keys?: readonly string[],
  variants: Record<string, string> = LETTER_VARIANTS,
  ignorable: readonly (readonly [number, number])[] = IGNORABLE,
): { sieve: string; prefilter: string; prefilterRuns: Record<string, string[]> } {
  const lexemes = Array.isArray(lexicon)
    ? lexicon
    : aliasLexicon(lexicon as Record<EntityId, readonly string[]>);
  const prefilterKeys = keys ?? (Array.isArray(lexicon) ? PREFILTER_KEYS : aliasGateKeys(lexemes, variants));
  const folds = variantFolds(variants);
  const fold = (k: string): string => [...k].map((c) => folds[c] ?? c).join('');
  const re = new RegExp(prefilterKeys.join('|'), 'g');
  const runs = new Map<string, Set<string>>();
  for (const lexeme of lexemes) {
    for (const form of lexemeForms(lexeme).flatMap((f) =>
      langCaseForms(f, lexeme.lang, lexeme.case, lexeme.upper !== false),
    )) {
      let witnessed = false;
      re.lastIndex = 0;
      for (let m = re.exec(form); m !== null; m = re.exec(form)) {
        const key = fold(m[0]);
        if (!runs.has(key)) runs.set(key, new Set());
        runs.get(key)!.add(asciiRun(form, m.index + m[0].length));
        if (m.index === 0 || !/[A-Za-z0-9]/.test(form.charAt(m.index - 1))) witnessed = true;
        re.lastIndex = m.index + 1;
      }
      if (!witnessed)
        throw new Error(
          `no prefilter key starts a word of "${form}" (src/data/morphology.ts PREFILTER_KEYS)`,
        );
    }
  }
  const prefilterRuns: Record<string, string[]> = {};
  for (const key of [...runs.keys()].sort()) prefilterRuns[key] = [...runs.get(key)!].sort();
  const branches = [...prefilterKeys];
  if (ignorable.length > 0) branches.push(`[${ignorableClass(ignorable)}]`);
  return { sieve: sieveSource(prefilterKeys, ignorable), prefilter: branches.join('|'), prefilterRuns };
}

/**
 * Characters a sieve piece should not start with: frequent in page text, also as V8's RegExp skip
 * table sees them. That table (irregexp's Boyer–Moore lookahead) keeps, per position of a match,
 * the set of characters that may stand there, each modulo 128 in a two-byte string (Cyrillic
 * "а" folds onto "0", the Hebrew letters onto "P"–"j", the Arabic alefs onto quotes), and skips
 * ahead only on positions whose set holds at most SIEVE_MAX_FIRSTS values: lower-case letters,
 * white space and common punctuation at the first position made the engine stop at most
 * characters (bench/prefilter.mjs; docs/adr/0017-morphology.md).
 */
const FREQUENT_FOLD = /[a-y \t\n\r'",.\-()]/;
/** The most frequent letters of Latin text, which a piece of frequent letters only avoids too. */
const VOWEL = /[aeiou]/;
/** Irregexp's largest set of characters at one position that it still skips on (kMaxMax / 2). */
const SIEVE_MAX_FIRSTS = 16;
const SIEVE_MIN_TOKENS = 3;

/** The tokens of a prefilter key's source: one character, an escaped one, or a character class. */
function keyTokens(key: string): string[] {
  return key.match(/\[(?:\\.|[^\]\\])*\]|\\.|[\s\S]/g) ?? [];
}

/** The values (modulo 128) of the characters a key's source token stands for. */
function tokenFolds(token: string): number[] {
  const chars = token.startsWith('[') ? token.slice(1, -1).replace(/\\(.)/g, '$1') : token.replace(/^\\/, '');
  return [...chars].map((c) => c.charCodeAt(0) & 0x7f);
}

/**
 * Where a key's sieve piece starts (a token index; the piece keeps SIEVE_MIN_TOKENS at least):
 * the first start whose characters' values are rare (not FREQUENT_FOLD) and already among
 * `firsts`, else the first whose values are all rare, else one already among `firsts`, else the
 * first that is no vowel, else the key's start. Adds the chosen values to `firsts`.
 */
function pieceStart(tokens: readonly string[], firsts: Set<number>): number {
  const last = Math.max(0, tokens.length - SIEVE_MIN_TOKENS);
  const rare = (v: number): boolean => !FREQUENT_FOLD.test(String.fromCharCode(v));
  let chosen = -1;
  for (let i = 0; i <= last && chosen < 0; i++)
    if (tokenFolds(tokens[i]!).every((v) => firsts.has(v) && rare(v))) chosen = i;
  for (let i = 0; i <= last && chosen < 0; i++) if (tokenFolds(tokens[i]!).every(rare)) chosen = i;
  // A key of frequent letters only ("israel", "aserb"): a value already paid for, else a consonant.
  for (let i = 0; i <= last && chosen < 0; i++)
    if (tokenFolds(tokens[i]!).every((v) => firsts.has(v) && !VOWEL.test(String.fromCharCode(v)))) chosen = i;
  for (let i = 0; i <= last && chosen < 0; i++)
    if (!tokenFolds(tokens[i]!).some((v) => VOWEL.test(String.fromCharCode(v)))) chosen = i;
  if (chosen < 0) chosen = 0;
  for (const v of tokenFolds(tokens[chosen] ?? '')) firsts.add(v);
  return chosen;
}

/**
 * The sieve (a RegExp source, no flags): a necessary condition of the prefilter, cheap enough to run
 * on every text node, so the prefilter's own RegExp runs only on the few that pass it. Every key
 * contributes a piece (the key from a rare first character on: pieceStart), and every proper prefix of a
 * piece followed by an ignorable character (a key that ignorable characters split has its first
 * piece, up to the first of them, whole), all as one trie whose branch for each first character holds
 * both (the ignorable class is written once per first character). So every text with a key hit, or with
 * an ignorable character inside a key's letters, has a sieve hit, and text without one (most of
 * every page) fails it after one pass of the engine's skip loop.
 */
export function sieveSource(
  keys: readonly string[],
  ignorable: readonly (readonly [number, number])[] = IGNORABLE,
): string {
  interface Node {
    children: Map<string, Node>;
    end: boolean;
  }
  const root: Node = { children: new Map(), end: false };
  const firsts = new Set<number>();
  for (const key of keys) {
    const tokens = keyTokens(key);
    tokens.splice(0, pieceStart(tokens, firsts));
    let node = root;
    for (const token of tokens) {
      let next = node.children.get(token);
      if (next === undefined) node.children.set(token, (next = { children: new Map(), end: false }));
      node = next;
    }
    node.end = true;
  }
  // The pieces, and their proper prefixes before an ignorable character.
  const pieces = (node: Node): string => {
    // A piece that ends here is a hit: what could follow it does not matter.
    if (node.end) return '';
    const branches = [...node.children].map(([token, child]) => token + pieces(child));
    return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  };
  const prefixes = (node: Node): string => {
    const branches = [...node.children].filter(([, child]) => !child.end || child.children.size > 0);
    if (node.end || branches.length === 0) return '';
    const body = branches.map(([token, child]) => token + prefixes(child));
    return `(?:${body.join('|')})?`;
  };
  if (firsts.size > SIEVE_MAX_FIRSTS) {
    throw new Error(
      `the sieve's pieces start with ${firsts.size} characters (modulo 128), more than ${SIEVE_MAX_FIRSTS}: the engine would not skip (PREFILTER_KEYS)`,
    );
  }
  const trie = pieces(root);
  if (ignorable.length === 0 || root.children.size === 0) return trie;
  // Under each first token, its pieces' rest or a prefix of it then an ignorable character: a text
  // that stops the engine at a first character is read once (as two top-level branches, it was
  // read again by the second, +0.05–0.15 ms a pass: docs/adr/0017-morphology.md).
  const ign = `[${ignorableClass(ignorable)}]`;
  const branches = [...root.children].map(([token, child]) =>
    child.end ? token : `${token}(?:${pieces(child)}|${prefixes(child)}${ign})`,
  );
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

/** The prefilter's RegExp source (prefilterTables). */
export function prefilterSource(
  lexicon: readonly Lexeme[] | Record<EntityId, readonly string[]> = LEXICON,
): string {
  return prefilterTables(lexicon).prefilter;
}
