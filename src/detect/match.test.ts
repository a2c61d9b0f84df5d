import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { GUARDS } from '@/data/aliases';
import { PREFIX_SYSTEMS } from '@/data/morphology';
import type { EntityId } from '@/data/types';
import { createMatcher, matcher, type Matcher, type Mention } from './match';
import { compileMatcher } from './match-compile';
import { prefilterTables, sieveSource } from './prefilter-compile';
import { ignorableClass } from './regexp-source';
import { COMPILED_MATCHER } from './match.compiled';
import { generateForms } from './morph';

type Expected = [text: string, entity: EntityId];

/**
 * Spans of an exec() loop over `matcher.regex`, each kept when accepts() says so (edges beyond the
 * RegExp's table, the guards), going on at start + 1 after a refused one (Matcher.regex).
 */
function regexSpans(text: string, m: Matcher = matcher): [number, number][] {
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

const spansOf = (mentions: Mention[]): [number, number][] => mentions.map((x) => [x.start, x.end]);

/** find(), with the invariants every result must satisfy checked on the way. */
function find(text: string, m: Matcher = matcher): Mention[] {
  const found = m.find(text);
  for (const x of found) expect(text.slice(x.start, x.end)).toBe(x.text);
  // The RegExp alone (mark.js) does not read past ignorable characters; find() does.
  if (!IGNORABLE_CHAR.test(text)) expect(regexSpans(text, m)).toEqual(spansOf(found));
  if (found.length > 0) expect(m.prefilter(text)).toBe(true);
  return found;
}

function expectMentions(text: string, expected: Expected[]): void {
  expect(find(text).map((x) => [x.text, x.entity])).toEqual(expected);
}

function expectNone(text: string): void {
  expect(find(text)).toEqual([]);
}

// ---- forms of the aliases, for the property tests -------------------------------------------

const TURKIC = /[İıƏəĞğŞş]/u;
const upper = (s: string): string =>
  TURKIC.test(s) ? s.toLocaleUpperCase('tr') : s.toUpperCase();

/** Every prefix string a prefix system allows (one entry of each slot, in order, none required). */
function prefixStrings(slots: readonly (readonly string[])[]): string[] {
  return slots.reduce<string[]>((acc, slot) => acc.flatMap((p) => [p, ...slot.map((x) => p + x)]), ['']);
}
const PREFIX_STRINGS = { hebrew: prefixStrings(PREFIX_SYSTEMS.hebrew.slots), arabic: prefixStrings(PREFIX_SYSTEMS.arabic.slots) };

/** Every generated written form (src/data/morphology.ts), and Hebrew/Arabic ones with a few prefix stacks. */
const GENERATED = generateForms();
const FORMS: { form: string; entity: EntityId }[] = GENERATED.flatMap((f) => {
  if (f.prefixes === undefined) return [{ form: f.form, entity: f.entity }];
  const stacks = PREFIX_STRINGS[f.prefixes];
  return [stacks[0]!, stacks[1]!, stacks.at(-1)!, stacks[Math.floor(stacks.length / 2)]!].map((p) => ({ form: p + f.form, entity: f.entity }));
});
const FORM_ENTITY = new Map(GENERATED.map((f) => [f.form, f.entity]));
const ALL_FORMS_FOR_GATE: string[] = FORMS.map((f) => f.form).flatMap((f) => [f, `${f}'s`]);

/** The mention text without possessive, with single spaces. */
function core(text: string): string {
  return text.replace(/['\u2019][sS]$/u, '').replace(/\s+/g, ' ');
}

/** The entity of `text` as a generated form (minus possessive, minus prefix letters), if it is one. */
function formEntity(text: string): EntityId | undefined {
  const c = core(text);
  if (FORM_ENTITY.has(c)) return FORM_ENTITY.get(c);
  for (const stacks of Object.values(PREFIX_STRINGS)) {
    for (const p of stacks) if (p !== '' && c.startsWith(p) && FORM_ENTITY.has(c.slice(p.length))) return FORM_ENTITY.get(c.slice(p.length));
  }
  return undefined;
}

// ---- example-based tests --------------------------------------------------------------------

describe('English forms', () => {
  it('matches every English alias with its entity', () => {
    expectMentions('Azerbaijan, Azerbaijani, Azerbaijanis, Azeri and Azeris.', [
      ['Azerbaijan', 'azerbaijan'],
      ['Azerbaijani', 'azerbaijan'],
      ['Azerbaijanis', 'azerbaijan'],
      ['Azeri', 'azerbaijan'],
      ['Azeris', 'azerbaijan'],
    ]);
    expectMentions('Israel, Israeli, Israelis.', [
      ['Israel', 'israel'],
      ['Israeli', 'israel'],
      ['Israelis', 'israel'],
    ]);
    expectMentions('SOCAR (Socar) is based in Baku.', [
      ['SOCAR', 'socar'],
      ['Socar', 'socar'],
      ['Baku', 'baku'],
    ]);
  });

  it('takes the longest alias: multi-word names are one mention', () => {
    expectMentions('the Republic of Azerbaijan', [['Republic of Azerbaijan', 'azerbaijan']]);
    expectMentions('the State of Israel', [['State of Israel', 'israel']]);
    expectMentions('the State Oil Company of Azerbaijan Republic (SOCAR)', [
      ['State Oil Company of Azerbaijan Republic', 'socar'],
      ['SOCAR', 'socar'],
    ]);
    expectMentions('State Oil Company of the Azerbaijan Republic', [
      ['State Oil Company of the Azerbaijan Republic', 'socar'],
    ]);
  });

  it('prefers the longest form when a shorter form is followed by a space', () => {
    const m = createMatcher(
      compileMatcher({ azerbaijan: ['Azerbaijan'], israel: [], socar: ['Azerbaijan Oil Company'], baku: [] }, []),
    );
    expect(find('the Azerbaijan Oil Company said', m).map((x) => [x.text, x.entity])).toEqual([
      ['Azerbaijan Oil Company', 'socar'],
    ]);
    expect(find('the Azerbaijan Oil Co.', m).map((x) => [x.text, x.entity])).toEqual([
      ['Azerbaijan', 'azerbaijan'],
    ]);
  });

  it('falls back to the shorter alias when a multi-word name is incomplete', () => {
    expectMentions('the State Oil Company of Azerbaijan', [['Azerbaijan', 'azerbaijan']]);
    expectMentions('a Republic of Azerbaijani people', [['Azerbaijani', 'azerbaijan']]);
    expectMentions('State of Israelites', []);
  });

  it('matches any white space between the words of a multi-word alias', () => {
    expectMentions('State of\u00A0Israel', [['State of\u00A0Israel', 'israel']]);
    expectMentions('Republic of\n   Azerbaijan', [['Republic of\n   Azerbaijan', 'azerbaijan']]);
    expectNone('State ofIsrael');
  });

  it('includes a possessive in the mention', () => {
    expectMentions("SOCAR's revenue", [["SOCAR's", 'socar']]);
    expectMentions('SOCAR’s revenue', [['SOCAR’s', 'socar']]);
    expectMentions("Azerbaijan's and Israel’s", [
      ["Azerbaijan's", 'azerbaijan'],
      ['Israel’s', 'israel'],
    ]);
    expectMentions("AZERBAIJAN'S OIL", [["AZERBAIJAN'S", 'azerbaijan']]);
    expectMentions("the State of Israel's army", [["State of Israel's", 'israel']]);
    expectMentions("Azeris' rights", [['Azeris', 'azerbaijan']]);
  });

  it("does not take 'S after a Title-case alias, nor 's followed by a letter", () => {
    expectMentions("Israel'S", [['Israel', 'israel']]);
    expectMentions("Baku'sx", [['Baku', 'baku']]);
  });

  it('splits hyphenated compounds into separate mentions', () => {
    expectMentions('Israeli-Azerbaijani relations', [
      ['Israeli', 'israel'],
      ['Azerbaijani', 'azerbaijan'],
    ]);
    expectMentions('the Baku–Tbilisi–Ceyhan pipeline', [['Baku', 'baku']]);
  });

  it('allows punctuation, symbols and elision before and after', () => {
    expectMentions('#Baku @SOCAR (Israel) "Azeri"', [
      ['Baku', 'baku'],
      ['SOCAR', 'socar'],
      ['Israel', 'israel'],
      ['Azeri', 'azerbaijan'],
    ]);
    expectMentions("l'Israël et d’Azerbaïdjan", [
      ['Israël', 'israel'],
      ['Azerbaïdjan', 'azerbaijan'],
    ]);
  });
});

describe('case', () => {
  it('counts Title case and UPPER CASE forms', () => {
    expectMentions('ISRAEL AND AZERBAIJAN SIGN DEAL IN BAKU', [
      ['ISRAEL', 'israel'],
      ['AZERBAIJAN', 'azerbaijan'],
      ['BAKU', 'baku'],
    ]);
    expectMentions('STATE OF ISRAEL / REPUBLIC OF AZERBAIJAN', [
      ['STATE OF ISRAEL', 'israel'],
      ['REPUBLIC OF AZERBAIJAN', 'azerbaijan'],
    ]);
    expectMentions('STATE OIL COMPANY OF THE AZERBAIJAN REPUBLIC', [
      ['STATE OIL COMPANY OF THE AZERBAIJAN REPUBLIC', 'socar'],
    ]);
  });

  it('does not count lower case or odd case', () => {
    expectNone('israel azerbaijan baku socar azeri israeli');
    expectNone('iSRAEL IsRael BaKu bAKU SoCAR sOCAR AzErbaijan');
    expectNone('/news/israel-azerbaijan-ties');
    expectNone('https://example.com/baku-2024/socar');
  });

  it('keeps "of"/"the" lower case in Title-case multi-word aliases', () => {
    expectMentions('State Of Israel', [['Israel', 'israel']]);
    expectMentions('Republic Of Azerbaijan', [['Azerbaijan', 'azerbaijan']]);
    expectMentions('State of israel', []);
  });
});

describe('word edges', () => {
  it('rejects aliases inside longer words (documented negative examples)', () => {
    for (const word of ['Israelites', 'Bakugou', 'Bakunin', 'Bakuriani', 'Bakuhatsuo']) {
      expectNone(word);
      expectNone(`The ${word} were mentioned.`);
    }
    expectNone('Azerbaijanium SOCARX XSOCAR PreIsrael Azeriland');
  });

  it('rejects a digit directly before or after', () => {
    expectNone('Baku2024 2024Baku Israel1');
    expectMentions('Baku 2024', [['Baku', 'baku']]);
  });

  it('rejects a combining mark directly after or before an alias', () => {
    expectNone('Baku\u0301');
    expectNone('Israel\u0308 says');
    expectNone('a\u0301Baku');
    expectNone('\u0301Baku');
  });

  it('gives UTF-16 offsets after characters outside the BMP', () => {
    const text = '😀Baku 🇦🇿 Azerbaijan 👍🏽 SOCAR’s';
    const found = find(text);
    expect(found.map((x) => x.text)).toEqual(['Baku', 'Azerbaijan', 'SOCAR’s']);
    expect(found[0]).toMatchObject({ start: 2, end: 6, entity: 'baku' });
    for (const x of found) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('rejects letters and digits beyond U+0800 and outside the BMP (checked outside the RegExp)', () => {
    expectNone('漢Israel');
    expectNone('Israel漢');
    expectNone('𝐀SOCAR');
    expectNone('SOCAR𝟏');
    expectNone('Baku\u0901');
    expectMentions('漢 Israel, Baku—漢', [
      ['Israel', 'israel'],
      ['Baku', 'baku'],
    ]);
    expectMentions('“Israel”—Baku…', [
      ['Israel', 'israel'],
      ['Baku', 'baku'],
    ]);
    // A refused match may hold a mention: the search goes on inside it.
    expectMentions('漢State of Israel', [['Israel', 'israel']]);
  });

  it('documented limit: a form touching such a letter is refused whole, not shortened', () => {
    // Through the RegExp's own edge (an ASCII letter), "Israel's" gives way to "Israel"; beyond
    // the table the possessive is not taken back.
    expectMentions("Israel'sx", [['Israel', 'israel']]);
    expectNone("Israel's漢");
  });

  it('allows underscores and other connector punctuation as edges', () => {
    expectMentions('Baku_Expo', [['Baku', 'baku']]);
  });
});

describe('Azerbaijani and Turkish', () => {
  it('matches Azerbaijani forms', () => {
    expectMentions('Azərbaycan, Azərbaycanın paytaxtı Bakı. Bakıda', [
      ['Azərbaycan', 'azerbaijan'],
      ['Azərbaycanın', 'azerbaijan'],
      ['Bakı', 'baku'],
      ['Bakıda', 'baku'],
    ]);
    expectMentions('AZƏRBAYCAN BAKI', [
      ['AZƏRBAYCAN', 'azerbaijan'],
      ['BAKI', 'baku'],
    ]);
  });

  it('matches Turkish forms, with Turkish upper case', () => {
    expectMentions('Azerbaycan, İsrail ve Bakü', [
      ['Azerbaycan', 'azerbaijan'],
      ['İsrail', 'israel'],
      ['Bakü', 'baku'],
    ]);
    expectMentions('İSRAİL AZERBAYCAN BAKÜ', [
      ['İSRAİL', 'israel'],
      ['AZERBAYCAN', 'azerbaijan'],
      ['BAKÜ', 'baku'],
    ]);
  });

  it('does not match the names in lower case, nor longer words', () => {
    expectNone('azərbaycan bakı israil bakü');
    expectNone('İsrailoğlu Azərbaycanca Bakılıoğlu');
  });

  it('inflects by rule: case endings with vowel harmony and buffer consonants, -lI, -lAr', () => {
    const az = 'İsrailin İsrailə İsraildə İsraildən İsraillə İsrailli İsraillər Azərbaycandan Azərbaycandakı Azərbaycanla AZƏRBAYCANLA Bakının Bakıya Bakıdan azərbaycanlı';
    expect(find(az).map((x) => x.text)).toEqual(az.split(' '));
    const tr = "İsrail'in İsrail'e Azerbaycan'da Bakü'de Bakü'nün İsrailliler Azerbaycanlı İSRAİL'DE";
    expect(find(tr).map((x) => x.text)).toEqual(tr.split(' '));
    // ǝ (U+01DD) typed for ə.
    expectMentions('Azǝrbaycanın', [['Azǝrbaycanın', 'azerbaijan']]);
  });
});

describe('Russian', () => {
  it('matches Russian forms', () => {
    expectMentions('Азербайджан, Азербайджана, Азербайджане; Израиль, Израиля, Израиле; Баку', [
      ['Азербайджан', 'azerbaijan'],
      ['Азербайджана', 'azerbaijan'],
      ['Азербайджане', 'azerbaijan'],
      ['Израиль', 'israel'],
      ['Израиля', 'israel'],
      ['Израиле', 'israel'],
      ['Баку', 'baku'],
    ]);
    expectMentions('ИЗРАИЛЬ И АЗЕРБАЙДЖАН', [
      ['ИЗРАИЛЬ', 'israel'],
      ['АЗЕРБАЙДЖАН', 'azerbaijan'],
    ]);
  });

  it('does not match the names in lower case, nor longer words', () => {
    expectNone('израиль баку азербайджан');
    expectNone('Бакунин Израильтянинович азербайджанщина');
  });

  it('matches adjectives and demonyms in every case, in lower case as Russian writes them', () => {
    const ru = 'израильский израильского израильской израильскую израильскими азербайджанская азербайджанцы азербайджанцем израильтяне израильтянам бакинский Израильские СОКАР ГНКАР';
    const found = find(ru);
    expect(found.map((x) => x.text)).toEqual(ru.split(' '));
    expect(found.map((x) => x.entity)).toEqual([
      'israel', 'israel', 'israel', 'israel', 'israel', 'azerbaijan', 'azerbaijan', 'azerbaijan', 'israel', 'israel', 'baku', 'israel', 'socar', 'socar',
    ]);
  });
});

describe('Hebrew', () => {
  it('matches Israel with and without one prefix letter', () => {
    for (const p of ['', 'ב', 'ל', 'מ', 'ה', 'ו', 'ש']) {
      expectMentions(`${p}ישראל`, [[`${p}ישראל`, 'israel']]);
    }
  });

  it('matches Azerbaijan with ASCII apostrophe, geresh and ’, and Baku', () => {
    expectMentions("אזרבייג'ן", [["אזרבייג'ן", 'azerbaijan']]);
    expectMentions('אזרבייג׳ן', [['אזרבייג׳ן', 'azerbaijan']]);
    expectMentions('לאזרבייג׳ן', [['לאזרבייג׳ן', 'azerbaijan']]);
    expectMentions('באקו, בבאקו', [
      ['באקו', 'baku'],
      ['בבאקו', 'baku'],
    ]);
    expectMentions("אזרבייג'אן, לאזרבייג'אן", [
      ["אזרבייג'אן", 'azerbaijan'],
      ["לאזרבייג'אן", 'azerbaijan'],
    ]);
  });

  it('matches stacked prefixes, demonyms and vowel points', () => {
    const he = "ובישראל שבאזרבייג'ן וכשבבאקו ישראלים הישראלית האזרים האזרית אזרבייג'נית סוקאר";
    expect(find(he).map((x) => x.text)).toEqual(he.split(' '));
    expectMentions('שְׁמַע בַּיִשְׂרָאֵל', [['בַּיִשְׂרָאֵל', 'israel']]);
  });

  it('matches a right-to-left paragraph', () => {
    const text =
      '\u200Fראש הממשלה ביקר בבאקו ונפגש עם נשיא אזרבייג׳ן. היחסים בין ישראל לאזרבייג\'ן חזקים, ' +
      'ו-SOCAR מספקת נפט לישראל.\u200F';
    expectMentions(text, [
      ['בבאקו', 'baku'],
      ['אזרבייג׳ן', 'azerbaijan'],
      ['ישראל', 'israel'],
      ["לאזרבייג'ן", 'azerbaijan'],
      ['SOCAR', 'socar'],
      ['לישראל', 'israel'],
    ]);
  });

  it('rejects other letters, stacked prefixes, vowel points and missing geresh', () => {
    expectNone('בנישראל'); // נ is not a prefix letter
    expectNone('ווישראל'); // ו twice: each slot once
    expectNone('בבבאקו'); // three prefixes of one slot
    expectNone('ישראלוביץ');
    expectNone('אזרבייגן');
  });
});

describe('Arabic', () => {
  it('matches Arabic forms with and without a prefix letter', () => {
    expectMentions('أذربيجان وإسرائيل في باكو', [
      ['أذربيجان', 'azerbaijan'],
      ['وإسرائيل', 'israel'],
      ['باكو', 'baku'],
    ]);
    expectMentions('لإسرائيل بباكو', [
      ['لإسرائيل', 'israel'],
      ['بباكو', 'baku'],
    ]);
  });

  it('matches alef with and without hamza or madda, stacked prefixes with the article, nisba, tatweel', () => {
    const ar = 'اسرائيل باسرائيل اذربيجان آذربيجان وبالإسرائيلية للإسرائيليين الإسرائيلي الأذربيجانية الآذري إسرائيليين إســرائيل';
    const found = find(ar);
    expect(found.map((x) => x.text)).toEqual(ar.split(' '));
    expect(found.map((x) => x.entity)).toEqual(['israel', 'israel', 'azerbaijan', 'azerbaijan', 'israel', 'israel', 'israel', 'azerbaijan', 'azerbaijan', 'israel', 'israel']);
  });

  it('rejects longer words and letters that are no prefix', () => {
    expectNone('باكوية');
    expectNone('تإسرائيل');
    expectNone('آذار'); // the month, not the Azeri nisba
  });
});

describe('German, French, Spanish', () => {
  it('matches the forms', () => {
    expectMentions('Aserbaidschan und ASERBAIDSCHAN', [
      ['Aserbaidschan', 'azerbaijan'],
      ['ASERBAIDSCHAN', 'azerbaijan'],
    ]);
    expectMentions('Azerbaïdjan, Israël, Bakou', [
      ['Azerbaïdjan', 'azerbaijan'],
      ['Israël', 'israel'],
      ['Bakou', 'baku'],
    ]);
    expectMentions('Azerbaiyán y Bakú', [
      ['Azerbaiyán', 'azerbaijan'],
      ['Bakú', 'baku'],
    ]);
  });

  it('rejects the names in lower case, and longer words', () => {
    expectNone('aserbaidschan israël bakou azerbaiyán bakú');
    expectNone('Bakounine Israëlites israelischerseits');
  });

  it('matches genitive -s, demonyms and lower-case adjectives in every ending', () => {
    const de = 'Aserbaidschans Israels Bakus Aserbaidschaner Aserbaidschanerin Aserbaidschanerinnen Aseri Aseris Israeli Israelis Israelin israelische aserbaidschanischen';
    expect(find(de).map((x) => x.text)).toEqual(de.split(' '));
    const fr = 'Israéliens israélienne Azerbaïdjanais azerbaïdjanaise Azerbaidjan azéris israélo';
    expect(find(fr).map((x) => x.text)).toEqual(fr.split(' '));
    const es = 'israelí israelíes azerbaiyano azerbaiyanas Azerbaiyán azerí';
    expect(find(es).map((x) => x.text)).toEqual(es.split(' '));
  });

  it('does not match NFD text (documented: pages are NFC)', () => {
    expectNone('Israe\u0308l Baku\u0301');
  });
});

describe('guard rules (src/data/aliases.ts GUARDS)', () => {
  for (const rule of GUARDS) {
    describe(`${rule.id}: ${rule.description}`, () => {
      const forms = new Set(rule.aliases.flatMap((a) => [a, upper(a)]));
      it.each(rule.examples.mention)('mention: %s', (text) => {
        const ofEntity = find(text).filter((x) => x.entity === rule.entity);
        expect(ofEntity).toHaveLength(1);
        expect(forms.has(core(ofEntity[0]?.text ?? ''))).toBe(true);
      });
      it.each(rule.examples.notMention)('not a mention: %s', (text) => {
        expect(find(text).filter((x) => x.entity === rule.entity)).toEqual([]);
      });
    });
  }

  it('israel-given-name: given names are not mentions, institutions and dates are', () => {
    expectNone('Israel Adesanya');
    expectNone("Israel Adesanya's record");
    for (const word of ['Defense Forces', 'Aerospace Industries', 'Police', 'Electric Corporation', 'Museum']) {
      expectMentions(`Israel ${word}`, [['Israel', 'israel']]);
    }
    expectMentions('visited Israel Tuesday', [['Israel', 'israel']]);
    expectMentions('Israel said', [['Israel', 'israel']]);
    expectMentions('Israel and Azerbaijan', [
      ['Israel', 'israel'],
      ['Azerbaijan', 'azerbaijan'],
    ]);
    expectMentions('Israel.', [['Israel', 'israel']]);
    expectMentions("Israel's", [["Israel's", 'israel']]);
    expectMentions('Israel Azerbaijan Baku', [
      ['Israel', 'israel'],
      ['Azerbaijan', 'azerbaijan'],
      ['Baku', 'baku'],
    ]);
  });

  it('israel-given-name: documented limits', () => {
    // A capitalised word that is not allowed suppresses a real mention.
    expectNone('In Israel Netanyahu said');
    // All-caps text cannot be told apart: treated as a mention.
    expectMentions('ISRAEL ADESANYA', [['ISRAEL', 'israel']]);
    // Only the alias "Israel" is guarded; "Israeli Adesanya" is not a given name.
    expectMentions('Israeli Adesanya', [['Israeli', 'israel']]);
  });

  it('israel-honorific: a title before Israel makes it a name', () => {
    expectNone('Rabbi Israel ben Eliezer');
    expectNone('RABBI ISRAEL');
    expectMentions('Chief Rabbi of Israel', [['Israel', 'israel']]);
    expectMentions('Dr. Cohen visited Israel', [['Israel', 'israel']]);
    expectMentions('Rabbi: Israel', [['Israel', 'israel']]);
  });

  it('guards see letters of any script: a title inside a longer word, a non-ASCII name', () => {
    // "…Rabbi" glued to a letter is not the title, in the table's scripts and beyond.
    expectMentions('ΑRabbi Israel', [['Israel', 'israel']]);
    expectMentions('漢Rabbi Israel', [['Israel', 'israel']]);
    expectNone('«Rabbi Israel»');
    // A capitalised word in any script after "Israel" is a name; an initial too.
    expectNone('Israel Émile');
    expectNone('Israel Łukasz');
    expectNone('Israel J. Singer');
    expectMentions('Israel émigrés', [['Israel', 'israel']]);
    expectMentions('Israel 漢字', [['Israel', 'israel']]);
  });

  it('compiles custom guard data', () => {
    const none = { azerbaijan: [], israel: ['Israel'], socar: [], baku: ['Baku'] };
    const bare = createMatcher(compileMatcher(none, []));
    expect(find('Israel Adesanya', bare).map((x) => x.text)).toEqual(['Israel']);
    const custom = createMatcher(compileMatcher(none, [
      {
        id: 'baku-creature',
        entity: 'baku',
        kind: 'not-followed-by-name',
        description: 'test rule',
        aliases: ['Baku'],
        allow: ['Expo'],
        examples: { mention: [], notMention: [] },
      },
      {
        id: 'israel-after-saint',
        entity: 'israel',
        kind: 'not-preceded-by',
        description: 'test rule',
        aliases: ['Israel'],
        words: ['Saint'],
        examples: { mention: [], notMention: [] },
      },
    ]));
    expect(find('Baku Dreameater', custom)).toEqual([]);
    expect(find('Baku Expo', custom).map((x) => x.text)).toEqual(['Baku']);
    expect(find('Saint Israel', custom)).toEqual([]);
    expect(find('Israel Adesanya', custom).map((x) => x.text)).toEqual(['Israel']);
  });

});

describe('regex', () => {
  it('stays under 16,000 characters of source (V8 compiled a larger one several times slower: ADR 0017)', () => {
    expect(matcher.regex.source.length).toBeLessThan(16_000);
  });

  it("is global, with no 'u' flag and no Unicode property class (both costly to build)", () => {
    expect(matcher.regex.flags).toBe('g');
    expect(matcher.regex.source).not.toContain('\\p{');
  });

  const samples = [
    'Israel Adesanya met SOCAR’s CEO in Baku on Tuesday; Israel Defense Forces; Rabbi Israel.',
    'Israeli-Azerbaijani ties, the State of Israel and the Republic of Azerbaijan.',
    'בישראל ובאקו, אזרבייג׳ן; لإسرائيل بباكو; Израиль и Баку; İSRAİL; Bakıda',
    '😀Baku Bakunin Israelites Baku\u0301 /news/israel-azerbaijan-ties',
    '漢Israel Israel漢 Israel’s漢 漢 Baku 𝐀SOCAR SOCAR𝟏 Baku—Israel “Israel” 漢Rabbi Israel',
  ];

  it.each(samples)('exec() loop spans, filtered by accepts(), equal find() spans: %s', (text) => {
    expect(regexSpans(text)).toEqual(spansOf(matcher.find(text)));
  });

  it.each(samples)('mark.js-style loop on the remainder after each match equals find(): %s', (text) => {
    // mark.js wraps match[0], then runs exec() with lastIndex 0 on the rest of the text node.
    const re = matcher.regex;
    const spans: [number, number][] = [];
    let offset = 0;
    let rest = text;
    let r: RegExpExecArray | null;
    re.lastIndex = 0;
    while ((r = re.exec(rest)) !== null) {
      const end = r.index + r[0].length;
      // mark.js's filter callback, where the highlighter applies accepts(); a refused match is
      // not wrapped and exec() goes on from its start + 1 (the highlighter sets lastIndex).
      if (!matcher.accepts(rest, r.index, end)) {
        re.lastIndex = r.index + 1;
        continue;
      }
      spans.push([offset + r.index, offset + end]);
      offset += end;
      rest = rest.slice(end);
      re.lastIndex = 0;
    }
    expect(spans).toEqual(spansOf(matcher.find(text)));
  });
});

// ---- property tests -------------------------------------------------------------------------

/** Pieces that make hard cases when glued together at random. */
const PIECES = [
  ...FORMS.map((f) => f.form),
  ' ', '  ', '\u00A0', '\n', '-', '–', '.', ',', "'", '’', "'s", '’S', 's', 'S', 'x', 'ites',
  '1', '\u0301', '😀', '#', '/', ' Adesanya', ' Defense', ' Tuesday', ' J. ', 'Rabbi ', 'Mr. ',
  ' of ', ' Of ', ' the ', 'State', 'Republic', 'State Oil Company', 'ב', 'ו', 'ל', 'و', 'ب',
  'israel', 'baku', 'ISRAEL', 'İ', 'ı',
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
    const words = [...new Set(GENERATED.flatMap((f) => f.form.split(' ')).filter((w) => w.length > 3).map(fold))];
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
          expected.push({ start: text.length, end: text.length + mention.length, entity: form.entity, text: mention });
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
    const ignorable = fc.constantFrom('\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u0640', '\u05B0', '\u064E');
    fc.assert(
      fc.property(fc.constantFrom(...ALL_FORMS_FOR_GATE), fc.nat(30), ignorable, fc.constantFrom('', ' ', 'x ', 'فارسی\u200Cها '), (form, at, ig, before) => {
        const i = 1 + (at % Math.max(1, form.length - 1));
        const text = `${before}${form.slice(0, i)}${ig}${form.slice(i)}.`;
        if (matcher.find(text).length > 0) expect(matcher.prefilter(text)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('says no to ignorable characters outside names (a Persian language list, hyphenated words)', () => {
    for (const text of ['فارسی\u200Cها', 'hyphen\u00ADated words', '\uFEFFplain text', 'emoji 👨\u200D👩\u200D👧']) {
      expect(matcher.prefilter(text)).toBe(false);
    }
  });

  it('says what the prefilter alone says: the sieve before it never turns a yes into a no', () => {
    // The prefilter without its sieve (an empty source matches every text) is the reference.
    const prefilterAlone = createMatcher({ ...COMPILED_MATCHER, sieve: '' });
    const ignorable = ['\u00AD', '\u200B', '\u200D', '\u2060', '\uFEFF', '\u0640', '\u05B0', '\u064E'];
    const piece = fc.oneof(
      // A form cut anywhere, ignorable characters and word pieces around it.
      fc.tuple(fc.constantFrom(...ALL_FORMS_FOR_GATE), fc.nat(40), fc.nat(40)).map(([f, a, b]) => f.slice(Math.min(a, b), Math.max(a, b) + 1)),
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

  it('has a sieve of pieces that start with few and rare characters, so the engine can skip', () => {
    const sieve = sieveSource(['Baku', 'israel', 'aserb', 'סוקאר'], [[0xad, 0xad]]);
    // "israel" and "aserb" start at a consonant they share, ס (which V8 folds onto "a") is skipped.
    expect(sieve).toBe('(?:Baku|s(?:rael|erb)|וקאר)|(?:B(?:a(?:k)?)?|s(?:r(?:a(?:e)?)?|e(?:r)?)?|ו(?:ק(?:א)?)?)[\\u00ad]');
    const many = Array.from({ length: 17 }, (_, i) => `${String.fromCharCode(0x41 + i)}xyz`);
    expect(() => sieveSource(many, [])).toThrow(/more than 16/);
  });

  it('is one RegExp of short keys, with no look-around, and says no to longer words', () => {
    const { prefilter, prefilterRuns } = prefilterTables();
    expect(prefilter).not.toMatch(/\(\?[=!<]/);
    expect(prefilter.split('|').length).toBeLessThan(60);
    expect(Object.keys(prefilterRuns).length).toBeGreaterThan(0);
    for (const text of ['Bakugou and Bakunin', 'Israelites and Azərbaycanca', 'a blazer, a laser', 'xIsraelis', 'Azerbaijanian']) {
      expect(matcher.prefilter(text)).toBe(false);
    }
    for (const text of ['Israelis', 'Azərbaycanda', 'Bakının', 'israélienne', 'азербайджанцы', 'ובישראל', 'Aser\u00ADbaid\u00ADschan']) {
      expect(matcher.prefilter(text)).toBe(true);
    }
  });
});
