// Finds mentions of Brieflight's entities in plain text. No DOM: the content script runs this on
// every text node of every page, so the work is done once, up front, in createMatcher():
//
//   - All aliases, in their Title and UPPER forms, become one RegExp (`regex`, flags 'gu'):
//       (?<!W)(?:alt1|alt2|…)(?:POSSESSIVE)?(?!W)        W = [\p{L}\p{M}\p{N}]
//     The alternatives are sorted longest first, so the longest alias wins at a position
//     ("State Oil Company of Azerbaijan Republic" is one mention, not "Azerbaijan").
//     Guard rules (data/aliases.ts) are compiled into the alternatives they apply to, as negative
//     look-ahead/look-behind, so `regex` alone — e.g. in mark.js markRegExp — yields exactly the
//     spans find() returns.
//   - find() runs that RegExp with exec() and maps each match to its entity with one Map lookup
//     on the matched text (after removing a possessive / normalising white space / removing an
//     attached prefix letter, only when the plain lookup misses).
//   - test() is a cheaper pre-test: a RegExp of three-letter keys, one of which every form of every
//     alias contains. It may say true where find() finds nothing, never the reverse.
//
// Limits: see data/aliases.ts (NFC only, heuristic given-name guard, one Hebrew/Arabic prefix
// letter). A guard sees only the string it is given: in a page, a name in a separate text node
// (e.g. "Israel <a>Adesanya</a>") is not seen by the look-ahead.

import { ALIASES, GUARDS, PREFIXES, type GuardRule, type PrefixRule } from '../data/aliases';
import type { EntityId } from '../data/types';

export interface Mention {
  /** UTF-16 offsets into the searched string; text === input.slice(start, end). */
  start: number;
  end: number;
  entity: EntityId;
  /** The matched text, including a possessive ('s) if there is one. */
  text: string;
}

export interface Matcher {
  /** All mentions in `text`, sorted, never overlapping. */
  find(text: string): Mention[];
  /** False only when find(text) would return no mention. Cheaper than find(). */
  test(text: string): boolean;
  /** The one RegExp (flags 'gu') whose exec() loop yields exactly the spans of find(). */
  regex: RegExp;
}

/** A letter, combining mark or digit: none may touch a mention on either side. */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
const NOT_AFTER_WORD = `(?<!${WORD_CHAR})`;
const NOT_BEFORE_WORD = `(?!${WORD_CHAR})`;
/** 's or ’s; 'S only right after an upper-case letter ("AZERBAIJAN'S"). */
const POSSESSIVE = "(?:['\u2019](?:s|(?<=\\p{Lu}['\u2019])S))";
/** A capitalised word (upper then lower case letter) or an initial ("J. "). */
const NAME_WORD = '\\p{Lu}(?:\\p{Ll}|\\.\\s)';
/** Characters that need escaping in a 'u' RegExp outside a character class. */
const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;
/** Letters whose upper case differs in Turkish and Azerbaijani (i → İ): marks a Turkic alias. */
const TURKIC = /[İıƏəĞğŞş]/u;

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

function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(literal)
    .join('|');
}

/** One form of an alias as a path in the trie: its tokens, and what must hold after it. */
interface Path {
  /** Single characters, and ' ' for a run of white space. */
  tokens: string[];
  /** Look-around source appended after the last token (guards). */
  tail: string;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Set when a form ends here: the tails of the forms ending here (one per distinct tail). */
  ends: string[] | undefined;
}

function tokenSource(token: string): string {
  return token === ' ' ? '\\s+' : escape(token);
}

/**
 * The alternation of all paths, factored as a trie so that the engine tests each character once
 * per position. At every node longer continuations come before ending there, so the longest form
 * that fits (with its guards and the trailing word edge) wins — as with longest-first alternatives.
 * Right after the first character comes the word-edge look-behind `(?<!W.)`: it then runs only
 * where a form can begin, and the engine's first-character quick check stays intact.
 */
function trieSource(paths: readonly Path[]): string {
  const root: TrieNode = { children: new Map(), ends: undefined };
  for (const { tokens, tail } of paths) {
    let node = root;
    for (const token of tokens) {
      let next = node.children.get(token);
      if (next === undefined) {
        next = { children: new Map(), ends: undefined };
        node.children.set(token, next);
      }
      node = next;
    }
    // A form without guards makes the other tails here pointless: the guard-free end wins.
    if (tail === '' || node.ends === undefined) node.ends = tail === '' ? [''] : [tail];
    else if (!node.ends.includes('')) node.ends.push(tail);
  }
  const emit = (node: TrieNode, depth: number): string => {
    const branches: string[] = [];
    for (const [token, child] of node.children) {
      const edge = depth === 0 ? `(?<!${WORD_CHAR}.)` : '';
      branches.push(tokenSource(token) + edge + emit(child, depth + 1));
    }
    if (node.ends !== undefined) branches.push(...node.ends);
    if (branches.length === 1) return branches[0] ?? '';
    return `(?:${branches.join('|')})`;
  };
  return emit(root, 0);
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

function guardSource(rule: GuardRule, form: string, extraAllow: readonly string[]): string {
  switch (rule.kind) {
    case 'not-followed-by-name': {
      const allow = alternation([...rule.allow, ...extraAllow]);
      // Not: white space, then a capitalised word that is not an allowed word.
      return `(?!\\s+(?!(?:${allow})${NOT_BEFORE_WORD})${NAME_WORD})`;
    }
    case 'not-preceded-by': {
      const words = alternation(rule.words.flatMap(caseForms));
      // Checked after the alias is matched, so the look-behind runs only on candidates.
      return `(?<!${NOT_AFTER_WORD}(?:${words})\\s+${literal(form)})`;
    }
  }
}

export function createMatcher(
  aliases: Record<EntityId, readonly string[]> = ALIASES,
  guards: readonly GuardRule[] = GUARDS,
  prefixes: readonly PrefixRule[] = PREFIXES,
): Matcher {
  const entityOf = new Map<string, EntityId>();
  const paths: Path[] = [];
  const keys = new Set<string>();
  const extraAllow = aliasWords(aliases);

  for (const entity of Object.keys(aliases) as EntityId[]) {
    for (const alias of aliases[entity]) {
      const rules = guards.filter((g) => g.entity === entity && g.aliases.includes(alias));
      const prefix = prefixRuleFor(alias, prefixes);
      const starts = prefix ? prefixStrings(prefix) : [''];
      for (const form of caseForms(alias)) {
        for (const start of starts) {
          const written = start + form;
          const known = entityOf.get(written);
          if (known !== undefined && known !== entity) {
            throw new Error(`"${written}" is a form of both ${known} and ${entity}`);
          }
          entityOf.set(written, entity);
          const tail = rules.map((rule) => guardSource(rule, written, extraAllow)).join('');
          paths.push({ tokens: [...written.replace(/ +/g, ' ')], tail });
        }
        // The pre-test key: the start of the longest word of the form.
        const longest = form.split(' ').reduce((a, b) => (b.length > a.length ? b : a));
        keys.add(longest.slice(0, 3));
      }
    }
  }

  const source = `(?:${trieSource(paths)})${POSSESSIVE}?${NOT_BEFORE_WORD}`;
  // Two instances: find() owns its lastIndex; `regex` is handed to callers such as mark.js.
  const scanner = new RegExp(source, 'gu');
  const regex = new RegExp(source, 'gu');
  const pretest = new RegExp([...keys].map(escape).join('|'), 'u');

  function lookup(matched: string): EntityId {
    let entity = entityOf.get(matched);
    if (entity !== undefined) return entity;
    let core = matched;
    const n = core.length;
    const last = core.charCodeAt(n - 1);
    const apostrophe = core.charCodeAt(n - 2);
    if ((last === 0x73 || last === 0x53) && (apostrophe === 0x27 || apostrophe === 0x2019)) {
      core = core.slice(0, n - 2);
      entity = entityOf.get(core);
      if (entity !== undefined) return entity;
    }
    entity = entityOf.get(core.replace(/\s+/g, ' '));
    if (entity !== undefined) return entity;
    // Unreachable: every match of `scanner` is a key of entityOf plus an optional possessive.
    throw new Error(`No entity for "${matched}"`);
  }

  return {
    regex,
    test: (text) => pretest.test(text),
    find(text) {
      const found: Mention[] = [];
      if (!pretest.test(text)) return found;
      scanner.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = scanner.exec(text)) !== null) {
        const matched = m[0];
        found.push({
          start: m.index,
          end: m.index + matched.length,
          entity: lookup(matched),
          text: matched,
        });
      }
      return found;
    },
  };
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

export const matcher: Matcher = createMatcher();
