// The matcher in each language of the lexicon: Azerbaijani and Turkish, Russian, Hebrew, Arabic,
// German, French and Spanish (English and the word edges are in match.test.ts).
import { describe, it, expect } from 'vitest';
import { expectMentions, expectNone, find } from '@@/tests/support/matching';

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
    const az =
      'İsrailin İsrailə İsraildə İsraildən İsraillə İsrailli İsraillər Azərbaycandan Azərbaycandakı Azərbaycanla AZƏRBAYCANLA Bakının Bakıya Bakıdan azərbaycanlı';
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
    const ru =
      'израильский израильского израильской израильскую израильскими азербайджанская азербайджанцы азербайджанцем израильтяне израильтянам бакинский Израильские СОКАР ГНКАР';
    const found = find(ru);
    expect(found.map((x) => x.text)).toEqual(ru.split(' '));
    expect(found.map((x) => x.entity)).toEqual([
      'israel',
      'israel',
      'israel',
      'israel',
      'israel',
      'azerbaijan',
      'azerbaijan',
      'azerbaijan',
      'israel',
      'israel',
      'baku',
      'israel',
      'socar',
      'socar',
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
      "\u200Fראש הממשלה ביקר בבאקו ונפגש עם נשיא אזרבייג׳ן. היחסים בין ישראל לאזרבייג'ן חזקים, " +
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
    const ar =
      'اسرائيل باسرائيل اذربيجان آذربيجان وبالإسرائيلية للإسرائيليين الإسرائيلي الأذربيجانية الآذري إسرائيليين إســرائيل';
    const found = find(ar);
    expect(found.map((x) => x.text)).toEqual(ar.split(' '));
    expect(found.map((x) => x.entity)).toEqual([
      'israel',
      'israel',
      'azerbaijan',
      'azerbaijan',
      'israel',
      'israel',
      'israel',
      'azerbaijan',
      'azerbaijan',
      'israel',
      'israel',
    ]);
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
    const de =
      'Aserbaidschans Israels Bakus Aserbaidschaner Aserbaidschanerin Aserbaidschanerinnen Aseri Aseris Israeli Israelis Israelin israelische aserbaidschanischen';
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
