import { describe, expect, it } from 'vitest';
import { matcher } from './match';

/** The mentions of Israel in `text`, as their exact text. */
const israel = (text: string): string[] =>
  matcher
    .find(text)
    .filter((m) => m.entity === 'israel')
    .map((m) => text.slice(m.start, m.end));

// Scripture writes the phrases of israel-he-scripture (בני ישראל, אלוהי ישראל, …) with the prefix
// letters every Hebrew word takes: ו "and", ל "to", מ "from", ב "in", כ "as" (Exodus 12:35
// "ובני ישראל עשו כדבר משה"). The phrase is the same with them; the state is not meant.
describe('Hebrew scripture phrases with prefix letters (israel-he-scripture)', () => {
  it.each([
    'ובני ישראל עשו כדבר משה',
    'דבר לבני ישראל ויסעו',
    'איש מבני ישראל',
    'ולכל בני ישראל לא יחרץ כלב לשנו',
    'ואלהי ישראל אמר',
    'כשבטי ישראל',
  ])('scripture: %s', (text) => {
    expect(israel(text)).toEqual([]);
  });

  it.each([
    ['ובממשלת ישראל אמרו', 'ישראל'],
    ['ובישראל חוגגים', 'ובישראל'],
    ['מבנים בישראל', 'בישראל'],
    ['שובני ישראל', 'ישראל'],
    // "All Israel" with a prefix is also news ("גשם בכל ישראל"): only bare כל ישראל is scripture.
    ['ירד גשם בכל ישראל', 'ישראל'],
  ])('the state: %s', (text, mention) => {
    expect(israel(text)).toEqual([mention]);
  });
});

// The kind, not the Hebrew example: every language the matcher reads writes the Bible's and the
// Quran's "children of Israel" with its own words (israel-scripture-other, israel-tr-az-scripture).
describe('scripture phrases in the other languages', () => {
  it.each([
    'يا بني إسرائيل اذكروا نعمتي',
    'وقال موسى لبني إسرائيل',
    'وسكن بنو اسرائيل مصر',
    'И сказал Господь сынам Израиля',
    'двенадцать колен Израиля',
    'Höre, Israel, der Herr ist unser Gott',
    'Die Kinder Israels zogen aus Ägypten',
    'les enfants d’Israël sortirent d’Égypte',
    'Écoute, Israël',
    'los hijos de Israel salieron de Egipto',
    'Oye, Israel',
    'İsrail oğulları Mısır’dan çıktı',
    'İsrail övladları səhrada qaldı',
  ])('scripture: %s', (text) => {
    expect(israel(text)).toEqual([]);
  });

  it.each([
    ['وزار الرئيس إسرائيل', 'إسرائيل'],
    ['Премьер Израиля прибыл в Баку', 'Израиля'],
    ['Die Regierung Israels erklärte', 'Israels'],
    ['le gouvernement d’Israël a annoncé', 'Israël'],
    ['el gobierno de Israel anunció', 'Israel'],
    ['İsrail ile Azerbaycan anlaştı', 'İsrail'],
  ])('news: %s', (text, name) => {
    expect(israel(text)).toEqual([name]);
  });
});
