// Finds mentions of Brieflight's entities in plain text. No DOM: the content script runs this on
// every text node of every page, so the per-node check is one plain RegExp and everything else is
// built only when a page has a candidate.
//
// One RegExp describes a mention exactly (`regex`, flags 'gu'):
//
//     (?<!W)TRIE(?:POSSESSIVE)?(?!W)       W = [\p{L}\p{M}\p{N}], a letter, mark or digit
//
//   - TRIE is the alternation of every written form — each alias in its Title and UPPER form, the
//     Hebrew/Arabic ones also with each prefix letter — factored as a trie, so each character is
//     tested once per position. No letter, mark or digit may touch a mention. At every trie node, continuing
//     comes before stopping, so the longest form that fits wins ("State Oil Company of Azerbaijan
//     Republic" is one socar mention, not an azerbaijan one), exactly as with alternatives sorted
//     longest first.
//   - A space in an alias matches any run of white space (\s+).
//   - Guard rules (data/aliases.ts) are compiled into the trie leaf of the forms they apply to,
//     as negative look-ahead / look-behind. So `regex` alone — e.g. in mark.js markRegExp — yields
//     exactly the spans of find(); the tests check that.
//
// Every text node of a page first meets the gate (prefilterSource): one plain alternation of the
// shortest pieces every form contains, as cheap as any scan can be. Only text that passes it meets
// the full RegExp, which is built and compiled on the first such text, so a page without mentions
// never pays for it. The entity of a match is one Map lookup of the matched text (after removing a
// possessive / normalising white space, only when the plain lookup misses).
//
// Limits: see data/aliases.ts (NFC only, heuristic given-name guard, one Hebrew/Arabic prefix
// letter). A guard sees only the string it is given: in a page, a name in a separate text node
// ("Israel <a>Adesanya</a>") is not seen by the look-ahead.

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
  /**
   * The one RegExp (flags 'gu') of every written form with its word edges. Its exec() loop,
   * with each match kept only when accepts() says so, yields exactly the spans of find() — also
   * when run as mark.js runs it (wrap, then exec again on the rest of the text node).
   */
  regex: RegExp;
  /**
   * The guard rules (data/aliases.ts) for a match of `regex` at [start, end) of `text`: false
   * where the match is a given name ("Israel Adesanya", "Rabbi Israel").
   */
  accepts(text: string, start: number, end: number): boolean;
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

/** One RegExp per script: a \p{Script=…} class is costly to build (measured ~0.1 ms each). */
const SCRIPT_START = new Map<string, RegExp>();

function prefixRuleFor(alias: string, prefixes: readonly PrefixRule[]): PrefixRule | undefined {
  return prefixes.find((p) => {
    let re = SCRIPT_START.get(p.script);
    if (re === undefined) SCRIPT_START.set(p.script, (re = new RegExp(`^\\p{Script=${p.script}}`, 'u')));
    return re.test(alias);
  });
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
    if (tail === '' || node.ends === undefined) node.ends = [tail];
    else if (!node.ends.includes('') && !node.ends.includes(tail)) node.ends.push(tail);
  }
  const emit = (node: TrieNode, depth: number): string => {
    const branches: string[] = [];
    for (const [token, child] of node.children) {
      branches.push(tokenSource(token) + emit(child, depth + 1));
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

/** White space, then a capitalised word or an initial: the start of a name after the alias. */
const NAME_AFTER_SOURCE = `^\\s+(?=${NAME_WORD})([\\p{L}\\p{M}\\p{N}]*)`;

/**
 * A guard rule as a check of one match. Guards run in JS, not inside the RegExp: the given-name
 * allow-list (~250 words) made the RegExp four times larger and its build and compile most of the
 * cost of a page's first mention.
 */
function guardCheck(rule: GuardRule, extraAllow: readonly string[]): (text: string, start: number, end: number) => boolean {
  switch (rule.kind) {
    case 'not-followed-by-name': {
      const allow = new Set([...rule.allow, ...extraAllow]);
      const nameAfter = new RegExp(NAME_AFTER_SOURCE, 'u');
      return (text, _start, end) => {
        const next = nameAfter.exec(text.slice(end, end + 64));
        return next === null || allow.has(next[1] ?? '');
      };
    }
    case 'not-preceded-by': {
      const before = new RegExp(`${NOT_AFTER_WORD}(?:${alternation(rule.words.flatMap(caseForms))})\\s+$`, 'u');
      return (text, start) => !before.test(text.slice(Math.max(0, start - 64), start));
    }
  }
}

/**
 * The cheap gate of every text node: one plain RegExp (no look-arounds, no 'u' flag) of the
 * shortest pieces that every written form contains — "Azerbaijan" stands for "Azerbaijani" and
 * "Republic of Azerbaijan", "ישראל" for "בישראל" — in Title and UPPER case. It can say yes where
 * find() finds nothing ("Israelites"), never no where find() finds something; it is as cheap as
 * the benchmark's minimal reference scan, and building it costs next to nothing, so a page without
 * mentions never pays for the full matcher.
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
  // "Baku" is never a mention when an ASCII letter follows ("Bakugou", "Bakunin"), because no
  // form goes on with one: such a key gets a look-ahead, so those words never become candidates.
  // "Israel" goes on in "Israeli", so its key stays bare.
  const continued = (key: string): boolean =>
    forms.some((f) => {
      for (let i = f.indexOf(key); i >= 0; i = f.indexOf(key, i + 1)) {
        if (/[A-Za-z]/.test(f.charAt(i + key.length))) return true;
      }
      return false;
    });
  return minimal
    .sort((a, b) => b.length - a.length)
    .map((k) => escape(k) + (continued(k) ? '' : '(?![A-Za-z])'))
    .join('|');
}

export function createMatcher(
  aliases: Record<EntityId, readonly string[]> = ALIASES,
  guards: readonly GuardRule[] = GUARDS,
  prefixes: readonly PrefixRule[] = PREFIXES,
): Matcher {
  const gate = new RegExp(prefilterSource(aliases));
  let full: Matcher | undefined;
  // The full matcher (its trie RegExp is large to build and to compile) is made on first need.
  const build = (): Matcher => (full ??= createFullMatcher(aliases, guards, prefixes));
  return {
    get regex() {
      return build().regex;
    },
    accepts: (text, start, end) => build().accepts(text, start, end),
    test: (text) => gate.test(text),
    find: (text) => (gate.test(text) ? build().find(text) : []),
  };
}

function createFullMatcher(
  aliases: Record<EntityId, readonly string[]>,
  guards: readonly GuardRule[],
  prefixes: readonly PrefixRule[],
): Matcher {
  const entityOf = new Map<string, EntityId>();
  const paths: Path[] = [];
  const extraAllow = aliasWords(aliases);
  const checks = new Map(guards.map((rule) => [rule, guardCheck(rule, extraAllow)] as const));
  /** The guard checks of each written form that has any. */
  const guardsOf = new Map<string, ((text: string, start: number, end: number) => boolean)[]>();

  for (const entity of Object.keys(aliases) as EntityId[]) {
    for (const alias of aliases[entity]) {
      const rules = guards.filter((g) => g.entity === entity && g.aliases.includes(alias));
      const prefix = prefixRuleFor(alias, prefixes);
      const starts = prefix ? prefixStrings(prefix) : [''];
      for (const form of caseForms(alias)) {
        for (const letters of starts) {
          const written = letters + form;
          const known = entityOf.get(written);
          if (known !== undefined && known !== entity) {
            throw new Error(`"${written}" is a form of both ${known} and ${entity}`);
          }
          entityOf.set(written, entity);
          if (rules.length > 0) guardsOf.set(written, rules.map((rule) => checks.get(rule)!));
          paths.push({ tokens: [...written.replace(/ +/g, ' ')], tail: '' });
        }
      }
    }
  }

  // One language, one compile: the word-edge look-behind once in front (24 copies of it after
  // each first character compiled four times slower). This RegExp only ever runs on text that
  // passed the gate, so the slower scan of a leading look-behind costs nothing that matters.
  const source = `${NOT_AFTER_WORD}(?:${trieSource(paths)})${POSSESSIVE}?${NOT_BEFORE_WORD}`;
  const regex = new RegExp(source, 'gu');
  // find()'s own instance: mark.js moves `regex.lastIndex` while it runs. V8 compiles a source
  // and flags once, so the twin costs no second compile.
  const scan = new RegExp(source, 'gu');

  /** The form of a match: without a possessive, white space as in the alias. */
  function formOf(matched: string): string {
    if (entityOf.has(matched)) return matched;
    const n = matched.length;
    const last = matched.charCodeAt(n - 1);
    const apostrophe = matched.charCodeAt(n - 2);
    const core =
      (last === 0x73 || last === 0x53) && (apostrophe === 0x27 || apostrophe === 0x2019) ? matched.slice(0, n - 2) : matched;
    return entityOf.has(core) ? core : core.replace(/\s+/g, ' ');
  }

  function accepts(text: string, start: number, end: number): boolean {
    const rules = guardsOf.get(formOf(text.slice(start, end)));
    if (rules === undefined) return true;
    // A guard looks at what follows the form itself, so "Israel's Adesanya" stays a mention.
    const matched = text.slice(start, end);
    const possessive = entityOf.has(matched) || !/['\u2019][sS]$/.test(matched) ? 0 : 2;
    return rules.every((check) => check(text, start, end - possessive));
  }

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
    // Unreachable: every match is a written form plus an optional possessive.
    throw new Error(`No entity for "${matched}"`);
  }

  const find = (text: string): Mention[] => {
    const found: Mention[] = [];
    scan.lastIndex = 0;
    for (let m = scan.exec(text); m !== null; m = scan.exec(text)) {
      const matched = m[0];
      const end = m.index + matched.length;
      if (accepts(text, m.index, end)) found.push({ start: m.index, end, entity: lookup(matched), text: matched });
    }
    return found;
  };

  return { regex, accepts, find, test: (text) => find(text).length > 0 };
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
