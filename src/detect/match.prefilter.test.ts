// The prefilter every text node meets first (src/detect/prefilter-compile.ts makes its tables):
// never a no where find() finds a mention, and cheap by construction.
import { describe, it, expect, vi } from 'vitest';
import fc from 'fast-check';
import { createMatcher, matcher } from './match';
import { prefilterTables, sieveSource } from './prefilter-compile';
import { COMPILED_MATCHER } from './match.compiled';
import { createPrefilter, prefilterPretest } from './prefilter';
import { PREFILTER } from './prefilter.compiled';
import { ALL_FORMS_FOR_GATE } from '@@/tests/support/matching';

describe('prefilter (the prefilter of every text node)', () => {
  it('never says no where find() finds a mention', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ALL_FORMS_FOR_GATE, ' ', ', ', 'x', '-', 'the '), { maxLength: 6 }),
        (parts) => {
          const text = parts.join('');
          if (matcher.find(text).length > 0) expect(matcher.prefilter(text)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never says no where find() finds a mention, also with ignorable characters inside names', () => {
    const ignorable = fc.constantFrom(
      '\u00AD',
      '\u200B',
      '\u200C',
      '\u200D',
      '\u2060',
      '\uFEFF',
      '\u0640',
      '\u05B0',
      '\u064E',
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL_FORMS_FOR_GATE),
        fc.nat(30),
        ignorable,
        fc.constantFrom('', ' ', 'x ', 'فارسی\u200Cها '),
        (form, at, ig, before) => {
          const i = 1 + (at % Math.max(1, form.length - 1));
          const text = `${before}${form.slice(0, i)}${ig}${form.slice(i)}.`;
          if (matcher.find(text).length > 0) expect(matcher.prefilter(text)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('says no to ignorable characters outside names (a Persian language list, hyphenated words)', () => {
    for (const text of [
      'فارسی\u200Cها',
      'hyphen\u00ADated words',
      '\uFEFFplain text',
      'emoji 👨\u200D👩\u200D👧',
    ]) {
      expect(matcher.prefilter(text)).toBe(false);
    }
  });

  it('says what the prefilter alone says: the sieve before it never turns a yes into a no', () => {
    // The prefilter without its sieve (an empty source matches every text) is the reference.
    const prefilterAlone = createMatcher({ ...COMPILED_MATCHER, sieve: '' });
    const ignorable = ['\u00AD', '\u200B', '\u200D', '\u2060', '\uFEFF', '\u0640', '\u05B0', '\u064E'];
    const piece = fc.oneof(
      // A form cut anywhere, ignorable characters and word pieces around it.
      fc
        .tuple(fc.constantFrom(...ALL_FORMS_FOR_GATE), fc.nat(40), fc.nat(40))
        .map(([f, a, b]) => f.slice(Math.min(a, b), Math.max(a, b) + 1)),
      fc.constantFrom(...ignorable, ' ', 'x', 'ב', 'و', 'ال', 'the ', '’s', '-'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(matcher.prefilter(text)).toBe(prefilterAlone.prefilter(text));
      }),
      { numRuns: 3000 },
    );
    for (const form of ALL_FORMS_FOR_GATE) {
      for (let i = 1; i < form.length; i++) {
        for (const ig of ignorable) {
          const text = `${form.slice(0, i)}${ig}${form.slice(i)}`;
          expect(matcher.prefilter(text), text).toBe(prefilterAlone.prefilter(text));
        }
      }
    }
  });

  it('answers the same without its sieve (the first stage runs it so, cold), on the same texts', () => {
    const withSieve = createPrefilter(PREFILTER);
    const without = createPrefilter(PREFILTER, { sieve: false });
    const ignorable = [
      '\u00AD',
      '\u200B',
      '\u200C',
      '\u200D',
      '\u2060',
      '\uFEFF',
      '\u0640',
      '\u05B0',
      '\u064E',
    ];
    const piece = fc.oneof(
      fc
        .tuple(fc.constantFrom(...ALL_FORMS_FOR_GATE), fc.nat(40), fc.nat(40))
        .map(([f, a, b]) => f.slice(Math.min(a, b), Math.max(a, b) + 1)),
      fc.constantFrom(...ignorable, ' ', 'x', 'ב', 'و', 'ال', 'the ', '’s', '-', 'Israelites', 'blazer'),
    );
    const pretest = prefilterPretest(PREFILTER);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(without(text), text).toBe(withSieve(text));
        // The pretest is a necessary condition: the first stage asks the prefilter only where it matches.
        if (without(text)) expect(pretest.test(text), text).toBe(true);
      }),
      { numRuns: 3000 },
    );
    // Both answers occur (a test on texts that are all yes, or all no, could not tell them apart).
    const texts = [
      'Talks in Baku.',
      'Azerbaijan',
      'Aser\u00ADbaidschan',
      'Israelites',
      'blazer',
      'فارسی\u200Cها',
      'plain text',
      '',
    ];
    expect(texts.map(without)).toEqual([true, true, true, false, false, false, false, false]);
    expect(texts.map(without)).toEqual(texts.map(withSieve));
    // Called again on the same text (its RegExp keeps lastIndex: each call starts afresh).
    expect([without('Baku'), without('Baku'), without('x Baku'), without('x')]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('searches a text once: a hit is passed on, and a text shorter than every key meets no RegExp', () => {
    // A RegExp whose prototype's exec is replaced calls it for test() and exec() alike (the spec's
    // RegExpExec), so the spy sees every search; only the calls on this test's texts are counted.
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    try {
      const searches = (text: string) => exec.mock.calls.filter(([s]) => s === text).length;
      for (const sieve of [false, true]) {
        exec.mockClear();
        const prefilter = createPrefilter(PREFILTER, { sieve });
        const text = `Talks resumed in Baku (${String(sieve)})`;
        expect(prefilter(text)).toBe(true);
        // Without the sieve: the prefilter's RegExp once. With it: the sieve, then the prefilter's once.
        expect(searches(text)).toBe(sieve ? 2 : 1);
        for (const short of ['', 'a', 'Bak', '\u200B\u00AD', '·']) {
          expect(prefilter(short)).toBe(false);
          expect(searches(short), JSON.stringify(short)).toBe(0);
        }
        // The shortest forms still pass (a key is exactly this long).
        expect(['Baku', 'باكو', 'באקו'].map(prefilter)).toEqual([true, true, true]);
      }
    } finally {
      exec.mockRestore();
    }
  });

  it('has a sieve of pieces that start with few and rare characters, so the engine can skip', () => {
    const sieve = sieveSource(['Baku', 'israel', 'aserb', 'סוקאר'], [[0xad, 0xad]]);
    // "israel" and "aserb" start at a consonant they share, ס (which V8 folds onto "a") is skipped.
    // Under each first character, the rest of its pieces or a prefix of it then an ignorable one.
    expect(sieve).toBe(
      '(?:B(?:aku|(?:a(?:k)?)?[\\u00ad])|s(?:(?:rael|erb)|(?:r(?:a(?:e)?)?|e(?:r)?)?[\\u00ad])|ו(?:קאר|(?:ק(?:א)?)?[\\u00ad]))',
    );
    const many = Array.from({ length: 17 }, (_, i) => `${String.fromCharCode(0x41 + i)}xyz`);
    expect(() => sieveSource(many, [])).toThrow(/more than 16/);
  });

  it('is one RegExp of short keys, with no look-around, and says no to longer words', () => {
    const { prefilter, prefilterRuns } = prefilterTables();
    expect(prefilter).not.toMatch(/\(\?[=!<]/);
    expect(prefilter.split('|').length).toBeLessThan(60);
    expect(Object.keys(prefilterRuns).length).toBeGreaterThan(0);
    for (const text of [
      'Bakugou and Bakunin',
      'Israelites and Azərbaycanca',
      'a blazer, a laser',
      'xIsraelis',
      'Azerbaijanian',
    ]) {
      expect(matcher.prefilter(text)).toBe(false);
    }
    for (const text of [
      'Israelis',
      'Azərbaycanda',
      'Bakının',
      'israélienne',
      'азербайджанцы',
      'ובישראל',
      'Aser\u00ADbaid\u00ADschan',
    ]) {
      expect(matcher.prefilter(text)).toBe(true);
    }
  });
});
