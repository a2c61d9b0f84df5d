import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LANGS, LEXICON } from '@/data/morphology';
import { matcher } from './match';
import { caseForms, entityOfForm, generateForms, inflect } from './morph';

const FORMS = generateForms();

describe('inflect (Azerbaijani and Turkish harmony)', () => {
  it('harmonises A and I with the last vowel and writes buffer consonants only after a vowel', () => {
    const az: [string, string, string][] = [
      ['İsrail', '(n)In', 'İsrailin'],
      ['İsrail', '(y)A', 'İsrailə'],
      ['İsrail', 'DA', 'İsraildə'],
      ['İsrail', 'DAn', 'İsraildən'],
      ['İsrail', 'lA', 'İsraillə'],
      ['İsrail', 'lI', 'İsrailli'],
      ['İsrail', 'lAr', 'İsraillər'],
      ['Azərbaycan', 'DAn', 'Azərbaycandan'],
      ['Azərbaycan', 'DAkI', 'Azərbaycandakı'],
      ['Azərbaycan', '(y)lA', 'Azərbaycanla'],
      ['Bakı', '(n)In', 'Bakının'],
      ['Bakı', '(y)A', 'Bakıya'],
      ['Bakı', 'DAn', 'Bakıdan'],
    ];
    for (const [stem, suffix, form] of az) expect(inflect(stem, suffix, 'az')).toBe(form);
    const tr: [string, string, string][] = [
      ['Bakü', "'(n)In", "Bakü'nün"],
      ['Bakü', "'DA", "Bakü'de"],
      ['İsrail', "'(y)A", "İsrail'e"],
      ['Azerbaycan', "'DA", "Azerbaycan'da"],
      ['Fas', "'DA", "Fas'ta"],
      ['İsrail', 'lI', 'İsrailli'],
      ['Azerbaycan', 'lI', 'Azerbaycanlı'],
    ];
    for (const [stem, suffix, form] of tr) expect(inflect(stem, suffix, 'tr')).toBe(form);
    // Other languages take the template as it is.
    expect(inflect('israel', 'isch', 'de')).toBe('israelisch');
  });
});

describe('caseForms', () => {
  it('gives a name in its own case and upper case; a common word in lower case and with a capital', () => {
    expect(caseForms('Israel', 'en', 'proper')).toEqual(['Israel', 'ISRAEL']);
    expect(caseForms('İsrail', 'tr', 'proper')).toEqual(['İsrail', 'İSRAİL']);
    expect(caseForms('israélien', 'fr', 'common')).toEqual(['israélien', 'Israélien']);
    expect(caseForms('israilli', 'az', 'common')).toEqual(['israilli', 'İsrailli']);
    expect(caseForms('Государственная нефтяная компания', 'ru', 'proper', false)).toEqual([
      'Государственная нефтяная компания',
    ]);
    expect(caseForms('ישראל', 'he', 'proper')).toEqual(['ישראל']);
  });
});

describe('generateForms', () => {
  it('covers every language, and gives each form one entity that the entity keys agree with', () => {
    for (const lang of LANGS) expect(FORMS.some((f) => f.lang === lang)).toBe(true);
    for (const f of FORMS) expect(entityOfForm(f.form)).toBe(f.entity);
  });

  it('throws on a form of two entities', () => {
    expect(() =>
      generateForms([
        { entity: 'baku', lang: 'en', case: 'proper', stems: ['Baku'] },
        { entity: 'israel', lang: 'de', case: 'proper', stems: ['Bak'], suffixes: [['u']] },
      ]),
    ).toThrow(/both/);
  });

  it('never writes an English name in lower case (slugs and typos stay unmarked)', () => {
    for (const f of FORMS.filter((x) => x.lang === 'en')) expect(f.form).not.toMatch(/^\p{Ll}/u);
    expect(LEXICON.filter((l) => l.lang === 'en').every((l) => l.case === 'proper')).toBe(true);
  });
});

describe('properties of the generated forms in the matcher', () => {
  const form = fc.constantFrom(...FORMS);
  const separator = fc.constantFrom(' ', ', ', '. ', ' (', '\u00A0', ' — ', '\n', '«', '» ');

  it('every generated form is found whole, with its entity, between separators', () => {
    fc.assert(
      fc.property(form, separator, separator, (f, before, after) => {
        const found = matcher.find(`x${before}${f.form}${after}y`);
        expect(found.map((m) => [m.text, m.entity])).toEqual([[f.form, f.entity]]);
      }),
      { numRuns: 3000 },
    );
  });

  it('no form matches inside a longer word: a letter or digit glued before or after refuses it', () => {
    const glue = fc.constantFrom('x', 'Z', 'é', 'ж', '7', 'ا', 'ש');
    fc.assert(
      fc.property(form, glue, fc.boolean(), (f, g, before) => {
        const text = before ? `${g}${f.form}` : `${f.form}${g}`;
        const found = matcher.find(text);
        // Hebrew and Arabic prefix letters may stand before a form: then the whole is a form too.
        for (const m of found) expect(m.text === text || m.text.length < f.form.length).toBe(true);
        if (!before && f.prefixes === undefined)
          expect(found.filter((m) => m.start === 0 && m.end === f.form.length)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('case rules per language: a proper name in lower case is no mention (Latin and Cyrillic)', () => {
    const proper = FORMS.filter((f) => {
      const lex = LEXICON.find((l) => l.entity === f.entity && l.lang === f.lang && l.case === 'proper');
      return lex !== undefined && /^\p{Lu}\p{Ll}/u.test(f.form) && !/\s/.test(f.form);
    });
    const commonLower = new Set(FORMS.map((f) => f.form).filter((f) => /^\p{Ll}/u.test(f)));
    fc.assert(
      fc.property(fc.constantFrom(...proper), (f) => {
        const lower = f.form.toLocaleLowerCase(f.lang === 'tr' || f.lang === 'az' ? 'tr' : 'en');
        if (commonLower.has(lower)) return;
        expect(matcher.find(` ${lower} `)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
