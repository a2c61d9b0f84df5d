// Helpers of the matcher's unit tests (src/detect/match*.test.ts): find() with the invariants every
// result must satisfy, and the generated written forms for the property tests. Shared, so each
// test file holds only its tests.
import { expect } from 'vitest';
import { PREFIX_SYSTEMS } from '@/data/morphology';
import type { EntityId } from '@/data/types';
import { matcher, type Matcher, type Mention } from '@/detect/match';
import { ignorableClass } from '@/detect/regexp-source';
import { generateForms } from '@/detect/morph';

export type Expected = [text: string, entity: EntityId];

/**
 * Spans of an exec() loop over `matcher.regex`, each kept when accepts() says so (edges beyond the
 * RegExp's table, the guards), going on at start + 1 after a refused one (Matcher.regex).
 */
export function regexSpans(text: string, m: Matcher = matcher): [number, number][] {
  const re = m.regex;
  re.lastIndex = 0;
  const spans: [number, number][] = [];
  let r: RegExpExecArray | null;
  while ((r = re.exec(text)) !== null) {
    const end = r.index + r[0].length;
    if (m.accepts(text, r.index, end)) spans.push([r.index, end]);
    else re.lastIndex = r.index + 1;
  }
  return spans;
}

const IGNORABLE_CHAR = new RegExp(`[${ignorableClass()}]`);

export const spansOf = (mentions: Mention[]): [number, number][] => mentions.map((x) => [x.start, x.end]);

/** find(), with the invariants every result must satisfy checked on the way. */
export function find(text: string, m: Matcher = matcher): Mention[] {
  const found = m.find(text);
  for (const x of found) expect(text.slice(x.start, x.end)).toBe(x.text);
  // The RegExp alone (mark.js) does not read past ignorable characters; find() does.
  if (!IGNORABLE_CHAR.test(text)) expect(regexSpans(text, m)).toEqual(spansOf(found));
  if (found.length > 0) expect(m.prefilter(text)).toBe(true);
  return found;
}

export function expectMentions(text: string, expected: Expected[]): void {
  expect(find(text).map((x) => [x.text, x.entity])).toEqual(expected);
}

export function expectNone(text: string): void {
  expect(find(text)).toEqual([]);
}

// ---- forms of the aliases, for the property tests -------------------------------------------

const TURKIC = /[İıƏəĞğŞş]/u;
export const upper = (s: string): string => (TURKIC.test(s) ? s.toLocaleUpperCase('tr') : s.toUpperCase());

/** Every prefix string a prefix system allows (one entry of each slot, in order, none required). */
function prefixStrings(slots: readonly (readonly string[])[]): string[] {
  return slots.reduce<string[]>((acc, slot) => acc.flatMap((p) => [p, ...slot.map((x) => p + x)]), ['']);
}
const PREFIX_STRINGS = {
  hebrew: prefixStrings(PREFIX_SYSTEMS.hebrew.slots),
  arabic: prefixStrings(PREFIX_SYSTEMS.arabic.slots),
};

/** Every generated written form (src/data/morphology.ts), and Hebrew/Arabic ones with a few prefix stacks. */
export const GENERATED = generateForms();
export const FORMS: { form: string; entity: EntityId }[] = GENERATED.flatMap((f) => {
  if (f.prefixes === undefined) return [{ form: f.form, entity: f.entity }];
  const stacks = PREFIX_STRINGS[f.prefixes];
  return [stacks[0]!, stacks[1]!, stacks.at(-1)!, stacks[Math.floor(stacks.length / 2)]!].map((p) => ({
    form: p + f.form,
    entity: f.entity,
  }));
});
const FORM_ENTITY = new Map(GENERATED.map((f) => [f.form, f.entity]));
export const ALL_FORMS_FOR_GATE: string[] = FORMS.map((f) => f.form).flatMap((f) => [f, `${f}'s`]);

/** The mention text without possessive, with single spaces. */
export function core(text: string): string {
  return text.replace(/['\u2019][sS]$/u, '').replace(/\s+/g, ' ');
}

/** The entity of `text` as a generated form (minus possessive, minus prefix letters), if it is one. */
export function formEntity(text: string): EntityId | undefined {
  const c = core(text);
  if (FORM_ENTITY.has(c)) return FORM_ENTITY.get(c);
  for (const stacks of Object.values(PREFIX_STRINGS)) {
    for (const p of stacks)
      if (p !== '' && c.startsWith(p) && FORM_ENTITY.has(c.slice(p.length)))
        return FORM_ENTITY.get(c.slice(p.length));
  }
  return undefined;
}
