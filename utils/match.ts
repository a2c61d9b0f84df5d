// Finds mentions of Brieflight's entities in plain text. No DOM: the content script runs this on
// every text node of every page, so all work that can be is done once, in createMatcher().
//
// One RegExp describes a mention exactly (`regex`, flags 'gu'):
//
//     TRIE(?:POSSESSIVE)?(?!W)             W = [\p{L}\p{M}\p{N}], a letter, mark or digit
//
//   - TRIE is the alternation of every written form — each alias in its Title and UPPER form, the
//     Hebrew/Arabic ones also with each prefix letter — factored as a trie, so each character is
//     tested once per position. Right after the first character stands the word-edge look-behind
//     (?<!W.): no letter, mark or digit may precede the mention. At every trie node, continuing
//     comes before stopping, so the longest form that fits wins ("State Oil Company of Azerbaijan
//     Republic" is one socar mention, not an azerbaijan one), exactly as with alternatives sorted
//     longest first.
//   - A space in an alias matches any run of white space (\s+).
//   - Guard rules (data/aliases.ts) are compiled into the trie leaf of the forms they apply to,
//     as negative look-ahead / look-behind. So `regex` alone — e.g. in mark.js markRegExp — yields
//     exactly the spans of find(); the tests check that.
//
// find() does not run that RegExp over the whole string: V8's fast skip-ahead over text gives up
// on a large alternation mixing scripts (measured ~4× slower than a plain scan on two-byte text).
// Instead every written form begins with one of a few keys (its first KEY characters); a plain
// RegExp of keys per script finds candidate positions cheaply, and the same language, sticky
// (`verifier`: the look-behind written once in front, which compiles faster), is tried only there. Keys of non-Latin scripts are searched only when the text contains one of
// their first characters (one cheap character-class gate). Candidates are visited in order and
// skipped inside a mention already found, so the result equals the global scan of `regex`.
// The entity of a match is one Map lookup of the matched text (after removing a possessive /
// normalising white space, only when the plain lookup misses).
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
 * With `edgeAfterFirst`, the word-edge look-behind `(?<!W.)` stands right after the first
 * character: it then runs only where a form can begin, and V8's skip-ahead stays intact (a leading
 * `(?<!W)` made a global scan ~10× slower on two-byte text).
 */
function trieSource(paths: readonly Path[], edgeAfterFirst: boolean): string {
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
      const edge = depth === 0 && edgeAfterFirst ? `(?<!${WORD_CHAR}.)` : '';
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
      // As a trie: a plain alternation of ~250 words makes the RegExp several times slower to compile.
      const allow = trieSource(
        [...new Set([...rule.allow, ...extraAllow])].map((w) => ({ tokens: [...w], tail: '' })),
        false,
      );
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

/** The script whose keys are always searched; other scripts only behind the gate. */
const PRIMARY_SCRIPT = 'Latin';
const SCRIPTS = [PRIMARY_SCRIPT, 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Hebrew', 'Arabic'];

function scriptOf(form: string): string {
  return SCRIPTS.find((script) => new RegExp(`^\\p{Script=${script}}`, 'u').test(form)) ?? 'Other';
}

function classEscape(s: string): string {
  return s.replace(/[\\\]\[^-]/g, '\\$&');
}

/** Candidate finder for the forms of one script: a global RegExp of their keys. */
interface KeyGroup {
  keys: RegExp;
  gated: boolean;
  /** The next candidate position while find() runs; -1 when there is none. */
  next: number;
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
  for (const list of Object.values(aliases)) {
    for (const alias of list) {
      for (const form of caseForms(alias)) {
        // A form with spaces matches any white space between its words: gate on its longest word.
        const words = form.split(' ');
        keys.add(words.reduce((a, b) => (b.length > a.length ? b : a)));
      }
    }
  }
  const minimal = [...keys].filter((k) => ![...keys].some((other) => other !== k && k.includes(other)));
  return minimal.sort((a, b) => b.length - a.length).map(escape).join('|');
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
          const tail = rules.map((rule) => guardSource(rule, written, extraAllow)).join('');
          paths.push({ tokens: [...written.replace(/ +/g, ' ')], tail });
        }
      }
    }
  }

  const end = `${POSSESSIVE}?${NOT_BEFORE_WORD}`;
  const regex = new RegExp(`(?:${trieSource(paths, true)})${end}`, 'gu');
  // The same language with the word-edge look-behind once, in front: it compiles in a third of
  // the time, and anchored at a candidate it is as fast. (For a scan it is not: see trieSource.)
  const verifier = new RegExp(`${NOT_AFTER_WORD}(?:${trieSource(paths, false)})${end}`, 'uy');

  // Keys: the first KEY UTF-16 units of every written form, all of the same length so that a
  // key's start is keys.lastIndex - KEY. KEY stops before the first space of any form (a space
  // stands for any white space) and never splits a surrogate pair.
  const written = [...entityOf.keys()];
  const KEY = Math.min(3, ...written.map((w) => w.split(' ')[0]?.length ?? 0));
  if (KEY < 1) throw new Error('An alias begins with a space');
  const byScript = new Map<string, Set<string>>();
  for (const w of written) {
    const key = w.slice(0, KEY);
    if (/[\uD800-\uDBFF]$/.test(key)) throw new Error(`Key "${key}" splits a surrogate pair`);
    const script = scriptOf(w);
    let set = byScript.get(script);
    if (set === undefined) byScript.set(script, (set = new Set()));
    set.add(key);
  }
  const groups: KeyGroup[] = [];
  let gateChars = '';
  for (const [script, keys] of byScript) {
    const gated = script !== PRIMARY_SCRIPT;
    if (gated) for (const key of keys) gateChars += key.charAt(0);
    groups.push({ keys: new RegExp([...keys].map(escape).join('|'), 'gu'), gated, next: -1 });
  }
  const gate = new RegExp(`[${classEscape([...new Set(gateChars)].join(''))}]`, 'u');

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

  /** Sets each group's first candidate; false if there is none at all. */
  function seek(text: string): boolean {
    const gateOpen = gateChars !== '' && gate.test(text);
    let any = false;
    for (const group of groups) {
      group.next = -1;
      if (group.gated && !gateOpen) continue;
      group.keys.lastIndex = 0;
      if (group.keys.test(text)) {
        group.next = group.keys.lastIndex - KEY;
        any = true;
      }
    }
    return any;
  }

  return {
    regex,
    test: seek,
    find(text) {
      const found: Mention[] = [];
      if (!seek(text)) return found;
      let done = 0; // end of the last mention: candidates before it are inside it
      for (;;) {
        let group: KeyGroup | undefined;
        for (const g of groups) {
          if (g.next >= 0 && (group === undefined || g.next < group.next)) group = g;
        }
        if (group === undefined) return found;
        const at = group.next;
        if (at >= done) {
          verifier.lastIndex = at;
          if (verifier.test(text)) {
            done = verifier.lastIndex;
            const matched = text.slice(at, done);
            found.push({ start: at, end: done, entity: lookup(matched), text: matched });
          }
        }
        // Next candidate of this group: after this one (a whole code point), not inside a mention.
        const high = text.charCodeAt(at) >> 10 === 0x36; // 0xD800–0xDBFF
        group.keys.lastIndex = Math.max(at + (high ? 2 : 1), done);
        group.next = group.keys.test(text) ? group.keys.lastIndex - KEY : -1;
      }
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
