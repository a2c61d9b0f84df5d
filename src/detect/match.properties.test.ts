// The matcher's properties on generated text (fast-check): every written form found, whole, with
// its entity; nothing found inside a word; entityOf() on every match.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { EntityId } from '@/data/types';
import { matcher } from './match';
import { FORMS, GENERATED, formEntity, regexSpans, spansOf } from '@@/tests/support/matching';

// ---- property tests -------------------------------------------------------------------------

/** Pieces that make hard cases when glued together at random. */
const PIECES = [
  ...FORMS.map((f) => f.form),
  ' ',
  '  ',
  '\u00A0',
  '\n',
  '-',
  '–',
  '.',
  ',',
  "'",
  '’',
  "'s",
  '’S',
  's',
  'S',
  'x',
  'ites',
  '1',
  '\u0301',
  '😀',
  '#',
  '/',
  ' Adesanya',
  ' Defense',
  ' Tuesday',
  ' J. ',
  'Rabbi ',
  'Mr. ',
  ' of ',
  ' Of ',
  ' the ',
  'State',
  'Republic',
  'State Oil Company',
  'ב',
  'ו',
  'ל',
  'و',
  'ب',
  'israel',
  'baku',
  'ISRAEL',
  'İ',
  'ı',
];
const glued = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((a) => a.join(''));

describe('properties', () => {
  it('spans are sorted, disjoint, exact slices and equal to the regex exec() loop', () => {
    fc.assert(
      fc.property(fc.oneof(glued, fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
        const found = matcher.find(text);
        let last = 0;
        for (const x of found) {
          expect(x.start).toBeGreaterThanOrEqual(last);
          expect(x.end).toBeGreaterThan(x.start);
          expect(text.slice(x.start, x.end)).toBe(x.text);
          last = x.end;
        }
        expect(regexSpans(text)).toEqual(spansOf(found));
        if (found.length > 0) expect(matcher.prefilter(text)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('every span (minus possessive and prefix letter) is a form of an alias of its entity', () => {
    fc.assert(
      fc.property(glued, (text) => {
        for (const x of matcher.find(text)) expect(formEntity(x.text)).toBe(x.entity);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds nothing in text over an alphabet that cannot form an alias', () => {
    // Every alias starts with an upper-case Latin/Cyrillic letter or a Hebrew/Arabic letter.
    const unit = fc.constantFrom(
      ...'abcdefghijklmnopqrstuvwxyzəıüçşğö0123456789 .,;:!?-–—\'’"()[]/#@\n\t\u00A0\u0301',
      'абвгдежзийклмнопрстуфхцчшщъыьэюя',
      '😀',
      '🇦🇿',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 200 }), (text) => {
        expect(matcher.find(text)).toEqual([]);
        expect(regexSpans(text)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('finds nothing in random text that contains no alias, case-insensitively', () => {
    const fold = (w: string): string => w.toLowerCase();
    const words = [
      ...new Set(
        GENERATED.flatMap((f) => f.form.split(' '))
          .filter((w) => w.length > 3)
          .map(fold),
      ),
    ];
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 80 }).filter((s) => !words.some((w) => fold(s).includes(w))),
        (text) => {
          expect(matcher.find(text)).toEqual([]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('finds every alias form surrounded by random non-letter separators', () => {
    const separator = fc.string({
      unit: fc.constantFrom(...' \u00A0\n\t.,;:!?-–—"()[]/#@«»'.split(''), '😀', '🇮🇱', '\u200F'),
      minLength: 1,
      maxLength: 4,
    });
    const item = fc.record({
      form: fc.constantFrom(...FORMS),
      possessive: fc.constantFrom('', "'s", '’s'),
      before: separator,
    });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 6 }), fc.option(separator), (items, tail) => {
        let text = '';
        const expected: { start: number; end: number; entity: EntityId; text: string }[] = [];
        for (const { form, possessive, before } of items) {
          text += before;
          const mention = form.form + possessive;
          expected.push({
            start: text.length,
            end: text.length + mention.length,
            entity: form.entity,
            text: mention,
          });
          text += mention;
        }
        text += tail ?? '';
        expect(matcher.find(text)).toEqual(expected);
        expect(regexSpans(text)).toEqual(spansOf(expected));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('entityOf (the entity of a match, as mark.js hands it over)', () => {
  it("gives every find() mention's entity from its text alone", () => {
    fc.assert(
      fc.property(glued, (text) => {
        for (const x of matcher.find(text)) expect(matcher.entityOf(x.text)).toBe(x.entity);
      }),
      { numRuns: 500 },
    );
  });

  it('gives nothing for a text that is not a whole mention', () => {
    for (const text of ['', 'Israelites', 'israel', 'the Israel', 'Baku ', 'ב', "Baku's's"]) {
      expect(matcher.entityOf(text)).toBeUndefined();
    }
    expect(matcher.entityOf('Republic \n of  Azerbaijan’s')).toBe('azerbaijan');
  });
});
