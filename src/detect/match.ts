// Finds mentions of Brieflight's entities in plain text. No DOM: the content script runs this on every
// text node of every page, so the per-node check is the prefilter and the rest waits for a candidate.
//
// The matcher runs on tables made from src/data/morphology.ts (every language's forms, by rule) and
// src/data/aliases.ts (the guard rules) ahead of time (src/detect/match-compile.ts, generated into
// src/detect/match.compiled.ts): the prefilter every text node meets, the one RegExp of every written form,
// the entity keys and the guard rules. The page pays only for turning the sources into RegExps,
// and the full one only on its first candidate text. The entity of a match is the first entity
// key its folded text contains (docs/adr/0017-morphology.md).
//
// No RegExp here has the 'u' flag or a Unicode property class: building one costs about a
// millisecond in Chromium, and a page's first mention paid for three. The word edges ("no letter,
// mark or digit touches a mention") are checked by the RegExp for the characters of
// src/detect/word-chars.ts's table and by accepts() for the rest; the guards run in JS.
//
// Ignorable characters (soft hyphen, zero-width characters, tatweel, vowel marks) inside a name:
// find() reads past them; the RegExp alone (mark.js in element-marks mode) does not.
//
// Limits: NFC text only; the guards are heuristics (src/data/aliases.ts). A guard sees only the
// string it is given: in a page, a name in a separate text node ("Israel <a>Adesanya</a>") is not
// seen by the look-ahead. A form directly followed by a letter, mark or digit beyond the table
// (U+0800 on, outside General Punctuation; a CJK character, say) is refused whole: a shorter form
// it starts with is not tried ("Israel's漢" is no mention, as "Israel'sx" would have given
// "Israel" through the RegExp's own backtracking).

import type { EntityId } from '@/data/types';
import { COMPILED_MATCHER } from './match.compiled';
import { createPartMatcher, type MatchPart } from './match-parts';
import { createPrefilter } from './prefilter';
import { codePointBefore, inWordWindows, wordChars, type WordChars } from './word-chars';

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
  prefilter(text: string): boolean;
  /**
   * The one RegExp (flags 'g') of every written form. Its exec() loop, keeping each match that
   * accepts() accepts and going on at the match's start + 1 after one it refuses, yields exactly
   * the spans of find() on text without ignorable characters, also when run as mark.js runs it
   * (wrap, then exec again on the rest of the text node).
   */
  regex: RegExp;
  /**
   * Whether a match of `regex` at [start, end) of `text` is a mention: no letter, mark or digit
   * touches it (the RegExp checks the common ones itself), and the guard rules (src/data/aliases.ts)
   * do not make it a given name ("Israel Adesanya", "Rabbi Israel").
   */
  accepts(text: string, start: number, end: number): boolean;
  /**
   * The entity of a whole match of `regex` (as mark.js hands it over: the matched text alone);
   * undefined for a text that is not one. A table lookup: no RegExp runs.
   */
  entityOf(matched: string): EntityId | undefined;
}

/** A guard rule, ready to check (src/data/aliases.ts GuardRule says what each kind means). */
export type CompiledGuard =
  /**
   * Not a mention when white space and a capitalised word not in `allow` follow, unless that
   * word ends with `headlineVerbEnding` and another capitalised word follows it (a headline).
   * A quoted nickname right after the match is skipped first (withoutNickname).
   */
  | { kind: 'not-followed-by-name'; allow: string[]; headlineVerbEnding?: string; headlineRun?: number }
  /**
   * Not a mention when the text before it ends with a match of `source` (flags 'g') that no
   * letter, mark or digit precedes.
   */
  | { kind: 'not-preceded-by'; source: string }
  /**
   * Not a mention when white space and one of `words` follow (trailing punctuation aside), after a
   * quoted nickname if one follows the match (withoutNickname).
   */
  | { kind: 'not-followed-by-word'; words: string[] }
  /** Not a mention when one of `words` (lower case) stands within `window` characters, in any case. */
  | { kind: 'not-near'; words: string[]; window: number };

/** The matcher's tables (made by src/detect/match-compile.ts). */
export interface CompiledMatcher {
  /**
   * The sieve: a RegExp source (no flags) that every text the prefilter says yes to matches; run on
   * every text node first, so the prefilter's own RegExp runs only on the few that pass it
   * (src/detect/prefilter-compile.ts sieveSource; docs/adr/0017-morphology.md, the prefilter's cost).
   */
  sieve: string;
  /**
   * The prefilter: a RegExp source (flags 'g') of short keys and ignorable characters; a text that
   * holds a mention has a hit of it that prefilterRuns accepts.
   */
  prefilter: string;
  /**
   * Each key as matched (variant letters folded) → the runs of ASCII letters that may follow it
   * ('' among them when a form goes on with no ASCII letter).
   */
  prefilterRuns: Record<string, string[]>;
  /**
   * The RegExp source (flags 'g') of every written form with its possessive, and its word edges
   * as far as WORD_WINDOWS go (a letter, mark or digit beyond them is checked by accepts()).
   */
  source: string;
  /** `source` in parts by the script of the forms' first characters (src/detect/match-parts.ts). */
  parts: MatchPart[];
  /** The letters, marks and digits of src/detect/word-chars.ts's WORD_WINDOWS, as [first, last] pairs. */
  word: number[];
  /** A character class body (no 'u' flag) of the characters read as absent inside a name. */
  ignorable: string;
  /** Each variant letter → the one letter its group folds to (for `keys`). */
  folds: Record<string, string>;
  /**
   * [piece, entity] in order: the first piece that a matched text (lower case, variants folded,
   * ignorable characters removed) contains gives its entity.
   */
  keys: [string, EntityId][];
  /** The written forms guard rules apply to → the rules' ids. */
  guarded: Record<string, string[]>;
  /** The guard rules by id. */
  guards: Record<string, CompiledGuard>;
}

type Check = (text: string, start: number, end: number) => boolean;

/** White space at the start of a string (\s is the same set with and without the 'u' flag). */
const LEADING_SPACE = /^\s+/;
const SPACE = /\s/;

/**
 * The name that starts `s` after white space: a capitalised word (an upper-case letter, then a
 * lower-case one) or an initial ("J. "), up to its last letter, mark or digit. Null when `s` does
 * not go on with one.
 */
function nameAfter(s: string, chars: WordChars): string | null {
  const space = LEADING_SPACE.exec(s);
  if (space === null) return null;
  const first = space[0].length;
  const c1 = s.codePointAt(first);
  if (c1 === undefined || !chars.isUpper(c1)) return null;
  const second = first + (c1 > 0xffff ? 2 : 1);
  const c2 = s.codePointAt(second);
  if (c2 === undefined) return null;
  if (!chars.isLower(c2) && !(c2 === 0x2e && SPACE.test(s.charAt(second + 1)))) return null;
  let end = second;
  while (end < s.length) {
    const c = s.codePointAt(end)!;
    if (!chars.isWord(c)) break;
    end += c > 0xffff ? 2 : 1;
  }
  return s.slice(first, end);
}

/** Quotation marks that open and close a nickname ("Iz", „IZ“, “The Last Stylebender”, «El Piloto», ‘Izzy’). */
const NICKNAME_OPENING = '"“„«‘‚\'';
const NICKNAME_CLOSING = '"”“»’‘\'';
/** The most words a nickname has ("The Last Stylebender"); a longer quotation is a quote. */
const NICKNAME_WORDS = 3;

/**
 * `s` without the quoted nickname it starts with after white space, so that the name after it is
 * read as the one after the given name: " „IZ“ Kamakawiwo'ole" → " Kamakawiwo'ole". A nickname is
 * an opening quotation mark, one to NICKNAME_WORDS words that each start with an upper-case letter,
 * separated by single spaces, and a closing mark. `s` unchanged when it does not start so.
 */
function withoutNickname(s: string, chars: WordChars): string {
  const space = LEADING_SPACE.exec(s);
  if (space === null || !NICKNAME_OPENING.includes(s.charAt(space[0].length))) return s;
  let i = space[0].length + 1;
  for (let words = 0; words < NICKNAME_WORDS; words++) {
    const c1 = s.codePointAt(i);
    if (c1 === undefined || !chars.isUpper(c1)) return s;
    while (i < s.length) {
      const c = s.codePointAt(i)!;
      if (!chars.isWord(c)) break;
      i += c > 0xffff ? 2 : 1;
    }
    if (NICKNAME_CLOSING.includes(s.charAt(i))) return s.slice(i + 1);
    if (s.charAt(i) !== ' ') return s;
    i++;
  }
  return s;
}

/** A guard's window: it looks at most this far before or after a match. */
const GUARD_WINDOW = 64;

/** Characters that may close a word before white space without being part of it. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]}»"'’”]+$/;

function guardCheck(guard: CompiledGuard, chars: WordChars, isName: (word: string) => boolean): Check {
  switch (guard.kind) {
    case 'not-followed-by-name': {
      // Made on the first name that follows: most mentions are followed by none.
      let allow: Set<string> | undefined;
      const ending = guard.headlineVerbEnding;
      const run = guard.headlineRun;
      return (text, _start, end) => {
        const after = withoutNickname(text.slice(end, end + GUARD_WINDOW), chars);
        const name = nameAfter(after, chars);
        // A word that is itself a name ("Israel Azerbaijan ties") is no surname.
        if (name === null || (allow ??= new Set(guard.allow)).has(name) || isName(name)) return true;
        // A Title-case headline goes on in capitals after the verb: "Israel Shores Up Relations".
        let rest = after.slice(after.indexOf(name) + name.length);
        const next = nameAfter(rest, chars);
        if (ending !== undefined && name.endsWith(ending) && next !== null) return true;
        if (run === undefined) return false;
        let count = 1;
        for (let word = next; word !== null && count < run; word = nameAfter(rest, chars)) {
          count++;
          rest = rest.slice(rest.indexOf(word) + word.length);
        }
        return count >= run;
      };
    }
    case 'not-preceded-by': {
      const before = new RegExp(guard.source, 'g');
      return (text, start) => {
        const s = text.slice(Math.max(0, start - GUARD_WINDOW), start);
        before.lastIndex = 0;
        for (let m = before.exec(s); m !== null; m = before.exec(s)) {
          if (m.index === 0 || !chars.isWord(codePointBefore(s, m.index))) return false;
          before.lastIndex = m.index + 1;
        }
        return true;
      };
    }
    case 'not-followed-by-word': {
      const words = new Set(guard.words);
      return (text, _start, end) => {
        const after = withoutNickname(text.slice(end, end + GUARD_WINDOW), chars);
        const space = LEADING_SPACE.exec(after);
        if (space === null) return true;
        const rest = after.slice(space[0].length);
        const token = rest.split(/\s/, 1)[0]!.replace(TRAILING_PUNCTUATION, '');
        return !words.has(token);
      };
    }
    case 'not-near':
      return (text, start, end) => {
        const near = text.slice(Math.max(0, start - guard.window), end + guard.window).toLowerCase();
        return !guard.words.some((w) => near.includes(w));
      };
  }
}

/**
 * A matcher on `compiled` (default: the tables of src/data/morphology.ts and src/data/aliases.ts). Its
 * prefilter RegExp is made now; the full one and the guard checks on first need, so a page without
 * mentions never pays for them.
 */
export function createMatcher(compiled: CompiledMatcher = COMPILED_MATCHER): Matcher {
  const prefilterTest = createPrefilter(compiled);
  let full: Matcher | undefined;
  const build = (): Matcher => (full ??= createFullMatcher(compiled, (word) => prefilterTest(word)));
  return {
    get regex() {
      return build().regex;
    },
    accepts: (text, start, end) => build().accepts(text, start, end),
    entityOf: (matched) => build().entityOf(matched),
    prefilter: prefilterTest,
    find: (text) => (prefilterTest(text) ? build().find(text) : []),
  };
}

/** `isName`: whether a word holds one of the names (the prefilter says yes to it). */
function createFullMatcher(compiled: CompiledMatcher, isName: (word: string) => boolean): Matcher {
  const chars = wordChars(compiled.word);
  const ignorable = new RegExp(`[${compiled.ignorable}]`);
  const ignorables = new RegExp(`[${compiled.ignorable}]`, 'g');
  const checks = new Map<string, Check>();
  const checksOf = new Map<string, Check[]>();
  /** The guard checks of a written form, made on the first match of a form they apply to. */
  const guardsOf = (form: string): Check[] | undefined => {
    if (!Object.hasOwn(compiled.guarded, form)) return undefined;
    let list = checksOf.get(form);
    if (list === undefined) {
      list = compiled.guarded[form]!.map((id) => {
        let check = checks.get(id);
        if (check === undefined) checks.set(id, (check = guardCheck(compiled.guards[id]!, chars, isName)));
        return check;
      });
      checksOf.set(form, list);
    }
    return list;
  };
  // mark.js's RegExp (element marks): the whole source, made when asked for. find() and entityOf()
  // run the parts a text needs, with RegExps of their own (mark.js moves `regex.lastIndex`).
  let regex: RegExp | undefined;
  const partsFor = createPartMatcher(compiled.parts);

  /** No letter, mark or digit beyond WORD_WINDOWS touches the match (the RegExp checked the rest). */
  const wordBeyond = (cp: number): boolean => !inWordWindows(cp) && chars.isWord(cp);
  function edgesFree(text: string, start: number, end: number): boolean {
    if (start > 0 && wordBeyond(codePointBefore(text, start))) return false;
    return end >= text.length || !wordBeyond(text.codePointAt(end)!);
  }

  /** The form of a match as guard rules name it: without a possessive, single spaces. */
  function formOf(matched: string): string {
    if (Object.hasOwn(compiled.guarded, matched)) return matched;
    const n = matched.length;
    const last = matched.charCodeAt(n - 1);
    const apostrophe = matched.charCodeAt(n - 2);
    const core =
      (last === 0x73 || last === 0x53) && (apostrophe === 0x27 || apostrophe === 0x2019)
        ? matched.slice(0, n - 2)
        : matched;
    return Object.hasOwn(compiled.guarded, core) ? core : core.replace(/\s+/g, ' ');
  }

  function accepts(text: string, start: number, end: number): boolean {
    if (!edgesFree(text, start, end)) return false;
    const matched = text.slice(start, end);
    const form = formOf(matched);
    const rules = guardsOf(form);
    if (rules === undefined) return true;
    // A guard looks at what follows the form itself, so "Israel's Adesanya" stays a mention.
    const possessive = form.length < matched.length && /['\u2019][sS]$/.test(matched) ? 2 : 0;
    return rules.every((check) => check(text, start, end - possessive));
  }

  /** The entity of a matched text (ENTITY_KEYS): a few substring checks, no RegExp. */
  function keyEntity(matched: string): EntityId | undefined {
    let folded = '';
    for (const c of matched) folded += compiled.folds[c] ?? c;
    // İ lower-cases to i + U+0307: drop the dot, as the keys were made.
    folded = folded.toLowerCase().replace(/\u0307/g, '');
    for (const [key, entity] of compiled.keys) if (folded.includes(key)) return entity;
    return undefined;
  }

  /** find() on text without ignorable characters. */
  const findPlain = (text: string): Mention[] => {
    const found: Mention[] = [];
    const next = partsFor(text);
    for (let m = next(0); m !== null;) {
      const matched = m[0];
      const end = m.index + matched.length;
      if (accepts(text, m.index, end)) {
        const entity = keyEntity(matched);
        // Unreachable: src/detect/match-compile.ts checks every form's entity against the keys.
        if (entity === undefined) throw new Error(`No entity for "${matched}"`);
        found.push({ start: m.index, end, entity, text: matched });
        m = next(end);
      }
      // A refused match may hide a mention that starts inside it.
      else m = next(m.index + 1);
    }
    return found;
  };

  /**
   * Mentions in `text` read as if its ignorable characters were absent: the matcher runs on the
   * text without them, and each mention's offsets are mapped back, from its first character's
   * to just after its last one (an ignorable character inside the name is in the mention, one
   * at its edge is not).
   */
  const find = (text: string): Mention[] => {
    if (!ignorable.test(text)) return findPlain(text);
    const at: number[] = [];
    let plain = '';
    for (let i = 0; i < text.length; i++) {
      const c = text.charAt(i);
      if (ignorable.test(c)) continue;
      at.push(i);
      plain += c;
    }
    return findPlain(plain).map((m) => {
      const start = at[m.start]!;
      const end = at[m.end - 1]! + 1;
      return { start, end, entity: m.entity, text: text.slice(start, end) };
    });
  };

  function entityOf(matched: string): EntityId | undefined {
    const plain = ignorable.test(matched) ? matched.replace(ignorables, '') : matched;
    const m = partsFor(plain)(0);
    if (m === null || m.index !== 0 || m[0].length !== plain.length) return undefined;
    return keyEntity(plain);
  }

  return {
    get regex() {
      return (regex ??= new RegExp(compiled.source, 'g'));
    },
    accepts,
    find,
    entityOf,
    prefilter: (text) => find(text).length > 0,
  };
}

export const matcher: Matcher = createMatcher();
