// Generates every written form of Brieflight's names from src/data/morphology.ts by rule: stems times
// suffix slots (with Azerbaijani and Turkish vowel harmony and buffer consonants), times the case
// forms the language allows. Pure; it runs when the matcher's tables are generated
// (src/detect/match-compile.ts) and in tests, never in the extension.

import {
  ENTITY_KEYS,
  IGNORABLE,
  LETTER_VARIANTS,
  LEXICON,
  type CaseRule,
  type Lang,
  type Lexeme,
  type PrefixSystemId,
} from '@/data/morphology';
import type { EntityId } from '@/data/types';

const BACK = 'aıou';
const FRONT = 'eəiöü';
const ROUNDED = 'ouöü';
const VOICELESS = 'çfhkpsşt';
const VOWELS = BACK + FRONT;
/** Languages whose templates harmonise (A, I, D, buffers). */
const HARMONY: ReadonlySet<Lang> = new Set(['az', 'tr']);
/** Languages that upper-case i as İ (and ı as I). */
const TURKIC: ReadonlySet<Lang> = new Set(['az', 'tr']);

function lastVowel(word: string): string | undefined {
  const lower = word.toLocaleLowerCase('tr');
  for (let i = lower.length - 1; i >= 0; i--) if (VOWELS.includes(lower.charAt(i))) return lower.charAt(i);
  return undefined;
}

/** The last letter of `word`, lower case, skipping apostrophes and hyphens (Bakü'nün). */
function lastLetter(word: string): string {
  for (let i = word.length - 1; i >= 0; i--) {
    const c = word.charAt(i);
    if (c !== "'" && c !== '-') return c.toLocaleLowerCase('tr');
  }
  return '';
}

/**
 * `stem` with the suffix `template` attached. In Azerbaijani and Turkish, A, I and D harmonise
 * with the word so far and (n) (y) (s) are written only after a vowel (see src/data/morphology.ts);
 * in other languages the template is literal. "İsrail" + "DAn" (az) → "İsraildən", "Bakı" +
 * "(n)In" → "Bakının", "Bakü" + "'DA" (tr) → "Bakü'de".
 */
export function inflect(stem: string, template: string, lang: Lang): string {
  if (!HARMONY.has(lang)) return stem + template;
  let word = stem;
  for (let i = 0; i < template.length; i++) {
    const c = template.charAt(i);
    if (c === '(') {
      const close = template.indexOf(')', i);
      const buffer = template.slice(i + 1, close);
      if (VOWELS.includes(lastLetter(word))) word += buffer;
      i = close;
    } else if (c === 'A') {
      const back = BACK.includes(lastVowel(word) ?? 'a');
      word += back ? 'a' : lang === 'az' ? 'ə' : 'e';
    } else if (c === 'I') {
      const v = lastVowel(word) ?? 'a';
      const back = BACK.includes(v);
      const round = ROUNDED.includes(v);
      word += back ? (round ? 'u' : 'ı') : round ? 'ü' : 'i';
    } else if (c === 'D') {
      word += lang === 'tr' && VOICELESS.includes(lastLetter(word)) ? 't' : 'd';
    } else {
      word += c;
    }
  }
  return word;
}

/** Every stem with one entry of each suffix slot, as written in the data (no case forms). */
export function lexemeForms(lexeme: Lexeme): string[] {
  let forms = [...lexeme.stems];
  for (const slot of lexeme.suffixes ?? []) {
    forms = forms.flatMap((form) => slot.map((template) => inflect(form, template, lexeme.lang)));
  }
  return [...new Set(forms)];
}

export function upperCase(form: string, lang: Lang): string {
  return TURKIC.has(lang) ? form.toLocaleUpperCase('tr') : form.toUpperCase();
}

/**
 * The case forms a language allows for `form`: a 'proper' name as written and in UPPER CASE
 * (unless `upper` is false); a 'common' word (written in lower case by the language's rules) in
 * lower case and with a capital (a sentence's first word). Scripts without case give the form
 * alone.
 */
export function caseForms(form: string, lang: Lang, rule: CaseRule, upper = true): string[] {
  if (!upper) return [form];
  if (rule === 'common') {
    const first = String.fromCodePoint(form.codePointAt(0)!);
    return [...new Set([form, upperCase(first, lang) + form.slice(first.length)])];
  }
  return [...new Set([form, upperCase(form, lang)])];
}

/** One written form of a name: what the matcher looks for. */
export interface WrittenForm {
  form: string;
  entity: EntityId;
  lang: Lang;
  /** The prefix letters this form may carry in the text (src/data/morphology.ts PREFIX_SYSTEMS). */
  prefixes?: PrefixSystemId;
}

/** Every written form of `lexicon`, each once (the first lexeme that gives it wins its language). */
export function generateForms(lexicon: readonly Lexeme[] = LEXICON): WrittenForm[] {
  const seen = new Map<string, WrittenForm>();
  for (const lexeme of lexicon) {
    for (const base of lexemeForms(lexeme)) {
      for (const form of caseForms(base, lexeme.lang, lexeme.case, lexeme.upper !== false)) {
        const key = `${lexeme.prefixes ?? ''}\u0000${form}`;
        const known = seen.get(key);
        if (known !== undefined) {
          if (known.entity !== lexeme.entity) {
            throw new Error(`"${form}" is a form of both ${known.entity} and ${lexeme.entity}`);
          }
          continue;
        }
        const written: WrittenForm = { form, entity: lexeme.entity, lang: lexeme.lang };
        if (lexeme.prefixes !== undefined) written.prefixes = lexeme.prefixes;
        seen.set(key, written);
      }
    }
  }
  return [...seen.values()];
}

/**
 * Each letter of LETTER_VARIANTS → one letter that stands for all the letters written
 * interchangeably with it (the lowest code point of the group; groups that share a letter merge,
 * as the Arabic alefs do).
 */
export function variantFolds(variants: Record<string, string> = LETTER_VARIANTS): Record<string, string> {
  const groups: Set<string>[] = [];
  for (const [key, others] of Object.entries(variants)) {
    const group = new Set([key, ...others]);
    for (const g of groups.filter((other) => [...other].some((c) => group.has(c)))) {
      for (const c of g) group.add(c);
      groups.splice(groups.indexOf(g), 1);
    }
    groups.push(group);
  }
  const folds: Record<string, string> = {};
  for (const group of groups) {
    const canonical = [...group].sort()[0]!;
    for (const c of group) folds[c] = canonical;
  }
  return folds;
}

/** `s` with ignorable characters removed, variant letters folded, in lower case. */
export function foldForm(s: string, folds: Record<string, string> = variantFolds()): string {
  let out = '';
  for (const c of s) if (!isIgnorable(c.codePointAt(0)!)) out += folds[c] ?? c;
  // İ lower-cases to i + U+0307 (combining dot): drop the dot, so "İSRAİL" folds as "israil".
  return out.toLowerCase().replace(/\u0307/g, '');
}

/** True when `cp` is one of src/data/morphology.ts IGNORABLE. */
export function isIgnorable(cp: number, ranges: readonly (readonly [number, number])[] = IGNORABLE): boolean {
  return ranges.some(([first, last]) => cp >= first && cp <= last);
}

/**
 * The entity a written form names, from ENTITY_KEYS (lower case, variants folded, ignorable
 * characters removed). Undefined when no key fits.
 */
export function entityOfForm(
  form: string,
  keys: readonly (readonly [string, EntityId])[] = ENTITY_KEYS,
  folds: Record<string, string> = variantFolds(),
): EntityId | undefined {
  const s = foldForm(form, folds);
  for (const [key, entity] of keys) if (s.includes(foldForm(key, folds))) return entity;
  return undefined;
}
