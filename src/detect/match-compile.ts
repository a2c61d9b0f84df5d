// Turns the alias data (src/data/aliases.ts) into the matcher's tables (src/detect/match.ts's
// CompiledMatcher): the prefilter, the one RegExp of every written form, the entity of each form and
// the guard rules. It runs when the tables are generated (src/detect/match.compiled.ts, written and
// checked by src/detect/match-compile.test.ts) and in tests with made-up aliases, never in the
// extension: building the trie from the aliases took 5–14 ms of a page's first mention in
// Chromium (cold code, hundreds of Map operations), the largest part of the first pass's cost.
//
// The RegExp (flags 'g'; no 'u' flag and no Unicode property class, both costly to build):
//
//     (?<![W])TRIE POSSESSIVE(?![W])      W = the letters, marks and digits of src/detect/word-chars.ts's table
//
//   - TRIE is the alternation of every written form (each alias in its Title and UPPER form, the
//     Hebrew/Arabic ones also with each prefix letter) factored as a trie, so each character is
//     tested once per position; POSSESSIVE, once after it, is 's or ’s, and 'S too after an
//     upper-case form ("AZERBAIJAN'S"). No letter, mark or digit may touch a mention. At every
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

import { GUARDS } from '@/data/aliases';
import type { GuardRule } from '@/data/guard-rules';
import {
  ENTITY_KEYS,
  PREFILTER_KEYS,
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
import { entityOfForm, foldForm, generateForms, variantFolds } from './morph';
import { TURKIC, alternation, charSource, classOf, ignorableClass, wordRanges } from './regexp-source';
import { aliasGateKeys, aliasLexicon, prefilterTables } from './prefilter-compile';

const UPPER = /^\p{Lu}$/u;

/**
 * The possessive after any form, written once after the trie: 's or ’s, and 'S after a form that
 * ends in an upper-case letter ("AZERBAIJAN'S"), which the look-behind checks on the form's last
 * character (`uppers`: the upper-case characters that end a form, variants included). Written at
 * each leaf of the trie it was 9,000 of the RegExp's 15,400 characters and doubled its compile.
 */
function possessiveSource(uppers: ReadonlySet<string>): string {
  if (uppers.size === 0) return "(?:['\u2019]s)?";
  return `(?:['\u2019]s|(?<=[${classBody([...uppers])}])['\u2019]S)?`;
}

/**
 * The script group of a form's first character, which picks its part of the RegExp: Latin (to the
 * end of IPA, U+02AF: Turkish and Azerbaijani letters included), Greek, Cyrillic, Hebrew, Arabic,
 * other. No two parts share a first character, so at most one part matches at a position.
 */
function scriptOf(c: string): string {
  const cp = c.codePointAt(0) ?? 0;
  if (cp <= 0x2af) return 'latin';
  if (cp >= 0x370 && cp <= 0x3ff) return 'greek';
  if (cp >= 0x400 && cp <= 0x52f) return 'cyrillic';
  if (cp >= 0x590 && cp <= 0x5ff) return 'hebrew';
  if (cp >= 0x600 && cp <= 0x6ff) return 'arabic';
  return 'other';
}

/** The body of a character class (no 'u' flag) of `chars`. */
function classBody(chars: readonly string[]): string {
  return [...new Set(chars)].map((c) => (/[\\\]^-]/.test(c) ? `\\${c}` : c)).join('');
}

function upper(alias: string): string {
  return TURKIC.test(alias) ? alias.toLocaleUpperCase('tr') : alias.toUpperCase();
}

/** The written form and the upper-case form of an alias (one, if they are the same). */
function caseForms(alias: string): string[] {
  const up = upper(alias);
  return up === alias ? [alias] : [alias, up];
}

/** One form as a path in the trie: single characters, and ' ' for a run of white space. */
type Path = string[];

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Whether a form ends here. */
  end: boolean;
}

/**
 * The alternation of all paths, factored as a trie so that the engine tests each character once
 * per position. At every node longer continuations come before ending there (the empty
 * alternative last), so the longest form that fits (with the possessive and the trailing word
 * edge after the trie) wins, as with longest-first alternatives. Adds to `uppers` the last
 * character of each form that ends in an upper-case letter, with its variants.
 */
function trieSource(paths: readonly Path[], variants: Record<string, string>, uppers: Set<string>): string {
  const root: TrieNode = { children: new Map(), end: false };
  for (const tokens of paths) {
    let node = root;
    for (const token of tokens) {
      let next = node.children.get(token);
      if (next === undefined) {
        next = { children: new Map(), end: false };
        node.children.set(token, next);
      }
      node = next;
    }
    node.end = true;
    const last = tokens.at(-1) ?? '';
    if (UPPER.test(last)) for (const c of [last, ...(variants[last] ?? '')]) uppers.add(c);
  }
  const emit = (node: TrieNode): string => {
    const branches: string[] = [];
    for (const [token, child] of node.children) branches.push(charSource(token, variants) + emit(child));
    if (branches.length === 0) return '';
    if (node.end) return branches.length === 1 ? `(?:${branches[0]})?` : `(?:${branches.join('|')}|)`;
    return branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
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
      const compiled: CompiledGuard = {
        kind: rule.kind,
        allow: [...new Set([...rule.allow, ...extraAllow])],
      };
      if (rule.headlineVerbEnding !== undefined) compiled.headlineVerbEnding = rule.headlineVerbEnding;
      if (rule.headlineRun !== undefined) compiled.headlineRun = rule.headlineRun;
      return compiled;
    }
    case 'not-preceded-by': {
      const sources = (rule.patterns ?? []).map((p) => `(?:${p})$`);
      if (rule.words.length > 0)
        sources.unshift(`${notAfterWord}(?:${alternation(rule.words.flatMap(caseForms))})\\s+$`);
      return { kind: rule.kind, source: sources.join('|') };
    }
    case 'not-followed-by-word':
      return { kind: rule.kind, words: [...rule.words] };
    case 'not-near':
      return { kind: rule.kind, words: rule.words.map((w) => w.toLowerCase()), window: rule.window };
  }
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
  keys: readonly (readonly [string, EntityId])[] = Array.isArray(lexicon)
    ? ENTITY_KEYS
    : aliasKeys(lexicon as Record<EntityId, readonly string[]>),
): CompiledMatcher {
  const lexemes = Array.isArray(lexicon)
    ? lexicon
    : aliasLexicon(lexicon as Record<EntityId, readonly string[]>);
  const written = generateForms(lexemes);
  const folds = variantFolds(LETTER_VARIANTS);
  for (const f of written) {
    const entity = entityOfForm(f.form, keys, folds);
    if (entity !== f.entity)
      throw new Error(`ENTITY_KEYS gives "${f.form}" ${entity ?? 'no entity'}, not ${f.entity}`);
  }
  const groups = new Map<PrefixSystemId | '', Path[]>();
  for (const f of written) {
    const group = f.prefixes ?? '';
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group)!.push([...f.form.replace(/ +/g, ' ')]);
  }
  const alternatives: string[] = [];
  const uppers = new Set<string>();
  // The same alternatives again, by the script of their first character (src/detect/match-parts.ts).
  const byScript = new Map<string, { alternatives: string[]; firsts: Set<string>; uppers: Set<string> }>();
  for (const [group, paths] of groups) {
    const trie = trieSource(paths, LETTER_VARIANTS, uppers);
    const prefix = group === '' ? '' : prefixSource(systems[group]);
    alternatives.push(`${prefix}${trie}`);
    const scripts = new Map<string, Path[]>();
    for (const path of paths) {
      const script = scriptOf(path[0] ?? '');
      if (!scripts.has(script)) scripts.set(script, []);
      scripts.get(script)!.push(path);
    }
    for (const [script, part] of scripts) {
      const entry = byScript.get(script) ?? { alternatives: [], firsts: new Set(), uppers: new Set() };
      byScript.set(script, entry);
      entry.alternatives.push(`${prefix}${trieSource(part, LETTER_VARIANTS, entry.uppers)}`);
      const firsts = part.map((path) => path[0] ?? '');
      // Each prefix slot is optional: any of its letters may start a form.
      if (group !== '')
        for (const slot of systems[group].slots) for (const o of slot) firsts.push(o.charAt(0));
      for (const c of firsts) for (const v of [c, ...(LETTER_VARIANTS[c] ?? '')]) entry.firsts.add(v);
      for (const c of entry.firsts) {
        if (scriptOf(c) !== script) throw new Error(`"${c}" starts a form of the ${script} part`);
      }
    }
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
    ...prefilterTables(
      lexemes,
      Array.isArray(lexicon) ? PREFILTER_KEYS : aliasGateKeys(lexemes, LETTER_VARIANTS),
    ),
    source: `(?<!${wordClass})(?:${alternatives.join('|')})${possessiveSource(uppers)}(?!${wordClass})`,
    parts: [...byScript.values()].map((p) => ({
      firsts: classBody([...p.firsts]),
      source: `(?<!${wordClass})(?:${p.alternatives.join('|')})${possessiveSource(p.uppers)}(?!${wordClass})`,
    })),
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
  for (const entity of Object.keys(aliases) as EntityId[])
    for (const a of aliases[entity]) keys.push([a, entity]);
  return keys.sort((a, b) => b[0].length - a[0].length);
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
