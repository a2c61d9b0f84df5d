// The rules that keep look-alike words from counting as mentions of Brieflight's four entities.
// Pure data: src/detect/match-compile.ts compiles them into the matcher's tables (`npm run gen`). The
// names themselves, in every language and form, are in src/data/morphology.ts.
//
// How the matcher reads text (src/detect/match.ts):
//   - Every written form src/data/morphology.ts generates counts, in the case forms its language
//     allows: names in Title and UPPER case (Turkish/Azerbaijani upper-cased with Turkish rules,
//     "İsrail" → "İSRAİL"); words a language writes in lower case (Russian, French, Spanish,
//     German adjectives and demonyms) also in lower case. English names never count in lower case
//     ("israel" in a slug).
//   - In multi-word names any run of white space (no-break space, line breaks) matches a space.
//   - Hebrew and Arabic forms may carry stacked prefix letters (src/data/morphology.ts PREFIX_SYSTEMS).
//   - A possessive ('s, ’s; 'S after an upper-case form) is part of the mention.
//   - A letter, combining mark or digit directly before or after a mention means no match
//     ("Israelites", "Bakunin", "Bakuriani", "Bakugou", "Baku2024" are not mentions).
//   - Ignorable characters (soft hyphen, zero-width characters, tatweel: src/data/morphology.ts
//     IGNORABLE) inside a name are read as absent.
//   - Text is expected in NFC (as pages normally are); NFD text ("Israe\u0308l") does not match.
// The rules below then drop matches that are not the entity: given names, scripture, the baku of
// Japanese folklore. Each rule has documented examples, checked by src/detect/match.guards.test.ts.

import type { GuardRule } from './guard-rules';

/** Institutions, companies and bodies named "Israel …". */
// A table: one row per line, as written (Prettier would give each entry a line of its own).
// prettier-ignore
const ISRAEL_INSTITUTIONS = [
  'Academy', 'Aerospace', 'Affairs', 'Agency', 'Air', 'Aircraft', 'Airports', 'Antiquities',
  'Army', 'Association', 'Atomic', 'Authority', 'Bank', 'Bar', 'Basketball', 'Bonds', 'Border',
  'Broadcasting', 'Cancer', 'Central', 'Chemicals', 'Corp', 'Corporation', 'Council', 'Defence',
  'Defense', 'Democracy', 'Discount', 'Electric', 'Embassy', 'Export', 'Federation', 'Football',
  'Forces', 'Foreign', 'Foundation', 'Fund', 'Government', 'Hayom', 'Hospital', 'Innovation',
  'Institute', 'Journal', 'Land', 'League', 'Lobby', 'Medical', 'Military', 'Ministry',
  'Museum', 'National', 'Nature', 'Navy', 'Olympic', 'Parks', 'Philharmonic', 'Police', 'Ports',
  'Post', 'Premier', 'Prison', 'Prize', 'Radio', 'Railways', 'Security', 'Shipyards', 'Society',
  'Space', 'Studies', 'Television', 'Tennis', 'Union', 'University',
];

/** Weekdays and months ("visited Israel Tuesday", "Israel January 2024"). */
// A table: one row per line, as written (Prettier would give each entry a line of its own).
// prettier-ignore
const WEEKDAYS_MONTHS = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December',
];

/** Words that start a sentence or a clause, or join title-case headline words. */
// A table: one row per line, as written (Prettier would give each entry a line of its own).
// prettier-ignore
const FUNCTION_WORDS = [
  'A', 'After', 'Again', 'Against', 'Also', 'Amid', 'An', 'And', 'Are', 'As', 'At', 'Back',
  'Before', 'But', 'By', 'Can', 'Could', 'Did', 'Do', 'Does', 'During', 'For', 'From', 'Had',
  'Has', 'Have', 'He', 'Her', 'Here', 'His', 'How', 'However', 'I', 'If', 'In', 'Into', 'Is',
  'It', 'Its', 'Meanwhile', 'Might', 'Must', 'No', 'Nor', 'Not', 'Now', 'Of', 'Off', 'On',
  'Or', 'Our', 'Out', 'Over', 'Per', 'She', 'Should', 'Since', 'So', 'Still', 'That', 'The',
  'Their', 'Then', 'There', 'These', 'They', 'This', 'Those', 'To', 'Today', 'Tomorrow',
  'Tonight', 'Under', 'Until', 'Up', 'Versus', 'Via', 'Vs', 'Was', 'We', 'Were', 'What', 'When',
  'Where', 'Which', 'While', 'Who', 'Why', 'Will', 'With', 'Would', 'Yesterday', 'Yet', 'You',
  // Prepositions a Title-case headline capitalises ("More Tourists Visit Israel Despite War").
  'About', 'Across', 'Ahead', 'Among', 'Around', 'Between', 'Beyond', 'Despite', 'Following', 'Near',
  'Through', 'Toward', 'Towards', 'Within', 'Without',
];

/** Verbs and nouns that follow "Israel" in title-case headlines ("Israel Says …"). */
// A table: one row per line, as written (Prettier would give each entry a line of its own).
// prettier-ignore
const HEADLINE_WORDS = [
  'Accuses', 'Agrees', 'Announces', 'Approves', 'Asks', 'Attack', 'Attacks', 'Backs', 'Bans',
  'Begins', 'Blames', 'Boosts', 'Buys', 'Cabinet', 'Calls', 'Ceasefire', 'Condemns', 'Confirms',
  'Conflict', 'Crisis', 'Deal', 'Denies', 'Deploys', 'Economy', 'Election', 'Elections', 'Ends',
  'Energy', 'Expands', 'Eyes', 'Faces', 'Gas', 'Gets', 'Gives', 'Halts', 'Hits', 'Kills',
  'Latest', 'Launches', 'Live', 'Makes', 'Minister', 'Moves', 'News', 'Oil', 'Opens', 'Orders',
  'Parliament', 'Plans', 'Prime', 'Relations', 'Reports', 'Rejects', 'Responds', 'Resumes',
  'Said', 'Says', 'Seeks', 'Sees', 'Sells', 'Sends', 'Signs', 'Strike', 'Strikes', 'Takes',
  'Talks', 'Targets', 'Tech', 'Tells', 'Threatens', 'Ties', 'Trade', 'Travel', 'Update',
  'Updates', 'Urges', 'Visit', 'Vows', 'War', 'Warns', 'Welcomes', 'Wins',
  // Nouns "Israel" modifies, often last in a headline ("Azerbaijan To Resume Israel Flights", jns.org).
  'Ambassador', 'Arms', 'Drone', 'Drones', 'Envoy', 'Exports', 'Flight', 'Flights', 'Hostages',
  'Imports', 'Tourism', 'Tourists', 'Trip', 'Weapons',
];

/** Places and parties that follow "Israel" without punctuation ("Israel Gaza war"). */
// A table: one row per line, as written (Prettier would give each entry a line of its own).
// prettier-ignore
const PLACES = [
  'America', 'Armenia', 'Cyprus', 'Egypt', 'Europe', 'Gaza', 'Georgia', 'Greece', 'Hamas',
  'Hezbollah', 'India', 'Iran', 'Iraq', 'Jordan', 'Lebanon', 'Morocco', 'Palestine',
  'Palestinian', 'Palestinians', 'Qatar', 'Russia', 'Saudi', 'Syria', 'Turkey', 'Türkiye',
  'Ukraine', 'West', 'Yemen',
];

// A table: one row per line, as written (Prettier would give each entry a line of its own).
// prettier-ignore
export const GUARDS: readonly GuardRule[] = [
  {
    id: 'israel-given-name',
    entity: 'israel',
    kind: 'not-followed-by-name',
    description:
      '"Israel" followed by a capitalised word that is not an institutional word, weekday, ' +
      'month, function word, headline word or place is a given name ("Israel Adesanya").',
    aliases: ['Israel'],
    allow: [...ISRAEL_INSTITUTIONS, ...WEEKDAYS_MONTHS, ...FUNCTION_WORDS, ...HEADLINE_WORDS, ...PLACES],
    headlineVerbEnding: 's',
    headlineRun: 3,
    examples: {
      mention: [
        'Israel Shores Up Relations with Azerbaijan',
        'Israel Mulls New Gas Deal',
        'Azerbaijan and Israel Tout Strategic Ties',
        'Israel y Azerbaiyán firmaron un acuerdo',
        'Israel Defense Forces',
        'Israel Aerospace Industries',
        'the Israel Police said',
        'Israel Electric Corporation',
        'the Israel Museum in Jerusalem',
        'Israel said on Monday',
        'Israel and Azerbaijan',
        'He flew to Israel.',
        "Israel's exports",
        'visited Israel Tuesday',
        'Israel Says It Will Respond',
        'ISRAEL ADESANYA WINS',
        'Israel Azerbaijan ties',
        'Israel, Netanyahu said',
      ],
      notMention: [
        'Israel Adesanya won the fight',
        'Israel Katz, the minister',
        'Israel J. Singer',
        'Israel Kamakawiwoʻole sang',
        'Israel\u00A0Houghton',
        'Israel Jiménez marcó dos goles',
        'Israel Kamakawiwoʻole',
      ],
    },
  },
  {
    id: 'israel-surname',
    entity: 'israel',
    kind: 'not-followed-by-word',
    description:
      '"Israel" right before the surname of a well-known bearer is the person, however the words ' +
      'after it are written: in a Title-case headline ("Israel Adesanya Wins Title") the capitals ' +
      'after the surname read as a headline to israel-given-name. The converse, "Israel Wins ' +
      'Eurovision Vote", has no surname and stays the country.',
    aliases: ['Israel'],
    words: [
      'Adesanya', 'Katz', 'Folau', 'Houghton', 'Kamakawiwoʻole', "Kamakawiwo'ole", 'Jiménez', 'Idonije',
      'Keyes', 'Broussard', 'Zangwill', 'Regardie', 'Gollancz', 'Shahak', 'Finkelstein', 'Kirzner',
      'Putnam', 'Baline', 'Salanter', 'Galván', 'Aumann', 'Vázquez', 'Nash',
    ],
    examples: {
      mention: ['Israel Wins Eurovision Vote', 'Israel Says Katz Will Visit Baku', 'Israel Clinches Eurovision Televote'],
      notMention: ['Israel Adesanya Wins Title', 'Israel Katz Says Iran Will Pay', 'Israel Folau Signs With Catalans'],
    },
  },
  {
    id: 'israel-honorific',
    entity: 'israel',
    kind: 'not-preceded-by',
    description:
      '"Israel" right after an honorific or title ("Rabbi Israel ben Eliezer", "Mr. Israel") ' +
      'is a given name.',
    aliases: ['Israel'],
    words: ['Rabbi', 'Reb', 'Rav', 'Mr.', 'Mrs.', 'Ms.', 'Dr.'],
    examples: {
      mention: ['Chief Rabbi of Israel', 'Rabbi: Israel must act', 'Dr. Cohen left Israel'],
      notMention: ['Rabbi Israel ben Eliezer', 'Dr. Israel', 'Mr.\u00A0Israel of 2019'],
    },
  },
  {
    id: 'israel-born',
    entity: 'israel',
    kind: 'not-preceded-by',
    description:
      '"Israel" right after a birth clause with a date ("Born in 1959, Israel faced …") is the ' +
      'person the passage is about; a birthplace ("born in Haifa, Israel") stays the country.',
    aliases: ['Israel'],
    words: [],
    patterns: ['\\b[Bb]orn\\s+(?:in\\s+|on\\s+)?(?:[A-Z][a-z]+\\s+\\d{1,2},\\s+)?\\d{4},\\s*'],
    examples: {
      mention: ['She was born in Haifa, Israel, in 1990', 'Founded in 1948, Israel is a young state'],
      notMention: ['Born in 1959, Israel faced poverty as a boy', 'Born on May 3, 1960, Israel grew up in Lagos'],
    },
  },
  {
    id: 'israel-scripture',
    entity: 'israel',
    kind: 'not-preceded-by',
    description:
      'Israel in scripture and liturgy is the people or the patriarch, not the state: "Hear, O ' +
      'Israel", "the children of Israel", "the tribes of Israel", "the God of Israel", "the Holy ' +
      'One of Israel", "the house of Israel", "the kingdom of Israel", "Jacob (Israel)". "The ' +
      'people of Israel" and "the Land of Israel" are left to count: in news they are the country ' +
      '(docs/adr/0017-morphology.md).',
    aliases: ['Israel'],
    words: [
      'O', 'children of', 'Children of', 'tribes of', 'Tribes of', 'God of', 'Holy One of', 'house of', 'House of',
      'kingdom of', 'Kingdom of', 'king of', 'King of', 'elders of', 'congregation of', 'Shepherd of', 'Lord God of',
      'virgin of', 'remnant of',
    ],
    patterns: ['\\bJacob\\s*\\(\\s*'],
    examples: {
      mention: ['the people of Israel voted', 'the Land of Israel', 'the president of Israel', 'O. J. left Israel'],
      notMention: ['Hear, O Israel: the Lord is our God', 'the children of Israel', 'the twelve tribes of Israel', 'the God of Israel', 'Jacob (Israel) wrestled', 'the Holy One of Israel'],
    },
  },
  {
    id: 'israel-he-given-name',
    entity: 'israel',
    kind: 'not-preceded-by',
    description:
      'ישראל after an honorific (הרב, רבי, ר\', מר, ד"ר, פרופ\') is a given name: "הרב ישראל סלנטר".',
    aliases: ['ישראל'],
    words: ['הרב', 'רבי', 'רב', "ר'", 'ר׳', 'מר', 'ד"ר', 'ד״ר', "פרופ'", 'פרופ׳', 'האדמו"ר', 'האדמו״ר'],
    examples: {
      mention: ['הרב אמר כי ישראל תגיב', 'ממשלת ישראל הודיעה'],
      notMention: ['הרב ישראל סלנטר', 'רבי ישראל בעל שם טוב', 'מר ישראל כהן'],
    },
  },
  {
    id: 'israel-he-surname',
    entity: 'israel',
    kind: 'not-followed-by-word',
    description:
      'ישראל followed by a surname or a patronymic (בן, בר) is a given name; Hebrew has no capital ' +
      'letter to tell one, so the surnames of well-known bearers are listed.',
    aliases: ['ישראל'],
    words: [
      'סלנטר', 'כץ', 'כ"ץ', 'כ״ץ', 'אומן', 'אהרוני', 'הראל', 'בן', 'בר', 'גלילי', 'אלדד', 'זנגוויל', 'אייכלר', 'ליאור',
      'מאיר', 'יהושע', 'פינקלשטיין', 'בארי', 'פוליאקוב', 'קטורזה', 'זיו', 'טל', 'נתן', 'אלירז', 'רוזן', 'ישעיהו', 'מאיר לאו',
    ],
    examples: {
      mention: ["ישראל ואזרבייג'ן חתמו", 'ישראל תגיב'],
      notMention: ['ישראל סלנטר ייסד את תנועת המוסר', 'ישראל אומן זכה בפרס נובל', 'ישראל כ״ץ אמר'],
    },
  },
  {
    id: 'israel-he-scripture',
    entity: 'israel',
    kind: 'not-preceded-by',
    description:
      'ישראל in scripture and prayer is the people: שמע ישראל, בני ישראל, אלוהי ישראל, שבטי ישראל, ' +
      'עמו ישראל, עמך ישראל, כל ישראל, קדוש ישראל, צור ישראל, and עם ישראל after "ועל" or "כל" ' +
      '(in prayer); "עם ישראל" alone, as news writes it, stays. The words count with prefix letters ' +
      '(ובני ישראל, לבני ישראל), all but כל: "בכל ישראל" is also news.',
    aliases: ['ישראל'],
    words: ['שמע', 'בני', 'אלוהי', 'אלהי', 'שבטי', 'עמו', 'עמך', 'כל', 'קדוש', 'צור', 'גואל', 'מלך', 'ועל עם', 'כל עם', 'בית'],
    // The same words with the prefix letters scripture puts on them, as PREFIX_SYSTEMS.hebrew orders
    // them (ו, then ש כש מש, then ב ל כ מ): "ובני ישראל עשו כדבר משה" (Exodus 12:35), "לבני ישראל".
    patterns: [
      '(?:ו(?:ש|כש|מש)?[בלכמ]?|(?:ש|כש|מש)[בלכמ]?|[בלכמ])(?:שמע|בני|אלוהי|אלהי|שבטי|עמו|עמך|קדוש|צור|גואל|מלך|בית)\\s+',
    ],
    examples: {
      mention: ['עם ישראל חי', 'ממשלת ישראל', "ישראל ואזרבייג'ן", 'ובממשלת ישראל אמרו'],
      notMention: ['שמע ישראל ה׳ אלוהינו', 'בני ישראל יצאו ממצרים', 'שְׁמַע יִשְׂרָאֵל', 'ועל כל עמו ישראל', 'ובני ישראל עשו כדבר משה'],
    },
  },
  {
    id: 'israel-scripture-other',
    entity: 'israel',
    kind: 'not-preceded-by',
    description:
      'The scripture phrases of israel-scripture and israel-he-scripture in the other languages read: ' +
      'the Quran\'s and the Arabic Bible\'s بني إسرائيل / بنو إسرائيل (with و ل ف), the Russian ' +
      'Bible\'s сыны Израиля, колена Израиля, Бог Израиля, German Kinder Israels, Stämme Israels, ' +
      'Gott Israels, Höre, Israel; French enfants d\'Israël, tribus d\'Israël, Dieu d\'Israël, ' +
      'Écoute, Israël; Spanish hijos de Israel, tribus de Israel, Dios de Israel, Oye, Israel. As in ' +
      'English, "the people of Israel" and its translations stay: in news they are the country.',
    aliases: [
      'إسرائيل', 'اسرائيل', 'أسرائيل', 'Израиль', 'Израиля', 'Израилю', 'Израилем', 'Израиле',
      'Israel', 'Israels', 'Israël',
    ],
    words: [
      'بني', 'وبني', 'لبني', 'فبني', 'بنو', 'وبنو', 'أسباط', 'وأسباط',
      'сыны', 'сынов', 'сынам', 'сынами', 'сынах', 'колена', 'колен', 'коленам', 'Бог', 'Бога', 'Богу',
      'Kinder', 'Kindern', 'Söhne', 'Söhnen', 'Stämme', 'Stämmen', 'Gott', 'Höre,',
      'Écoute,', 'hijos de', 'tribus de', 'Dios de', 'Oye,',
    ],
    // French elides "de" onto the name: "enfants d'Israël" has no space before it.
    patterns: ["\\b(?:[Ee]nfants|[Ff]ils|[Tt]ribus|[Dd]ieu|[Mm]aison) d['’]"],
    examples: {
      mention: ['وزار الرئيس إسرائيل', 'Премьер Израиля прибыл', 'Die Regierung Israels erklärte', "le gouvernement d'Israël", 'el gobierno de Israel'],
      notMention: ['يا بني إسرائيل', 'сынам Израиля', 'Die Kinder Israels zogen', "les enfants d'Israël", 'los hijos de Israel', 'Höre, Israel'],
    },
  },
  {
    id: 'israel-tr-az-scripture',
    entity: 'israel',
    kind: 'not-followed-by-word',
    description:
      'Turkish and Azerbaijani write "the children of Israel" after the name: İsrail oğulları, İsrail ' +
      'övladları (Turkish also as one word, İsrailoğulları, which no form matches).',
    aliases: ['İsrail'],
    words: ['oğulları', 'oğullarının', 'oğullarına', 'oğullarını', 'övladları', 'övladlarının', 'övladlarına'],
    examples: {
      mention: ['İsrail ile Azerbaycan anlaştı', 'İsrail hökuməti bildirib'],
      notMention: ['İsrail oğulları Mısır’dan çıktı', 'İsrail övladları səhrada qaldı'],
    },
  },
  {
    id: 'baku-folklore',
    entity: 'baku',
    kind: 'not-near',
    description:
      'The baku of Japanese folklore eats nightmares: "Baku" near nightmares, dreams or yōkai is ' +
      'the creature, not the city.',
    aliases: ['Baku', 'BAKU'],
    words: ['nightmare', 'dream-eat', 'dream eat', 'eats dreams', 'eat dreams', 'eater of dreams', 'yōkai', 'yokai', 'tapir', 'folklore', 'mythical', 'supernatural', 'chimera', 'netsuke', '獏'],
    window: 160,
    examples: {
      mention: ['Flights to Baku resume', 'Baku, the capital of Azerbaijan, hosted COP29', 'a Baku hotel'],
      notMention: [
        'The Baku is said to eat nightmares',
        'In Japanese folklore, Baku devours bad dreams',
        'a yōkai called Baku',
        'The Baku are Japanese beings with the trunk of an elephant that are said to devour nightmares.',
      ],
    },
  },
  {
    id: 'baku-figure',
    entity: 'baku',
    kind: 'not-followed-by-word',
    description: '"Baku" right before statue, figure, charm or pillow is the folklore creature ("a Baku statue at the shrine").',
    aliases: ['Baku'],
    words: ['statue', 'statues', 'figure', 'figures', 'figurine', 'figurines', 'charm', 'charms', 'pillow', 'talisman', 'amulet', 'carving'],
    examples: {
      mention: ['a Baku hotel', 'the Baku metro', 'a statue in Baku'],
      notMention: ['a Baku statue at the shrine', 'Baku charms are sold at temples'],
    },
  },
];
