// How each language writes Brieflight's four names: stems, the suffixes its grammar adds (with
// Azerbaijani and Turkish vowel harmony), the letters it stacks in front (Hebrew, Arabic), the
// letters it writes interchangeably and the characters that may sit invisibly inside a word.
// Pure data: src/detect/morph.ts generates every written form from it by rule, src/detect/match-compile.ts
// turns those into the matcher's tables ahead of time (`npm run gen`), docs/adr/0017-morphology.md
// says why it is shaped this way.
//
// Suffix templates (src/detect/morph.ts `inflect`): for Azerbaijani and Turkish, capitals stand for the
// harmonised sounds of the suffix:
//   A  a after a back vowel, e (Turkish) / ə (Azerbaijani) after a front one       (2-way harmony)
//   I  ı / i / u / ü after a / ı, e / ə / i, o / u, ö / ü                          (4-way harmony)
//   D  t after a voiceless consonant in Turkish (Azerbaycan'da, Bakü'de, but Fas'ta), else d
//   (n) (y) (s)  a buffer consonant, written only after a vowel (Bakının, Bakıya; İsrailin, İsrailə)
// Everything else in a template is literal; in the other languages every template is literal.
// A template list is the product of its slots: each form takes one entry of each slot in order
// ('' = nothing), so "İsraillilərin" is stem + lI + lAr + (n)In.

import type { EntityId } from './types';

/** The nine languages of the fact set's readers, as BCP 47 primary tags. */
export const LANGS = ['en', 'az', 'tr', 'ru', 'de', 'fr', 'es', 'ar', 'he'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * How a language writes a word in case:
 * - 'proper': a name, written with a capital (Title) or in UPPER CASE; lower case never counts
 *   ("israel" in a slug is no mention).
 * - 'common': a word the language writes in lower case by its own rules (Russian, French, Spanish,
 *   German adjectives and most demonyms): lower case and with a sentence's capital. Not in UPPER
 *   CASE: those forms pushed the RegExp past the size where V8 compiles it several times slower
 *   (docs/adr/0017-morphology.md).
 * Scripts without case (Hebrew, Arabic) are written as they are.
 */
export type CaseRule = 'proper' | 'common';

/** Letters stacked in front of a word in a script without spaces between them (Hebrew, Arabic). */
export type PrefixSystemId = 'hebrew' | 'arabic';

export interface Lexeme {
  entity: EntityId;
  lang: Lang;
  case: CaseRule;
  /** The stems as written (NFC); `case: 'common'` stems in lower case. */
  stems: readonly string[];
  /** Suffix slots: each form is a stem plus one entry of each slot in order. Default: none. */
  suffixes?: readonly (readonly string[])[];
  /** The prefix letters the word may carry (PREFIX_SYSTEMS). */
  prefixes?: PrefixSystemId;
  /**
   * False: no UPPER-CASE forms (long official names, rarely set in capitals). Every form costs the
   * page's first mention RegExp compile time (docs/adr/0017-morphology.md).
   */
  upper?: false;
}

/**
 * The prefix letters of a script, as slots in their order of stacking: a form may carry one
 * entry of each slot, in order, none required. Hebrew: ו "and", then ש / כש / מש "that, when,
 * since", then one of ב ל כ מ ה מה "in, to, as, from, the, from the" (ובישראל, שבאזרבייג'ן,
 * וכשבבאקו); at most four letters. Arabic: و / ف "and, so", then ب ل ك "in, to, like", the
 * article ال, or both (بال, كال, and لل for ل + ال): وبإسرائيل, للإسرائيليين, والآذرية.
 */
export interface PrefixSystem {
  slots: readonly (readonly string[])[];
}

// A table: one row per line, as written (Prettier would give each entry a line of its own).
// prettier-ignore
export const PREFIX_SYSTEMS: Record<PrefixSystemId, PrefixSystem> = {
  hebrew: { slots: [['ו'], ['כש', 'מש', 'ש'], ['מה', 'ב', 'ל', 'כ', 'מ', 'ה']] },
  arabic: { slots: [['و', 'ف'], ['بال', 'كال', 'لل', 'ال', 'ب', 'ل', 'ك']] },
};

/**
 * Letters written interchangeably: each key also matches its variants, wherever a form has it.
 * ə is also typed as ǝ (U+01DD, which looks the same); the Hebrew geresh as ', ׳ (U+05F3), ’ or `
 * (the grave accent, on sites whose tools know only ASCII: rashuiot.co.il writes אזרבייג`אן),
 * and the Turkish apostrophe before a case ending likewise; Arabic alef with or without hamza or
 * madda (اسرائيل for إسرائيل, اذربيجان and آذربيجان for أذربيجان); French ï is often typed i
 * (Azerbaidjan); Turkish Bakü is also written Bakû (cumhuriyet.com.tr: "Bakû-Tiflis-Ceyhan").
 */
// A table: one row per line, as written (Prettier would give each entry a line of its own).
// prettier-ignore
export const LETTER_VARIANTS: Record<string, string> = {
  'ə': 'ǝ',
  'Ə': 'Ǝ',
  "'": '׳’`',
  'إ': 'اأآ',
  'أ': 'اإآ',
  'آ': 'اأإ',
  'ï': 'i',
  'Ï': 'I',
  'ü': 'û',
  'Ü': 'Û',
};

/**
 * Characters that may stand inside a name without being part of its spelling: soft hyphen
 * (U+00AD, hyphenation points), zero-width space, non-joiner and joiner (U+200B–U+200D), word
 * joiner (U+2060), byte-order mark / zero-width no-break space (U+FEFF), Arabic tatweel (U+0640)
 * and the vowel and cantillation marks of Hebrew (niqqud, U+0591–U+05C7 without the punctuation
 * among them) and Arabic (harakat U+064B–U+065F, superscript alef U+0670), which vocalised text
 * adds to any letter. A name matches as if they were absent; its mention spans them.
 * As [first, last] code point pairs.
 */
// A table: one row per line, as written (Prettier would give each entry a line of its own).
// prettier-ignore
export const IGNORABLE: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x0591, 0x05bd],
  [0x05bf, 0x05bf],
  [0x05c1, 0x05c2],
  [0x05c4, 0x05c5],
  [0x05c7, 0x05c7],
  [0x0640, 0x0640],
  [0x064b, 0x065f],
  [0x0670, 0x0670],
  [0x200b, 0x200d],
  [0x2060, 0x2060],
  [0xfeff, 0xfeff],
];

/**
 * Azerbaijani case endings (nominative, genitive, dative, accusative, locative, ablative,
 * instrumental, the -dakı "in" adjective) and the predicative -dır "is" (Bakıdır, Bakıdadır).
 */
const AZ_CASES = ['', '(n)In', '(y)A', '(n)I', 'DA', 'DAn', '(y)lA', 'DAkI', 'DIr', 'DADIr'];
/** Turkish case endings, after an apostrophe on a proper name; -ki does not harmonise. */
const TR_CASES = ['', '(n)In', '(y)A', '(y)I', 'DA', 'DAn', '(y)lA', 'DAki'];
const TR_CASES_AFTER_APOSTROPHE = TR_CASES.map((c) => (c === '' ? '' : `'${c}`));
/** The -lI "of, from" derivation (demonym and adjective), the -lAr plural. */
const AZ_TR_DERIVED = ['lI'];
const PLURAL_AZ_TR = ['', 'lAr'];

/** Russian adjective endings, every case, gender and number (hard stem in -ск-). */
const RU_ADJ = ['ий', 'ого', 'ому', 'им', 'ом', 'ая', 'ой', 'ую', 'ое', 'ие', 'их', 'ими'];
/** Russian demonym endings: -ец (m.) and -ка (f.) in every case and number. */
const RU_DEMONYM_EC = ['ец', 'ца', 'цу', 'цем', 'це', 'цы', 'цев', 'цам', 'цами', 'цах'];
const RU_DEMONYM_KA = ['ка', 'ки', 'ке', 'ку', 'кой', 'ок', 'кам', 'ками', 'ках'];
/** German adjective endings (strong, weak, mixed). */
const DE_ADJ = ['', 'e', 'en', 'er', 'es', 'em'];
/** Arabic nisba endings: -ي m., -ية f., -يين / -يون pl., -يات f. pl., -يا accusative. */
const AR_NISBA = ['ي', 'ية', 'يين', 'يون', 'يات', 'يا', 'يان'];
/** Hebrew demonym/adjective endings: m., f., m. pl., f. pl. */
const HE_DEMONYM = ['י', 'ית', 'ים', 'יות'];

// A table: one row per line, as written (Prettier would give each entry a line of its own).
// prettier-ignore
export const LEXICON: readonly Lexeme[] = [
  // ---- English
  { entity: 'azerbaijan', lang: 'en', case: 'proper', stems: ['Azerbaijan', 'Republic of Azerbaijan'] },
  { entity: 'azerbaijan', lang: 'en', case: 'proper', stems: ['Azerbaijani', 'Azeri'], suffixes: [['', 's']] },
  { entity: 'israel', lang: 'en', case: 'proper', stems: ['Israel', 'State of Israel'] },
  { entity: 'israel', lang: 'en', case: 'proper', stems: ['Israeli'], suffixes: [['', 's']] },
  {
    entity: 'socar',
    lang: 'en',
    case: 'proper',
    stems: [
      'SOCAR',
      'Socar',
      'State Oil Company of Azerbaijan Republic',
      'State Oil Company of the Azerbaijan Republic',
      'State Oil Company of the Republic of Azerbaijan',
    ],
  },
  { entity: 'baku', lang: 'en', case: 'proper', stems: ['Baku'] },

  // ---- Azerbaijani
  { entity: 'azerbaijan', lang: 'az', case: 'proper', stems: ['Azərbaycan'], suffixes: [AZ_CASES] },
  // The name ends in a possessive (-ı): its cases take the (n) buffer.
  {
    entity: 'azerbaijan',
    lang: 'az',
    case: 'proper',
    stems: ['Azərbaycan Respublikası'],
    suffixes: [['', 'nın', 'na', 'nı', 'nda', 'ndan', 'ndakı']],
  },
  { entity: 'azerbaijan', lang: 'az', case: 'proper', stems: ['Azərbaycan'], suffixes: [AZ_TR_DERIVED, PLURAL_AZ_TR, AZ_CASES] },
  // "azərbaycanlı alimlər": the adjective is also written in lower case.
  { entity: 'azerbaijan', lang: 'az', case: 'common', stems: ['azərbaycan'], suffixes: [AZ_TR_DERIVED, PLURAL_AZ_TR, AZ_CASES] },
  { entity: 'israel', lang: 'az', case: 'proper', stems: ['İsrail'], suffixes: [AZ_CASES] },
  { entity: 'israel', lang: 'az', case: 'proper', stems: ['İsrail'], suffixes: [AZ_TR_DERIVED, PLURAL_AZ_TR, AZ_CASES] },
  { entity: 'israel', lang: 'az', case: 'proper', stems: ['İsrail'], suffixes: [['lAr'], AZ_CASES] },
  // "israilli turistlər": the -lI demonym, like azərbaycanlı, is also written in lower case (yenixeber.az).
  { entity: 'israel', lang: 'az', case: 'common', stems: ['israil'], suffixes: [AZ_TR_DERIVED, PLURAL_AZ_TR, AZ_CASES] },
  { entity: 'baku', lang: 'az', case: 'proper', stems: ['Bakı'], suffixes: [AZ_CASES] },
  { entity: 'baku', lang: 'az', case: 'proper', stems: ['Bakı'], suffixes: [AZ_TR_DERIVED, PLURAL_AZ_TR, AZ_CASES] },
  {
    entity: 'socar',
    lang: 'az',
    case: 'proper',
    upper: false,
    stems: ['Azərbaycan Respublikası Dövlət Neft Şirkəti'],
    // The name ends in a possessive (-i): its cases take the (n) buffer.
    suffixes: [['', 'nin', 'nə', 'ni', 'ndə', 'ndən', 'ylə']],
  },
  { entity: 'socar', lang: 'az', case: 'proper', stems: ['ARDNŞ'], suffixes: [['', "-in", "-ə", "-i", "-də", "-dən", "-lə"]] },

  // ---- Turkish
  { entity: 'azerbaijan', lang: 'tr', case: 'proper', stems: ['Azerbaycan'], suffixes: [TR_CASES_AFTER_APOSTROPHE] },
  { entity: 'azerbaijan', lang: 'tr', case: 'proper', stems: ['Azerbaycan'], suffixes: [AZ_TR_DERIVED, PLURAL_AZ_TR, TR_CASES] },
  { entity: 'israel', lang: 'tr', case: 'proper', stems: ['İsrail'], suffixes: [TR_CASES_AFTER_APOSTROPHE] },
  { entity: 'israel', lang: 'tr', case: 'proper', stems: ['İsrail'], suffixes: [AZ_TR_DERIVED, PLURAL_AZ_TR, TR_CASES] },
  { entity: 'baku', lang: 'tr', case: 'proper', stems: ['Bakü'], suffixes: [TR_CASES_AFTER_APOSTROPHE] },
  { entity: 'baku', lang: 'tr', case: 'proper', stems: ['Bakü'], suffixes: [AZ_TR_DERIVED, PLURAL_AZ_TR, TR_CASES] },
  { entity: 'socar', lang: 'tr', case: 'proper', stems: ['SOCAR'], suffixes: [TR_CASES_AFTER_APOSTROPHE] },
  { entity: 'socar', lang: 'tr', case: 'proper', upper: false, stems: ['Azerbaycan Devlet Petrol Şirketi'], suffixes: [['', 'nin', 'ne', 'ni', 'nde', 'nden']] },

  // ---- Russian
  { entity: 'azerbaijan', lang: 'ru', case: 'proper', stems: ['Азербайджан'], suffixes: [['', 'а', 'у', 'ом', 'е']] },
  { entity: 'azerbaijan', lang: 'ru', case: 'common', stems: ['азербайджанск'], suffixes: [RU_ADJ] },
  { entity: 'azerbaijan', lang: 'ru', case: 'common', stems: ['азербайджан'], suffixes: [[...RU_DEMONYM_EC, ...RU_DEMONYM_KA]] },
  // The combining form of compounds: "азербайджано-израильские".
  { entity: 'azerbaijan', lang: 'ru', case: 'common', stems: ['азербайджано'] },
  { entity: 'israel', lang: 'ru', case: 'proper', stems: ['Израил'], suffixes: [['ь', 'я', 'ю', 'ем', 'е']] },
  { entity: 'israel', lang: 'ru', case: 'common', stems: ['израильск'], suffixes: [[...RU_ADJ, 'о']] },
  {
    entity: 'israel',
    lang: 'ru',
    case: 'common',
    stems: ['израильтян'],
    suffixes: [['ин', 'ина', 'ину', 'ином', 'ине', 'е', '', 'ам', 'ами', 'ах', 'ка', 'ки', 'ке', 'ку', 'кой', 'ок', 'кам', 'ками', 'ках']],
  },
  // Баку does not decline.
  { entity: 'baku', lang: 'ru', case: 'proper', stems: ['Баку'] },
  { entity: 'baku', lang: 'ru', case: 'common', stems: ['бакинск'], suffixes: [RU_ADJ] },
  { entity: 'baku', lang: 'ru', case: 'common', stems: ['бакин'], suffixes: [RU_DEMONYM_EC] },
  { entity: 'socar', lang: 'ru', case: 'proper', stems: ['СОКАР', 'ГНКАР'] },
  {
    entity: 'socar',
    lang: 'ru',
    case: 'proper',
    upper: false,
    // The full name in the cases a sentence puts it in (nom., gen./dat./prep., acc., instr.).
    stems: [
      'Государственная нефтяная компания Азербайджанской Республики',
      'Государственной нефтяной компании Азербайджанской Республики',
      'Государственную нефтяную компанию Азербайджанской Республики',
      'Государственной нефтяной компанией Азербайджанской Республики',
    ],
  },

  // ---- German
  { entity: 'azerbaijan', lang: 'de', case: 'proper', stems: ['Aserbaidschan', 'Aserbeidschan'], suffixes: [['', 's']] },
  { entity: 'azerbaijan', lang: 'de', case: 'proper', stems: ['Aserbaidschaner'], suffixes: [['', 'in', 'innen', 'n', 's']] },
  { entity: 'azerbaijan', lang: 'de', case: 'proper', stems: ['Aseri'], suffixes: [['', 's']] },
  { entity: 'azerbaijan', lang: 'de', case: 'common', stems: ['aserbaidschanisch', 'aserisch'], suffixes: [DE_ADJ] },
  { entity: 'israel', lang: 'de', case: 'proper', stems: ['Israel'], suffixes: [['', 's']] },
  { entity: 'israel', lang: 'de', case: 'proper', stems: ['Israeli'], suffixes: [['', 's']] },
  { entity: 'israel', lang: 'de', case: 'proper', stems: ['Israelin', 'Israelinnen'] },
  { entity: 'israel', lang: 'de', case: 'common', stems: ['israelisch'], suffixes: [DE_ADJ] },
  { entity: 'baku', lang: 'de', case: 'proper', stems: ['Baku'], suffixes: [['', 's']] },
  { entity: 'socar', lang: 'de', case: 'proper', upper: false, stems: ['Staatliche Ölgesellschaft der Republik Aserbaidschan'] },

  // ---- French
  { entity: 'azerbaijan', lang: 'fr', case: 'proper', stems: ['Azerbaïdjan', 'République d’Azerbaïdjan', "République d'Azerbaïdjan"] },
  { entity: 'azerbaijan', lang: 'fr', case: 'common', stems: ['azerbaïdjanais', 'azéri'], suffixes: [['', 'e', 'es']] },
  { entity: 'azerbaijan', lang: 'fr', case: 'common', stems: ['azéris'] },
  { entity: 'israel', lang: 'fr', case: 'proper', stems: ['Israël', 'État d’Israël', "État d'Israël"] },
  { entity: 'israel', lang: 'fr', case: 'common', stems: ['israélien'], suffixes: [['', 'ne', 's', 'nes']] },
  // The combining form of compounds: "israélo-azerbaïdjanais".
  { entity: 'israel', lang: 'fr', case: 'common', stems: ['israélo'] },
  { entity: 'baku', lang: 'fr', case: 'proper', stems: ['Bakou'] },

  // ---- Spanish
  { entity: 'azerbaijan', lang: 'es', case: 'proper', stems: ['Azerbaiyán'] },
  { entity: 'azerbaijan', lang: 'es', case: 'common', stems: ['azerbaiyan'], suffixes: [['o', 'a', 'os', 'as']] },
  { entity: 'azerbaijan', lang: 'es', case: 'common', stems: ['azerí'], suffixes: [['', 'es', 's']] },
  { entity: 'israel', lang: 'es', case: 'proper', stems: ['Israel', 'Estado de Israel'] },
  { entity: 'israel', lang: 'es', case: 'common', stems: ['israelí'], suffixes: [['', 'es', 's']] },
  { entity: 'baku', lang: 'es', case: 'proper', stems: ['Bakú'] },

  // ---- Arabic
  { entity: 'azerbaijan', lang: 'ar', case: 'proper', prefixes: 'arabic', stems: ['أذربيجان'], suffixes: [['', ...AR_NISBA]] },
  // The Azeri nisba: الآذري, الآذرية, الآذريين.
  { entity: 'azerbaijan', lang: 'ar', case: 'proper', prefixes: 'arabic', stems: ['آذر'], suffixes: [AR_NISBA] },
  { entity: 'israel', lang: 'ar', case: 'proper', prefixes: 'arabic', stems: ['إسرائيل'], suffixes: [['', ...AR_NISBA]] },
  { entity: 'baku', lang: 'ar', case: 'proper', prefixes: 'arabic', stems: ['باكو'] },
  { entity: 'socar', lang: 'ar', case: 'proper', prefixes: 'arabic', stems: ['سوكار'] },

  // ---- Hebrew (the geresh in אזרבייג'ן in its three spellings through LETTER_VARIANTS)
  { entity: 'israel', lang: 'he', case: 'proper', prefixes: 'hebrew', stems: ['ישראל'], suffixes: [['', ...HE_DEMONYM]] },
  {
    entity: 'azerbaijan',
    lang: 'he',
    case: 'proper',
    prefixes: 'hebrew',
    // With and without alef, with one or two yods.
    stems: ["אזרבייג'ן", "אזרבייג'אן", "אזרביג'ן", "אזרביג'אן"],
  },
  {
    entity: 'azerbaijan',
    lang: 'he',
    case: 'proper',
    prefixes: 'hebrew',
    // The demonym: final nun becomes medial before its ending (אזרבייג'ני).
    stems: ["אזרבייג'נ", "אזרבייג'אנ", "אזרביג'נ"],
    suffixes: [HE_DEMONYM],
  },
  { entity: 'azerbaijan', lang: 'he', case: 'proper', prefixes: 'hebrew', stems: ['אזר'], suffixes: [HE_DEMONYM] },
  { entity: 'baku', lang: 'he', case: 'proper', prefixes: 'hebrew', stems: ['באקו'] },
  { entity: 'socar', lang: 'he', case: 'proper', prefixes: 'hebrew', stems: ['סוקאר'] },
];

/**
 * The prefilter's keys (src/detect/match.ts): RegExp sources without flags, one of which starts every written
 * form (or its word that holds the name; after the prefix letters in Hebrew and Arabic). Each
 * piece is short, so one key covers every ending, and the prefilter stays one RegExp that V8 scans
 * quickly: docs/adr/0017-morphology.md has the measurements that chose them. src/detect/match-compile.ts
 * checks that every generated form passes the prefilter.
 */
// A table: one row per line, as written (Prettier would give each entry a line of its own).
// prettier-ignore
export const PREFILTER_KEYS: readonly string[] = [
  // Latin, capitalised and upper case
  'Az[eé]rb', 'Az[eé]r[iíI]', 'AZ[EÉ]RB', 'AZ[EÉ]R[IÍ]', 'Az[əǝ]rb', 'AZ[ƏƎ]RB', 'Aserb', 'Aseri', 'ASERB', 'ASERI',
  'Isra[eëé]l', 'ISRA[EËÉ]L', 'İsrail', 'İSRAİL', 'Bak[uıüúû]', 'Bakou', 'BAK[UIÜÚÛ]', 'BAKOU', 'S[Oo][Cc][Aa][Rr]', 'ARDNŞ',
  // Latin, lower case (words the language writes so)
  'azerb', 'azerí', 'azéri', 'az[əǝ]rb', 'aserb', 'aseris', 'israel', 'israél', 'israil',
  // Cyrillic
  'Азерб', 'АЗЕРБ', 'азерб', 'Израил', 'ИЗРАИЛ', 'израил', 'Баку', 'БАКУ', '[Бб]акин', 'БАКИН', 'СОКАР', 'ГНКАР',
  // Hebrew
  'ישראל', 'אזרי', 'אזרב', 'באקו', 'סוקאר',
  // Arabic
  '[إاأآ]سرائيل', '[أاإآ]ذربي', '[أاإآ]ذري', 'باكو', 'سوكار',
];

/**
 * Pieces that identify the entity of a written form, checked in this order on the form in lower
 * case with LETTER_VARIANTS folded to their key and IGNORABLE removed: the first piece a form
 * contains gives its entity. SOCAR's full names contain the country's name, so SOCAR comes first.
 * src/detect/match-compile.ts checks every generated form against this table.
 */
// A table: one row per line, as written (Prettier would give each entry a line of its own).
// prettier-ignore
export const ENTITY_KEYS: readonly (readonly [string, EntityId])[] = [
  ['socar', 'socar'],
  ['сокар', 'socar'],
  ['гнкар', 'socar'],
  ['ardnş', 'socar'],
  ['oil company', 'socar'],
  ['neft şirkəti', 'socar'],
  ['petrol şirketi', 'socar'],
  ['нефтян', 'socar'],
  ['ölgesellschaft', 'socar'],
  ['سوكار', 'socar'],
  ['סוקאר', 'socar'],
  ['israel', 'israel'],
  ['israël', 'israel'],
  ['israél', 'israel'],
  ['srail', 'israel'],
  ['израил', 'israel'],
  ['سرائيل', 'israel'],
  ['ישראל', 'israel'],
  ['azer', 'azerbaijan'],
  ['azər', 'azerbaijan'],
  ['azér', 'azerbaijan'],
  ['aser', 'azerbaijan'],
  ['азербайдж', 'azerbaijan'],
  ['ذربيجان', 'azerbaijan'],
  ['اذر', 'azerbaijan'],
  ['אזר', 'azerbaijan'],
  ['bak', 'baku'],
  ['бак', 'baku'],
  ['باكو', 'baku'],
  ['באקו', 'baku'],
];
