// Turns the alias data (src/data/aliases.ts) into the matcher's tables (src/detect/match.ts's
// CompiledMatcher): the prefilter, the one RegExp of every written form, the entity of each form and
// the guard rules. It runs when the tables are generated (src/detect/match.compiled.ts, written and
// checked by src/detect/match-compile.test.ts) and in tests with made-up aliases, never in the
// extension: building the trie from the aliases took 5–14 ms of a page's first mention in
// Chromium (cold code, hundreds of Map operations), the largest part of the first pass's cost.
//
// The RegExp (flags 'g'; no 'u' flag and no Unicode property class, both costly to build):
//
//     (?<![W])TRIE(?![W])      W = the letters, marks and digits of src/detect/word-chars.ts's table
//
//   - TRIE is the alternation of every written form (each alias in its Title and UPPER form, the
//     Hebrew/Arabic ones also with each prefix letter) factored as a trie, so each character is
//     tested once per position, each form followed by its possessive ('s or ’s; 'S too after an
//     upper-case form: "AZERBAIJAN'S"). No letter, mark or digit may touch a mention. At every
//     trie node, continuing comes before stopping, so the longest form that fits wins ("State Oil
//     Company of Azerbaijan Republic" is one socar mention, not an azerbaijan one), exactly as
//     with alternatives sorted longest first.
//   - A space in an alias matches any run of white space (\s+).
//   - One leading look-behind for the word edge: 24 copies of it after each first character
//     compiled four times slower. Letters, marks and digits outside the table (CJK, Devanagari…)
//     are checked by the matcher's accepts().
//   - Guard rules are not in the RegExp: they are checked in JS on each match (accepts()). The
//     given-name allow-list (~250 words) made the RegExp four times larger and its compile most of
//     the cost of a page's first mention.
//
// The prefilter is what every text node of a page meets first: the sieve (sieveSource, one RegExp
// of pieces that start with rare characters, so the engine skips most of the text), then on its
// few hits the prefilter (prefilterTables: short keys, the runs that may follow them, ignorable characters).

import { GUARDS, type GuardRule } from '@/data/aliases';
import {
  ENTITY_KEYS,
  PREFILTER_KEYS,
  IGNORABLE,
  LETTER_VARIANTS,
  LEXICON,
  PREFIX_SYSTEMS,
  type Lexeme,
  type PrefixSystem,
  type PrefixSystemId,
} from '@/data/morphology';
import type { EntityId } from '@/data/types';
import type { CompiledGuard, CompiledMatcher } from './match';
import type { PrefilterTables } from './prefilter';
import { caseForms as langCaseForms, entityOfForm, foldForm, generateForms, lexemeForms, variantFolds, type WrittenForm } from './morph';
import { WORD_WINDOWS } from './word-chars';

/** A letter, combining mark or digit: none may touch a mention on either side. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UPPER = /^\p{Lu}$/u;
/** The possessive after a form: 's or ’s, and 'S after a form that ends in an upper-case letter. */
const POSSESSIVE = "(?:['\u2019]s)?";
const POSSESSIVE_AFTER_UPPER = "(?:['\u2019][sS])?";
/** Characters that need escaping in a RegExp outside a character class. */
const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;
/** Letters whose upper case differs in Turkish and Azerbaijani (i → İ): marks a Turkic alias. */
const TURKIC = /[İıƏəĞğŞş]/u;
/** An ASCII letter: after a prefilter key that no form continues with one, the key is no candidate. */
const ASCII_LETTER = /[A-Za-z]/;

function escape(s: string): string {
  return s.replace(SYNTAX, '\\$&');
}

/** The source of a literal alias form: its words joined by any run of white space. */
function literal(form: string): string {
  return form.split(' ').map(escape).join('\\s+');
}

function upper(alias: string): string {
  return TURKIC.test(alias) ? alias.toLocaleUpperCase('tr') : alias.toUpperCase();
}

/** The written form and the upper-case form of an alias (one, if they are the same). */
function caseForms(alias: string): string[] {
  const up = upper(alias);
  return up === alias ? [alias] : [alias, up];
}

function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(literal)
    .join('|');
}

/** One form as a path in the trie: single characters, and ' ' for a run of white space. */
type Path = string[];

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Set when a form ends here: what may follow it (its possessive). */
  end: string | undefined;
}

/** A character of a form as the RegExp matches it: with its LETTER_VARIANTS, a space as \s+. */
function charSource(c: string, variants: Record<string, string>): string {
  if (c === ' ') return '\\s+';
  const others = Object.hasOwn(variants, c) ? variants[c]! : '';
  if (others === '') return escape(c);
  return `[${[c, ...others].map((x) => (/[\\\]^-]/.test(x) ? `\\${x}` : x)).join('')}]`;
}

/**
 * The alternation of all paths, factored as a trie so that the engine tests each character once
 * per position, each form followed by its possessive. At every node longer continuations come
 * before ending there, so the longest form that fits (with the trailing word edge) wins, as with
 * longest-first alternatives.
 */
function trieSource(paths: readonly Path[], variants: Record<string, string>): string {
  const root: TrieNode = { children: new Map(), end: undefined };
  for (const tokens of paths) {
    let node = root;
    for (const token of tokens) {
      let next = node.children.get(token);
      if (next === undefined) {
        next = { children: new Map(), end: undefined };
        node.children.set(token, next);
      }
      node = next;
    }
    node.end = UPPER.test(tokens.at(-1) ?? '') ? POSSESSIVE_AFTER_UPPER : POSSESSIVE;
  }
  const emit = (node: TrieNode): string => {
    const branches: string[] = [];
    for (const [token, child] of node.children) branches.push(charSource(token, variants) + emit(child));
    if (node.end !== undefined) branches.push(node.end);
    if (branches.length === 1) return branches[0] ?? '';
    return `(?:${branches.join('|')})`;
  };
  return emit(root);
}

/** The optional, stacked prefix letters of a prefix system, as a RegExp source. */
function prefixSource(system: PrefixSystem): string {
  return system.slots.map((slot) => `(?:${alternation(slot)})?`).join('');
}

function compileGuard(rule: GuardRule, extraAllow: readonly string[], notAfterWord: string): CompiledGuard {
  switch (rule.kind) {
    case 'not-followed-by-name': {
      const compiled: CompiledGuard = { kind: rule.kind, allow: [...new Set([...rule.allow, ...extraAllow])] };
      if (rule.headlineVerbEnding !== undefined) compiled.headlineVerbEnding = rule.headlineVerbEnding;
      if (rule.headlineRun !== undefined) compiled.headlineRun = rule.headlineRun;
      return compiled;
    }
    case 'not-preceded-by': {
      const sources = (rule.patterns ?? []).map((p) => `(?:${p})$`);
      if (rule.words.length > 0) sources.unshift(`${notAfterWord}(?:${alternation(rule.words.flatMap(caseForms))})\\s+$`);
      return { kind: rule.kind, source: sources.join('|') };
    }
    case 'not-followed-by-word':
      return { kind: rule.kind, words: [...rule.words] };
    case 'not-near':
      return { kind: rule.kind, words: rule.words.map((w) => w.toLowerCase()), window: rule.window };
  }
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
function classOf(ranges: readonly number[]): string {
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

/** Test aliases as lexemes: each a proper name of its entity, Hebrew and Arabic ones with their prefixes. */
export function aliasLexicon(aliases: Record<EntityId, readonly string[]>): Lexeme[] {
  return (Object.keys(aliases) as EntityId[]).flatMap((entity) =>
    aliases[entity].map((alias): Lexeme => {
      const prefixes: PrefixSystemId | undefined = /^\p{Script=Hebrew}/u.test(alias)
        ? 'hebrew'
        : /^\p{Script=Arabic}/u.test(alias)
          ? 'arabic'
          : undefined;
      const lexeme: Lexeme = { entity, lang: TURKIC.test(alias) ? 'az' : 'en', case: 'proper', stems: [alias] };
      if (prefixes !== undefined) lexeme.prefixes = prefixes;
      return lexeme;
    }),
  );
}

/** Test aliases' prefilter keys: the longest word of each case form, none that holds another. */
function aliasGateKeys(lexemes: readonly Lexeme[], variants: Record<string, string>): string[] {
  const keys = new Set<string>();
  for (const lexeme of lexemes) {
    for (const form of lexemeForms(lexeme).flatMap((f) => langCaseForms(f, lexeme.lang, lexeme.case, lexeme.upper !== false))) {
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
 * where find() finds something; src/detect/match-compile.ts throws when a form has no key.
 */
export function prefilterTables(
  lexicon: readonly Lexeme[] | Record<EntityId, readonly string[]> = LEXICON,
  keys?: readonly string[],
  variants: Record<string, string> = LETTER_VARIANTS,
  ignorable: readonly (readonly [number, number])[] = IGNORABLE,
): { sieve: string; prefilter: string; prefilterRuns: Record<string, string[]> } {
  const lexemes = Array.isArray(lexicon) ? lexicon : aliasLexicon(lexicon as Record<EntityId, readonly string[]>);
  const prefilterKeys = keys ?? (Array.isArray(lexicon) ? PREFILTER_KEYS : aliasGateKeys(lexemes, variants));
  const folds = variantFolds(variants);
  const fold = (k: string): string => [...k].map((c) => folds[c] ?? c).join('');
  const re = new RegExp(prefilterKeys.join('|'), 'g');
  const runs = new Map<string, Set<string>>();
  for (const lexeme of lexemes) {
    for (const form of lexemeForms(lexeme).flatMap((f) => langCaseForms(f, lexeme.lang, lexeme.case, lexeme.upper !== false))) {
      let witnessed = false;
      re.lastIndex = 0;
      for (let m = re.exec(form); m !== null; m = re.exec(form)) {
        const key = fold(m[0]);
        if (!runs.has(key)) runs.set(key, new Set());
        runs.get(key)!.add(asciiRun(form, m.index + m[0].length));
        if (m.index === 0 || !/[A-Za-z0-9]/.test(form.charAt(m.index - 1))) witnessed = true;
        re.lastIndex = m.index + 1;
      }
      if (!witnessed) throw new Error(`no prefilter key starts a word of "${form}" (src/data/morphology.ts PREFILTER_KEYS)`);
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
  for (let i = 0; i <= last && chosen < 0; i++) if (tokenFolds(tokens[i]!).every((v) => firsts.has(v) && rare(v))) chosen = i;
  for (let i = 0; i <= last && chosen < 0; i++) if (tokenFolds(tokens[i]!).every(rare)) chosen = i;
  // A key of frequent letters only ("israel", "aserb"): a value already paid for, else a consonant.
  for (let i = 0; i <= last && chosen < 0; i++) if (tokenFolds(tokens[i]!).every((v) => firsts.has(v) && !VOWEL.test(String.fromCharCode(v)))) chosen = i;
  for (let i = 0; i <= last && chosen < 0; i++) if (!tokenFolds(tokens[i]!).some((v) => VOWEL.test(String.fromCharCode(v)))) chosen = i;
  if (chosen < 0) chosen = 0;
  for (const v of tokenFolds(tokens[chosen] ?? '')) firsts.add(v);
  return chosen;
}

/**
 * The sieve (a RegExp source, no flags): a necessary condition of the prefilter, cheap enough to run
 * on every text node, so the prefilter's own RegExp runs only on the few that pass it. Every key
 * contributes a piece (the key from a rare first character on: pieceStart), and every proper prefix of a
 * piece followed by an ignorable character (a key that ignorable characters split has its first
 * piece, up to the first of them, whole), all as one trie. So every text with a key hit, or with
 * an ignorable character inside a key's letters, has a sieve hit, and text without one (most of
 * every page) fails it after one pass of the engine's skip loop.
 */
export function sieveSource(keys: readonly string[], ignorable: readonly (readonly [number, number])[] = IGNORABLE): string {
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
  // The pieces, and (the ignorable class written once) their proper prefixes before one.
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
    throw new Error(`the sieve's pieces start with ${firsts.size} characters (modulo 128), more than ${SIEVE_MAX_FIRSTS}: the engine would not skip (PREFILTER_KEYS)`);
  }
  const heads = [...root.children].map(([token, child]) => token + prefixes(child));
  const trie = pieces(root);
  if (ignorable.length === 0 || heads.length === 0) return trie;
  return `${trie}|(?:${heads.join('|')})[${ignorableClass(ignorable)}]`;
}

/** The prefilter's RegExp source (prefilterTables). */
export function prefilterSource(lexicon: readonly Lexeme[] | Record<EntityId, readonly string[]> = LEXICON): string {
  return prefilterTables(lexicon).prefilter;
}

/**
 * The matcher's tables for this lexicon (or, in tests, these plain aliases: proper names, Hebrew
 * and Arabic ones with their prefix letters), guards and prefix systems. Throws when one written
 * form belongs to two entities, or when ENTITY_KEYS gives a form another entity than its own.
 */
export function compileMatcher(
  lexicon: readonly Lexeme[] | Record<EntityId, readonly string[]> = LEXICON,
  guards: readonly GuardRule[] = GUARDS,
  systems: Record<PrefixSystemId, PrefixSystem> = PREFIX_SYSTEMS,
  keys: readonly (readonly [string, EntityId])[] = Array.isArray(lexicon) ? ENTITY_KEYS : aliasKeys(lexicon as Record<EntityId, readonly string[]>),
): CompiledMatcher {
  const lexemes = Array.isArray(lexicon) ? lexicon : aliasLexicon(lexicon as Record<EntityId, readonly string[]>);
  const written = generateForms(lexemes);
  const folds = variantFolds(LETTER_VARIANTS);
  for (const f of written) {
    const entity = entityOfForm(f.form, keys, folds);
    if (entity !== f.entity) throw new Error(`ENTITY_KEYS gives "${f.form}" ${entity ?? 'no entity'}, not ${f.entity}`);
  }
  const groups = new Map<PrefixSystemId | '', Path[]>();
  for (const f of written) {
    const group = f.prefixes ?? '';
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group)!.push([...f.form.replace(/ +/g, ' ')]);
  }
  const alternatives: string[] = [];
  for (const [group, paths] of groups) {
    const trie = trieSource(paths, LETTER_VARIANTS);
    alternatives.push(group === '' ? trie : `${prefixSource(systems[group])}${trie}`);
  }
  const guarded: Record<string, string[]> = {};
  for (const rule of guards) {
    for (const alias of rule.aliases) {
      for (const form of caseForms(alias)) (guarded[form] ??= []).push(rule.id);
    }
  }
  const word = wordRanges();
  const wordClass = `[${classOf(word)}]`;
  // A capitalised word after "Israel" that is itself a name is allowed at run time (the prefilter
  // says yes to it), so the allow-list need not carry every written form.
  const extraAllow: string[] = [];
  const compiledGuards: Record<string, CompiledGuard> = {};
  for (const rule of guards) {
    if (Object.hasOwn(compiledGuards, rule.id)) throw new Error(`two guard rules have the id ${rule.id}`);
    compiledGuards[rule.id] = compileGuard(rule, extraAllow, `(?<!${wordClass})`);
  }
  return {
    ...prefilterTables(lexemes, Array.isArray(lexicon) ? PREFILTER_KEYS : aliasGateKeys(lexemes, LETTER_VARIANTS)),
    source: `(?<!${wordClass})(?:${alternatives.join('|')})(?!${wordClass})`,
    word,
    ignorable: ignorableClass(),
    folds,
    keys: keys.map(([key, entity]) => [foldForm(key, folds), entity]),
    guarded,
    guards: compiledGuards,
  };
}

/** Entity keys for test aliases: each alias itself, longest first. */
function aliasKeys(aliases: Record<EntityId, readonly string[]>): [string, EntityId][] {
  const keys: [string, EntityId][] = [];
  for (const entity of Object.keys(aliases) as EntityId[]) for (const a of aliases[entity]) keys.push([a, entity]);
  return keys.sort((a, b) => b[0].length - a[0].length);
}

/** Every written form of the lexicon (for tests and the evaluation). */
export function writtenForms(lexicon: readonly Lexeme[] = LEXICON): WrittenForm[] {
  return generateForms(lexicon);
}

/** The text of src/detect/match.compiled.ts for `compiled` (src/detect/match-compile.test.ts writes it). */
export function compiledModule(compiled: CompiledMatcher): string {
  return [
    '// Generated from src/data/morphology.ts and src/data/aliases.ts by src/detect/match-compile.ts. Do not edit:',
    '// run `npm run gen`. src/detect/match-compile.test.ts fails when this file is not what the data gives.',
    "import type { CompiledMatcher } from './match';",
    '',
    `export const COMPILED_MATCHER: CompiledMatcher = ${JSON.stringify(compiled, null, 2)};`,
    '',
  ].join('\n');
}

/**
 * The text of src/detect/prefilter.compiled.ts: only the tables the prefilter needs (sieve, prefilter, prefilterRuns,
 * ignorable, folds), for the content script's first stage (docs/adr/0013-first-stage.md).
 */
export function prefilterModule(compiled: CompiledMatcher): string {
  const tables: PrefilterTables = {
    sieve: compiled.sieve,
    prefilter: compiled.prefilter,
    prefilterRuns: compiled.prefilterRuns,
    ignorable: compiled.ignorable,
    folds: compiled.folds,
  };
  return [
    '// Generated from src/data/morphology.ts and src/data/aliases.ts by src/detect/match-compile.ts. Do not edit:',
    '// run `npm run gen`. src/detect/match-compile.test.ts fails when this file is not what the data gives.',
    "import type { PrefilterTables } from './prefilter';",
    '',
    `export const PREFILTER: PrefilterTables = ${JSON.stringify(tables)};`,
    '',
  ].join('\n');
}
