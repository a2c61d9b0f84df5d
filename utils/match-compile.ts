// Turns the alias data (data/aliases.ts) into the matcher's tables (utils/match.ts's
// CompiledMatcher): the gate, the one RegExp of every written form, the entity of each form and
// the guard rules. It runs when the tables are generated (utils/match.compiled.ts, written and
// checked by utils/match-compile.test.ts) and in tests with made-up aliases, never in the
// extension: building the trie from the aliases took 5–14 ms of a page's first mention in
// Chromium (cold code, hundreds of Map operations), the largest part of the first pass's cost.
//
// The RegExp (flags 'g'; no 'u' flag and no Unicode property class, both costly to build):
//
//     (?<![W])TRIE(?![W])      W = the letters, marks and digits of utils/word-chars.ts's table
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
// The gate (prefilterSource) is what every text node of a page meets first: a plain alternation of
// the shortest pieces every form contains.

import { ALIASES, GUARDS, PREFIXES, type GuardRule, type PrefixRule } from '../data/aliases';
import type { EntityId } from '../data/types';
import type { CompiledGuard, CompiledMatcher } from './match';
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
/** An ASCII letter: after a gate key that no form continues with one, the key is no candidate. */
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

function prefixRuleFor(alias: string, prefixes: readonly PrefixRule[]): PrefixRule | undefined {
  return prefixes.find((p) => new RegExp(`^\\p{Script=${p.script}}`, 'u').test(alias));
}

/** "", and every string of 1 … max prefix letters. */
function prefixStrings(rule: PrefixRule): string[] {
  let level = [''];
  const all = [''];
  for (let i = 0; i < rule.max; i++) {
    level = level.flatMap((s) => [...rule.letters].map((letter) => s + letter));
    all.push(...level);
  }
  return all;
}

function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(literal)
    .join('|');
}

/** One form of an alias as a path in the trie: single characters, and ' ' for a run of white space. */
type Path = string[];

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Set when a form ends here: what may follow it (its possessive). */
  end: string | undefined;
}

function tokenSource(token: string): string {
  return token === ' ' ? '\\s+' : escape(token);
}

/**
 * The alternation of all paths, factored as a trie so that the engine tests each character once
 * per position, each form followed by its possessive. At every node longer continuations come
 * before ending there, so the longest form that fits (with the trailing word edge) wins, as with
 * longest-first alternatives.
 */
function trieSource(paths: readonly Path[]): string {
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
    for (const [token, child] of node.children) branches.push(tokenSource(token) + emit(child));
    if (node.end !== undefined) branches.push(node.end);
    if (branches.length === 1) return branches[0] ?? '';
    return `(?:${branches.join('|')})`;
  };
  return emit(root);
}

/** Every word that begins with a capital in some alias: allowed after "Israel" ("Israel Azerbaijan"). */
function aliasWords(aliases: Record<EntityId, readonly string[]>): string[] {
  const words: string[] = [];
  for (const list of Object.values(aliases)) {
    for (const alias of list) {
      for (const word of alias.split(' ')) if (/^\p{Lu}/u.test(word)) words.push(word);
    }
  }
  return words;
}

function compileGuard(rule: GuardRule, extraAllow: readonly string[], notAfterWord: string): CompiledGuard {
  switch (rule.kind) {
    case 'not-followed-by-name':
      return { kind: rule.kind, allow: [...new Set([...rule.allow, ...extraAllow])] };
    case 'not-preceded-by':
      return {
        kind: rule.kind,
        source: `${notAfterWord}(?:${alternation(rule.words.flatMap(caseForms))})\\s+$`,
      };
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

/**
 * The cheap gate of every text node: one plain RegExp (no 'u' flag, no look-behind) of the
 * shortest pieces that every written form contains ("Azerbaijan" stands for "Azerbaijani" and
 * "Republic of Azerbaijan", "ישראל" for "בישראל") in Title and UPPER case, each followed by the
 * ASCII letters forms go on with, if any, and then no further ASCII letter: "Bakugou",
 * "Israelites" and "Azərbaycanca" are no candidates, "Israelis" and "Azərbaycanda" are. It can say
 * yes where find() finds nothing ("xIsrael", "Israel Adesanya"), never no where find() finds
 * something; it is about as cheap as the benchmark's minimal reference scan.
 */
export function prefilterSource(aliases: Record<EntityId, readonly string[]> = ALIASES): string {
  const keys = new Set<string>();
  const forms: string[] = [];
  for (const list of Object.values(aliases)) {
    for (const alias of list) {
      for (const form of caseForms(alias)) {
        forms.push(form);
        // A form with spaces matches any white space between its words: gate on its longest word.
        const words = form.split(' ');
        keys.add(words.reduce((a, b) => (b.length > a.length ? b : a)));
      }
    }
  }
  const minimal = [...keys].filter((k) => ![...keys].some((other) => other !== k && k.includes(other)));
  /** The runs of ASCII letters that follow `key` in some form ("i", "is" after "Azerbaijan"). */
  const continuations = (key: string): string[] => {
    const runs = new Set<string>();
    for (const f of forms) {
      for (let i = f.indexOf(key); i >= 0; i = f.indexOf(key, i + 1)) {
        let j = i + key.length;
        while (j < f.length && ASCII_LETTER.test(f.charAt(j))) j++;
        if (j > i + key.length) runs.add(f.slice(i + key.length, j));
      }
    }
    return [...runs].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  };
  return minimal
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((k) => {
      const runs = continuations(k);
      const tail = runs.length > 0 ? `(?:${runs.map(escape).join('|')})?` : '';
      return `${escape(k)}${tail}(?![A-Za-z])`;
    })
    .join('|');
}

/**
 * The matcher's tables for these aliases, guards and prefix rules. Throws when one written form
 * belongs to two entities.
 */
export function compileMatcher(
  aliases: Record<EntityId, readonly string[]> = ALIASES,
  guards: readonly GuardRule[] = GUARDS,
  prefixes: readonly PrefixRule[] = PREFIXES,
): CompiledMatcher {
  const forms: Record<string, EntityId> = {};
  const guarded: Record<string, string[]> = {};
  const paths: Path[] = [];
  for (const entity of Object.keys(aliases) as EntityId[]) {
    for (const alias of aliases[entity]) {
      const ids = guards.filter((g) => g.entity === entity && g.aliases.includes(alias)).map((g) => g.id);
      const prefix = prefixRuleFor(alias, prefixes);
      const starts = prefix ? prefixStrings(prefix) : [''];
      for (const form of caseForms(alias)) {
        for (const letters of starts) {
          const written = letters + form;
          const known = Object.hasOwn(forms, written) ? forms[written] : undefined;
          if (known !== undefined && known !== entity) {
            throw new Error(`"${written}" is a form of both ${known} and ${entity}`);
          }
          forms[written] = entity;
          if (ids.length > 0) guarded[written] = ids;
          paths.push([...written.replace(/ +/g, ' ')]);
        }
      }
    }
  }
  const word = wordRanges();
  const wordClass = `[${classOf(word)}]`;
  const extraAllow = aliasWords(aliases);
  const compiledGuards: Record<string, CompiledGuard> = {};
  for (const rule of guards) {
    if (Object.hasOwn(compiledGuards, rule.id)) throw new Error(`two guard rules have the id ${rule.id}`);
    compiledGuards[rule.id] = compileGuard(rule, extraAllow, `(?<!${wordClass})`);
  }
  return {
    gate: prefilterSource(aliases),
    source: `(?<!${wordClass})${trieSource(paths)}(?!${wordClass})`,
    word,
    forms,
    guarded,
    guards: compiledGuards,
  };
}

/** The text of utils/match.compiled.ts for `compiled` (utils/match-compile.test.ts writes it). */
export function compiledModule(compiled: CompiledMatcher): string {
  return [
    '// Generated from data/aliases.ts by utils/match-compile.ts. Do not edit: run `npm run gen`.',
    '// utils/match-compile.test.ts fails when this file is not what the alias data gives.',
    "import type { CompiledMatcher } from './match';",
    '',
    `export const COMPILED_MATCHER: CompiledMatcher = ${JSON.stringify(compiled, null, 2)};`,
    '',
  ].join('\n');
}
