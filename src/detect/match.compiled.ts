// Generated from src/data/morphology.ts and src/data/aliases.ts by src/detect/match-compile.ts. Do not edit:
// run `npm run gen`. src/detect/match-compile.test.ts fails when this file is not what the data gives.
import type { CompiledMatcher } from './match';

export const COMPILED_MATCHER: CompiledMatcher = {
  "sieve": "(?:A(?:(?:z(?:[eé]r(?:b|[iíI])|[əǝ]rb)|Z(?:[EÉ]R(?:B|[IÍ])|[ƏƎ]RB)|ser(?:b|i)|SER(?:B|I)|RDNŞ)|(?:z(?:[eé](?:r)?|[əǝ](?:r)?)?|Z(?:[EÉ](?:R)?|[ƏƎ](?:R)?)?|s(?:e(?:r)?)?|S(?:E(?:R)?)?|R(?:D(?:N)?)?)?[\\u00ad\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u0640\\u064b-\\u065f\\u0670\\u200b-\\u200d\\u2060\\ufeff])|I(?:(?:sra[eëé]l|SRA[EËÉ]L)|(?:s(?:r(?:a(?:[eëé])?)?)?|S(?:R(?:A(?:[EËÉ])?)?)?)?[\\u00ad\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u0640\\u064b-\\u065f\\u0670\\u200b-\\u200d\\u2060\\ufeff])|İ(?:(?:srail|SRAİL)|(?:s(?:r(?:a(?:i)?)?)?|S(?:R(?:A(?:İ)?)?)?)?[\\u00ad\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u0640\\u064b-\\u065f\\u0670\\u200b-\\u200d\\u2060\\ufeff])|B(?:(?:ak(?:[uıüúû]|ou)|AK(?:[UIÜÚÛ]|OU))|(?:a(?:k(?:o)?)?|A(?:K(?:O)?)?)?[\\u00ad\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u0640\\u064b-\\u065f\\u0670\\u200b-\\u200d\\u2060\\ufeff])|S(?:[Oo][Cc][Aa][Rr]|(?:[Oo](?:[Cc](?:[Aa])?)?)?[\\u00ad\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u0640\\u064b-\\u065f\\u0670\\u200b-\\u200d\\u2060\\ufeff])|z(?:(?:er(?:b|í)|éri|[əǝ]rb)|(?:e(?:r)?|é(?:r)?|[əǝ](?:r)?)?[\\u00ad\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u0640\\u064b-\\u065f\\u0670\\u200b-\\u200d\\u2060\\ufeff])|s(?:(?:er(?:b|is)|ra(?:el|él|il))|(?:e(?:r(?:i)?)?|r(?:a(?:e|é|i)?)?)?[\\u00ad\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u0640\\u064b-\\u065f\\u0670\\u200b-\\u200d\\u2060\\ufeff])|А(?:(?:зерб|ЗЕРБ|ИЛ|К(?:У|ИН))|(?:з(?:е(?:р)?)?|З(?:Е(?:Р)?)?|И|К(?:И)?)?[\\u00ad\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u0640\\u064b-\\u065f\\u0670\\u200b-\\u200d\\u2060\\ufeff])|а(?:(?:зерб|ил|к(?:у|ин))|(?:з(?:е(?:р)?)?|и|к(?:и)?)?[\\u00ad\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u0640\\u064b-\\u065f\\u0670\\u200b-\\u200d\\u2060\\ufeff])|С(?:ОКАР|(?:О(?:К(?:А)?)?)?[\\u00ad\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u0640\\u064b-\\u065f\\u0670\\u200b-\\u200d\\u2060\\ufeff])|Г(?:НКАР|(?:Н(?:К(?:А)?)?)?[\\u00ad\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u0640\\u064b-\\u065f\\u0670\\u200b-\\u200d\\u2060\\ufeff])|י(?:שראל|(?:ש(?:ר(?:א)?)?)?[\\u00ad\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u0640\\u064b-\\u065f\\u0670\\u200b-\\u200d\\u2060\\ufeff])|א(?:(?:זר(?:י|ב)|קו)|(?:ז(?:ר)?|ק)?[\\u00ad\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u0640\\u064b-\\u065f\\u0670\\u200b-\\u200d\\u2060\\ufeff])|ו(?:קאר|(?:ק(?:א)?)?[\\u00ad\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u0640\\u064b-\\u065f\\u0670\\u200b-\\u200d\\u2060\\ufeff])|س(?:(?:رائيل|وكار)|(?:ر(?:ا(?:ئ(?:ي)?)?)?|و(?:ك(?:ا)?)?)?[\\u00ad\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u0640\\u064b-\\u065f\\u0670\\u200b-\\u200d\\u2060\\ufeff])|ذ(?:ر(?:بي|ي)|(?:ر(?:ب)?)?[\\u00ad\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u0640\\u064b-\\u065f\\u0670\\u200b-\\u200d\\u2060\\ufeff])|ب(?:اكو|(?:ا(?:ك)?)?[\\u00ad\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u0640\\u064b-\\u065f\\u0670\\u200b-\\u200d\\u2060\\ufeff]))",
  "prefilter": "Az[eé]rb|Az[eé]r[iíI]|AZ[EÉ]RB|AZ[EÉ]R[IÍ]|Az[əǝ]rb|AZ[ƏƎ]RB|Aserb|Aseri|ASERB|ASERI|Isra[eëé]l|ISRA[EËÉ]L|İsrail|İSRAİL|Bak[uıüúû]|Bakou|BAK[UIÜÚÛ]|BAKOU|S[Oo][Cc][Aa][Rr]|ARDNŞ|azerb|azerí|azéri|az[əǝ]rb|aserb|aseris|israel|israél|israil|Азерб|АЗЕРБ|азерб|Израил|ИЗРАИЛ|израил|Баку|БАКУ|[Бб]акин|БАКИН|СОКАР|ГНКАР|ישראל|אזרי|אזרב|באקו|סוקאר|[إاأآ]سرائيل|[أاإآ]ذربي|[أاإآ]ذري|باكو|سوكار|[\\u00ad\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u0640\\u064b-\\u065f\\u0670\\u200b-\\u200d\\u2060\\ufeff]",
  "prefilterRuns": {
    "ARDNŞ": [
      ""
    ],
    "ASERB": [
      "AIDSCHAN",
      "AIDSCHANER",
      "AIDSCHANERIN",
      "AIDSCHANERINNEN",
      "AIDSCHANERN",
      "AIDSCHANERS",
      "AIDSCHANS",
      "EIDSCHAN",
      "EIDSCHANS"
    ],
    "ASERI": [
      "",
      "S"
    ],
    "AZERB": [
      "A",
      "AIJAN",
      "AIJANI",
      "AIJANIS",
      "AIY",
      "AYCAN",
      "AYCANLI",
      "AYCANLIDA",
      "AYCANLIDAK",
      "AYCANLIDAN",
      "AYCANLILAR",
      "AYCANLILARA",
      "AYCANLILARDA",
      "AYCANLILARDAK",
      "AYCANLILARDAN",
      "AYCANLILARI",
      "AYCANLILARIN",
      "AYCANLILARLA",
      "AYCANLININ",
      "AYCANLIYA",
      "AYCANLIYI",
      "AYCANLIYLA"
    ],
    "AZERI": [
      "",
      "S"
    ],
    "AZƎRB": [
      "AYCAN",
      "AYCANA",
      "AYCANDA",
      "AYCANDADIR",
      "AYCANDAKI",
      "AYCANDAN",
      "AYCANDIR",
      "AYCANI",
      "AYCANIN",
      "AYCANLA",
      "AYCANLI",
      "AYCANLIDA",
      "AYCANLIDADIR",
      "AYCANLIDAKI",
      "AYCANLIDAN",
      "AYCANLIDIR",
      "AYCANLILAR",
      "AYCANLILARA",
      "AYCANLILARDA",
      "AYCANLILARDADIR",
      "AYCANLILARDAKI",
      "AYCANLILARDAN",
      "AYCANLILARDIR",
      "AYCANLILARI",
      "AYCANLILARIN",
      "AYCANLILARLA",
      "AYCANLINI",
      "AYCANLININ",
      "AYCANLIYA",
      "AYCANLIYLA"
    ],
    "Aserb": [
      "aidschan",
      "aidschaner",
      "aidschanerin",
      "aidschanerinnen",
      "aidschanern",
      "aidschaners",
      "aidschanisch",
      "aidschanische",
      "aidschanischem",
      "aidschanischen",
      "aidschanischer",
      "aidschanisches",
      "aidschans",
      "eidschan",
      "eidschans"
    ],
    "Aseri": [
      "",
      "s",
      "sch",
      "sche",
      "schem",
      "schen",
      "scher",
      "sches"
    ],
    "Azerb": [
      "a",
      "aijan",
      "aijani",
      "aijanis",
      "aiy",
      "aiyana",
      "aiyanas",
      "aiyano",
      "aiyanos",
      "aycan",
      "aycanl"
    ],
    "Azeri": [
      "",
      "s"
    ],
    "Azerí": [
      "",
      "es",
      "s"
    ],
    "Azéri": [
      "",
      "e",
      "es",
      "s"
    ],
    "Azǝrb": [
      "aycan",
      "aycana",
      "aycand",
      "aycanda",
      "aycandad",
      "aycandak",
      "aycandan",
      "aycanl",
      "aycanla"
    ],
    "BAKI": [
      "",
      "DA",
      "DADIR",
      "DAKI",
      "DAN",
      "DIR",
      "LI",
      "LIDA",
      "LIDADIR",
      "LIDAKI",
      "LIDAN",
      "LIDIR",
      "LILAR",
      "LILARA",
      "LILARDA",
      "LILARDADIR",
      "LILARDAKI",
      "LILARDAN",
      "LILARDIR",
      "LILARI",
      "LILARIN",
      "LILARLA",
      "LINI",
      "LININ",
      "LIYA",
      "LIYLA",
      "NI",
      "NIN",
      "YA",
      "YLA"
    ],
    "BAKOU": [
      ""
    ],
    "BAKU": [
      "",
      "S"
    ],
    "BAKÚ": [
      ""
    ],
    "BAKÛ": [
      "",
      "L"
    ],
    "Bakou": [
      ""
    ],
    "Baku": [
      "",
      "s"
    ],
    "Bakú": [
      ""
    ],
    "Bakû": [
      "",
      "l"
    ],
    "Bakı": [
      "",
      "d",
      "da",
      "dad",
      "dak",
      "dan",
      "l",
      "n",
      "ya",
      "yla"
    ],
    "ISRAEL": [
      "",
      "I",
      "IN",
      "INNEN",
      "IS",
      "S"
    ],
    "ISRAËL": [
      ""
    ],
    "Israel": [
      "",
      "i",
      "in",
      "innen",
      "is",
      "isch",
      "ische",
      "ischem",
      "ischen",
      "ischer",
      "isches",
      "s"
    ],
    "Israél": [
      "ien",
      "ienne",
      "iennes",
      "iens",
      "o"
    ],
    "Israël": [
      ""
    ],
    "SOCAR": [
      ""
    ],
    "Socar": [
      ""
    ],
    "aserb": [
      "aidschanisch",
      "aidschanische",
      "aidschanischem",
      "aidschanischen",
      "aidschanischer",
      "aidschanisches"
    ],
    "aseris": [
      "ch",
      "che",
      "chem",
      "chen",
      "cher",
      "ches"
    ],
    "azerb": [
      "a",
      "aiyana",
      "aiyanas",
      "aiyano",
      "aiyanos"
    ],
    "azerí": [
      "",
      "es",
      "s"
    ],
    "azéri": [
      "",
      "e",
      "es",
      "s"
    ],
    "azǝrb": [
      "aycanl"
    ],
    "israel": [
      "",
      "isch",
      "ische",
      "ischem",
      "ischen",
      "ischer",
      "isches"
    ],
    "israil": [
      "li",
      "lid",
      "lidir",
      "lil",
      "lini",
      "linin",
      "liy",
      "liyl"
    ],
    "israél": [
      "ien",
      "ienne",
      "iennes",
      "iens",
      "o"
    ],
    "İSRAİL": [
      "",
      "D",
      "L"
    ],
    "İsrail": [
      "",
      "d",
      "dir",
      "i",
      "in",
      "l",
      "li",
      "lid",
      "lide",
      "lideki",
      "liden",
      "lidir",
      "lil",
      "liler",
      "lilerde",
      "lilerdeki",
      "lilerden",
      "lilere",
      "lileri",
      "lilerin",
      "lilerle",
      "lini",
      "linin",
      "liy",
      "liye",
      "liyi",
      "liyl",
      "liyle"
    ],
    "АЗЕРБ": [
      ""
    ],
    "Азерб": [
      ""
    ],
    "БАКУ": [
      ""
    ],
    "Бакин": [
      ""
    ],
    "Баку": [
      ""
    ],
    "ГНКАР": [
      ""
    ],
    "ИЗРАИЛ": [
      ""
    ],
    "Израил": [
      ""
    ],
    "СОКАР": [
      ""
    ],
    "азерб": [
      ""
    ],
    "бакин": [
      ""
    ],
    "израил": [
      ""
    ],
    "אזרב": [
      ""
    ],
    "אזרי": [
      ""
    ],
    "באקו": [
      ""
    ],
    "ישראל": [
      ""
    ],
    "סוקאר": [
      ""
    ],
    "آذربي": [
      ""
    ],
    "آذري": [
      ""
    ],
    "آسرآئيل": [
      ""
    ],
    "بآكو": [
      ""
    ],
    "سوكآر": [
      ""
    ]
  },
  "source": "(?<![\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u00aa\\u00b2-\\u00b3\\u00b5\\u00b9-\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee\\u0300-\\u0374\\u0376-\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u0481\\u0483-\\u052f\\u0531-\\u0556\\u0559\\u0560-\\u0588\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u05d0-\\u05ea\\u05ef-\\u05f2\\u0610-\\u061a\\u0620-\\u0669\\u066e-\\u06d3\\u06d5-\\u06dc\\u06df-\\u06e8\\u06ea-\\u06fc\\u06ff\\u0710-\\u074a\\u074d-\\u07b1\\u07c0-\\u07f5\\u07fa\\u07fd])(?:(?:A(?:z(?:er(?:ba(?:i(?:jan(?:i(?:s(?:['’]s)?|(?:['’]s)?)|(?:['’]s)?)|y(?:án(?:['’]s)?|an(?:o(?:s(?:['’]s)?|(?:['’]s)?)|a(?:s(?:['’]s)?|(?:['’]s)?))))|ycan(?:['׳’`](?:ı(?:n(?:['’]s)?|(?:['’]s)?)|a(?:['’]s)?|da(?:n(?:['’]s)?|ki(?:['’]s)?|(?:['’]s)?)|la(?:['’]s)?)|lı(?:nın(?:['’]s)?|y(?:a(?:['’]s)?|ı(?:['’]s)?|la(?:['’]s)?)|da(?:n(?:['’]s)?|ki(?:['’]s)?|(?:['’]s)?)|lar(?:ı(?:n(?:['’]s)?|(?:['’]s)?)|a(?:['’]s)?|da(?:n(?:['’]s)?|ki(?:['’]s)?|(?:['’]s)?)|la(?:['’]s)?|(?:['’]s)?)|(?:['’]s)?)|\\s+Devlet\\s+Petrol\\s+Şirketi(?:n(?:i(?:n(?:['’]s)?|(?:['’]s)?)|e(?:['’]s)?|de(?:n(?:['’]s)?|(?:['’]s)?))|(?:['’]s)?)|(?:['’]s)?)|[ïi]djan(?:ais(?:e(?:s(?:['’]s)?|(?:['’]s)?)|(?:['’]s)?)|(?:['’]s)?))|i(?:s(?:['’]s)?|(?:['’]s)?)|í(?:es(?:['’]s)?|s(?:['’]s)?|(?:['’]s)?))|[əǝ]rbaycan(?:ı(?:n(?:['’]s)?|(?:['’]s)?)|a(?:['’]s)?|d(?:a(?:n(?:['’]s)?|kı(?:['’]s)?|dır(?:['’]s)?|(?:['’]s)?)|ır(?:['’]s)?)|l(?:a(?:['’]s)?|ı(?:nı(?:n(?:['’]s)?|(?:['’]s)?)|y(?:a(?:['’]s)?|la(?:['’]s)?)|d(?:a(?:n(?:['’]s)?|kı(?:['’]s)?|dır(?:['’]s)?|(?:['’]s)?)|ır(?:['’]s)?)|lar(?:ı(?:n(?:['’]s)?|(?:['’]s)?)|a(?:['’]s)?|d(?:a(?:n(?:['’]s)?|kı(?:['’]s)?|dır(?:['’]s)?|(?:['’]s)?)|ır(?:['’]s)?)|la(?:['’]s)?|(?:['’]s)?)|(?:['’]s)?))|\\s+Respublikası(?:n(?:ı(?:n(?:['’]s)?|(?:['’]s)?)|a(?:['’]s)?|da(?:n(?:['’]s)?|kı(?:['’]s)?|(?:['’]s)?))|\\s+Dövl[əǝ]t\\s+Neft\\s+Şirk[əǝ]ti(?:n(?:i(?:n(?:['’]s)?|(?:['’]s)?)|[əǝ](?:['’]s)?|d[əǝ](?:n(?:['’]s)?|(?:['’]s)?))|yl[əǝ](?:['’]s)?|(?:['’]s)?)|(?:['’]s)?)|(?:['’]s)?)|éri(?:e(?:s(?:['’]s)?|(?:['’]s)?)|s(?:['’]s)?|(?:['’]s)?))|Z(?:ER(?:BA(?:I(?:JAN(?:I(?:S(?:['’][sS])?|(?:['’][sS])?)|(?:['’][sS])?)|YÁN(?:['’][sS])?)|YCAN(?:['׳’`](?:I(?:N(?:['’][sS])?|(?:['’][sS])?)|A(?:['’][sS])?|DA(?:N(?:['’][sS])?|Kİ(?:['’][sS])?|(?:['’][sS])?)|LA(?:['’][sS])?)|LI(?:NIN(?:['’][sS])?|Y(?:A(?:['’][sS])?|I(?:['’][sS])?|LA(?:['’][sS])?)|DA(?:N(?:['’][sS])?|Kİ(?:['’][sS])?|(?:['’][sS])?)|LAR(?:I(?:N(?:['’][sS])?|(?:['’][sS])?)|A(?:['’][sS])?|DA(?:N(?:['’][sS])?|Kİ(?:['’][sS])?|(?:['’][sS])?)|LA(?:['’][sS])?|(?:['’][sS])?)|(?:['’][sS])?)|(?:['’][sS])?)|[ÏI]DJAN(?:['’][sS])?)|I(?:S(?:['’][sS])?|(?:['’][sS])?))|[ƏƎ]RBAYCAN(?:I(?:N(?:['’][sS])?|(?:['’][sS])?)|A(?:['’][sS])?|D(?:A(?:N(?:['’][sS])?|KI(?:['’][sS])?|DIR(?:['’][sS])?|(?:['’][sS])?)|IR(?:['’][sS])?)|L(?:A(?:['’][sS])?|I(?:NI(?:N(?:['’][sS])?|(?:['’][sS])?)|Y(?:A(?:['’][sS])?|LA(?:['’][sS])?)|D(?:A(?:N(?:['’][sS])?|KI(?:['’][sS])?|DIR(?:['’][sS])?|(?:['’][sS])?)|IR(?:['’][sS])?)|LAR(?:I(?:N(?:['’][sS])?|(?:['’][sS])?)|A(?:['’][sS])?|D(?:A(?:N(?:['’][sS])?|KI(?:['’][sS])?|DIR(?:['’][sS])?|(?:['’][sS])?)|IR(?:['’][sS])?)|LA(?:['’][sS])?|(?:['’][sS])?)|(?:['’][sS])?))|\\s+RESPUBLİKASI(?:N(?:I(?:N(?:['’][sS])?|(?:['’][sS])?)|A(?:['’][sS])?|DA(?:N(?:['’][sS])?|KI(?:['’][sS])?|(?:['’][sS])?))|(?:['’][sS])?)|(?:['’][sS])?))|RDNŞ(?:-(?:i(?:n(?:['’]s)?|(?:['’]s)?)|İ(?:N(?:['’][sS])?|(?:['’][sS])?)|[əǝ](?:['’]s)?|[ƏƎ](?:['’][sS])?|d[əǝ](?:n(?:['’]s)?|(?:['’]s)?)|D[ƏƎ](?:N(?:['’][sS])?|(?:['’][sS])?)|l[əǝ](?:['’]s)?|L[ƏƎ](?:['’][sS])?)|(?:['’][sS])?)|ser(?:b(?:aidschan(?:s(?:['’]s)?|er(?:in(?:nen(?:['’]s)?|(?:['’]s)?)|n(?:['’]s)?|s(?:['’]s)?|(?:['’]s)?)|isch(?:e(?:n(?:['’]s)?|r(?:['’]s)?|s(?:['’]s)?|m(?:['’]s)?|(?:['’]s)?)|(?:['’]s)?)|(?:['’]s)?)|eidschan(?:s(?:['’]s)?|(?:['’]s)?))|i(?:s(?:ch(?:e(?:n(?:['’]s)?|r(?:['’]s)?|s(?:['’]s)?|m(?:['’]s)?|(?:['’]s)?)|(?:['’]s)?)|(?:['’]s)?)|(?:['’]s)?))|SER(?:B(?:AIDSCHAN(?:S(?:['’][sS])?|ER(?:IN(?:NEN(?:['’][sS])?|(?:['’][sS])?)|N(?:['’][sS])?|S(?:['’][sS])?|(?:['’][sS])?)|(?:['’][sS])?)|EIDSCHAN(?:S(?:['’][sS])?|(?:['’][sS])?))|I(?:S(?:['’][sS])?|(?:['’][sS])?)))|R(?:epublic\\s+of\\s+Azerbaijan(?:['’]s)?|EPUBLIC\\s+OF\\s+AZERBAIJAN(?:['’][sS])?|épublique\\s+d(?:’Azerba[ïi]djan(?:['’]s)?|['׳’`]Azerba[ïi]djan(?:['’]s)?)|ÉPUBLIQUE\\s+D(?:’AZERBA[ÏI]DJAN(?:['’][sS])?|['׳’`]AZERBA[ÏI]DJAN(?:['’][sS])?))|I(?:sra(?:el(?:i(?:s(?:ch(?:e(?:n(?:['’]s)?|r(?:['’]s)?|s(?:['’]s)?|m(?:['’]s)?|(?:['’]s)?)|(?:['’]s)?)|(?:['’]s)?)|n(?:nen(?:['’]s)?|(?:['’]s)?)|(?:['’]s)?)|s(?:['’]s)?|í(?:es(?:['’]s)?|s(?:['’]s)?|(?:['’]s)?)|(?:['’]s)?)|ël(?:['’]s)?|él(?:ien(?:ne(?:s(?:['’]s)?|(?:['’]s)?)|s(?:['’]s)?|(?:['’]s)?)|o(?:['’]s)?))|SRA(?:EL(?:I(?:S(?:['’][sS])?|N(?:NEN(?:['’][sS])?|(?:['’][sS])?)|(?:['’][sS])?)|S(?:['’][sS])?|(?:['’][sS])?)|ËL(?:['’][sS])?))|S(?:ta(?:te\\s+(?:of\\s+Israel(?:['’]s)?|Oil\\s+Company\\s+of\\s+(?:Azerbaijan\\s+Republic(?:['’]s)?|the\\s+(?:Azerbaijan\\s+Republic(?:['’]s)?|Republic\\s+of\\s+Azerbaijan(?:['’]s)?)))|atliche\\s+Ölgesellschaft\\s+der\\s+Republik\\s+Aserbaidschan(?:['’]s)?)|TATE\\s+O(?:F\\s+ISRAEL(?:['’][sS])?|IL\\s+COMPANY\\s+OF\\s+(?:AZERBAIJAN\\s+REPUBLIC(?:['’][sS])?|THE\\s+(?:AZERBAIJAN\\s+REPUBLIC(?:['’][sS])?|REPUBLIC\\s+OF\\s+AZERBAIJAN(?:['’][sS])?)))|OCAR(?:['׳’`](?:ı(?:n(?:['’]s)?|(?:['’]s)?)|I(?:N(?:['’][sS])?|(?:['’][sS])?)|a(?:['’]s)?|A(?:['’][sS])?|da(?:n(?:['’]s)?|ki(?:['’]s)?|(?:['’]s)?)|DA(?:N(?:['’][sS])?|Kİ(?:['’][sS])?|(?:['’][sS])?)|la(?:['’]s)?|LA(?:['’][sS])?)|(?:['’][sS])?)|ocar(?:['’]s)?)|B(?:ak(?:u(?:s(?:['’]s)?|(?:['’]s)?)|ı(?:nı(?:n(?:['’]s)?|(?:['’]s)?)|y(?:a(?:['’]s)?|la(?:['’]s)?)|d(?:a(?:n(?:['’]s)?|kı(?:['’]s)?|dır(?:['’]s)?|(?:['’]s)?)|ır(?:['’]s)?)|lı(?:nı(?:n(?:['’]s)?|(?:['’]s)?)|y(?:a(?:['’]s)?|la(?:['’]s)?)|d(?:a(?:n(?:['’]s)?|kı(?:['’]s)?|dır(?:['’]s)?|(?:['’]s)?)|ır(?:['’]s)?)|lar(?:ı(?:n(?:['’]s)?|(?:['’]s)?)|a(?:['’]s)?|d(?:a(?:n(?:['’]s)?|kı(?:['’]s)?|dır(?:['’]s)?|(?:['’]s)?)|ır(?:['’]s)?)|la(?:['’]s)?|(?:['’]s)?)|(?:['’]s)?)|(?:['’]s)?)|[üû](?:['׳’`](?:n[üû]n(?:['’]s)?|y(?:e(?:['’]s)?|[üû](?:['’]s)?|le(?:['’]s)?)|de(?:n(?:['’]s)?|ki(?:['’]s)?|(?:['’]s)?))|l[üû](?:n[üû]n(?:['’]s)?|y(?:e(?:['’]s)?|[üû](?:['’]s)?|le(?:['’]s)?)|de(?:n(?:['’]s)?|ki(?:['’]s)?|(?:['’]s)?)|ler(?:i(?:n(?:['’]s)?|(?:['’]s)?)|e(?:['’]s)?|de(?:n(?:['’]s)?|ki(?:['’]s)?|(?:['’]s)?)|le(?:['’]s)?|(?:['’]s)?)|(?:['’]s)?)|(?:['’]s)?)|ou(?:['’]s)?|ú(?:['’]s)?)|AK(?:U(?:S(?:['’][sS])?|(?:['’][sS])?)|I(?:NI(?:N(?:['’][sS])?|(?:['’][sS])?)|Y(?:A(?:['’][sS])?|LA(?:['’][sS])?)|D(?:A(?:N(?:['’][sS])?|KI(?:['’][sS])?|DIR(?:['’][sS])?|(?:['’][sS])?)|IR(?:['’][sS])?)|LI(?:NI(?:N(?:['’][sS])?|(?:['’][sS])?)|Y(?:A(?:['’][sS])?|LA(?:['’][sS])?)|D(?:A(?:N(?:['’][sS])?|KI(?:['’][sS])?|DIR(?:['’][sS])?|(?:['’][sS])?)|IR(?:['’][sS])?)|LAR(?:I(?:N(?:['’][sS])?|(?:['’][sS])?)|A(?:['’][sS])?|D(?:A(?:N(?:['’][sS])?|KI(?:['’][sS])?|DIR(?:['’][sS])?|(?:['’][sS])?)|IR(?:['’][sS])?)|LA(?:['’][sS])?|(?:['’][sS])?)|(?:['’][sS])?)|(?:['’][sS])?)|[ÜÛ](?:['׳’`](?:N[ÜÛ]N(?:['’][sS])?|Y(?:E(?:['’][sS])?|[ÜÛ](?:['’][sS])?|LE(?:['’][sS])?)|DE(?:N(?:['’][sS])?|Kİ(?:['’][sS])?|(?:['’][sS])?))|L[ÜÛ](?:N[ÜÛ]N(?:['’][sS])?|Y(?:E(?:['’][sS])?|[ÜÛ](?:['’][sS])?|LE(?:['’][sS])?)|DE(?:N(?:['’][sS])?|Kİ(?:['’][sS])?|(?:['’][sS])?)|LER(?:İ(?:N(?:['’][sS])?|(?:['’][sS])?)|E(?:['’][sS])?|DE(?:N(?:['’][sS])?|Kİ(?:['’][sS])?|(?:['’][sS])?)|LE(?:['’][sS])?|(?:['’][sS])?)|(?:['’][sS])?)|(?:['’][sS])?)|OU(?:['’][sS])?|Ú(?:['’][sS])?))|a(?:z(?:[əǝ]rbaycanlı(?:nı(?:n(?:['’]s)?|(?:['’]s)?)|y(?:a(?:['’]s)?|la(?:['’]s)?)|d(?:a(?:n(?:['’]s)?|kı(?:['’]s)?|dır(?:['’]s)?|(?:['’]s)?)|ır(?:['’]s)?)|lar(?:ı(?:n(?:['’]s)?|(?:['’]s)?)|a(?:['’]s)?|d(?:a(?:n(?:['’]s)?|kı(?:['’]s)?|dır(?:['’]s)?|(?:['’]s)?)|ır(?:['’]s)?)|la(?:['’]s)?|(?:['’]s)?)|(?:['’]s)?)|er(?:ba(?:[ïi]djanais(?:e(?:s(?:['’]s)?|(?:['’]s)?)|(?:['’]s)?)|iyan(?:o(?:s(?:['’]s)?|(?:['’]s)?)|a(?:s(?:['’]s)?|(?:['’]s)?)))|í(?:es(?:['’]s)?|s(?:['’]s)?|(?:['’]s)?))|éri(?:e(?:s(?:['’]s)?|(?:['’]s)?)|s(?:['’]s)?|(?:['’]s)?))|ser(?:baidschanisch(?:e(?:n(?:['’]s)?|r(?:['’]s)?|s(?:['’]s)?|m(?:['’]s)?|(?:['’]s)?)|(?:['’]s)?)|isch(?:e(?:n(?:['’]s)?|r(?:['’]s)?|s(?:['’]s)?|m(?:['’]s)?|(?:['’]s)?)|(?:['’]s)?)))|İ(?:srail(?:i(?:n(?:['’]s)?|(?:['’]s)?)|[əǝ](?:['’]s)?|d(?:[əǝ](?:n(?:['’]s)?|ki(?:['’]s)?|dir(?:['’]s)?|(?:['’]s)?)|ir(?:['’]s)?)|l(?:[əǝ](?:r(?:i(?:n(?:['’]s)?|(?:['’]s)?)|[əǝ](?:['’]s)?|d(?:[əǝ](?:n(?:['’]s)?|ki(?:['’]s)?|dir(?:['’]s)?|(?:['’]s)?)|ir(?:['’]s)?)|l[əǝ](?:['’]s)?|(?:['’]s)?)|(?:['’]s)?)|i(?:ni(?:n(?:['’]s)?|(?:['’]s)?)|y(?:[əǝ](?:['’]s)?|l(?:[əǝ](?:['’]s)?|e(?:['’]s)?)|e(?:['’]s)?|i(?:['’]s)?)|d(?:[əǝ](?:n(?:['’]s)?|ki(?:['’]s)?|dir(?:['’]s)?|(?:['’]s)?)|ir(?:['’]s)?|e(?:n(?:['’]s)?|ki(?:['’]s)?|(?:['’]s)?))|l(?:[əǝ]r(?:i(?:n(?:['’]s)?|(?:['’]s)?)|[əǝ](?:['’]s)?|d(?:[əǝ](?:n(?:['’]s)?|ki(?:['’]s)?|dir(?:['’]s)?|(?:['’]s)?)|ir(?:['’]s)?)|l[əǝ](?:['’]s)?|(?:['’]s)?)|er(?:i(?:n(?:['’]s)?|(?:['’]s)?)|e(?:['’]s)?|de(?:n(?:['’]s)?|ki(?:['’]s)?|(?:['’]s)?)|le(?:['’]s)?|(?:['’]s)?))|(?:['’]s)?))|['׳’`](?:i(?:n(?:['’]s)?|(?:['’]s)?)|e(?:['’]s)?|de(?:n(?:['’]s)?|ki(?:['’]s)?|(?:['’]s)?)|le(?:['’]s)?)|(?:['’]s)?)|SRAİL(?:İ(?:N(?:['’][sS])?|(?:['’][sS])?)|[ƏƎ](?:['’][sS])?|D(?:[ƏƎ](?:N(?:['’][sS])?|Kİ(?:['’][sS])?|DİR(?:['’][sS])?|(?:['’][sS])?)|İR(?:['’][sS])?)|L(?:[ƏƎ](?:R(?:İ(?:N(?:['’][sS])?|(?:['’][sS])?)|[ƏƎ](?:['’][sS])?|D(?:[ƏƎ](?:N(?:['’][sS])?|Kİ(?:['’][sS])?|DİR(?:['’][sS])?|(?:['’][sS])?)|İR(?:['’][sS])?)|L[ƏƎ](?:['’][sS])?|(?:['’][sS])?)|(?:['’][sS])?)|İ(?:Nİ(?:N(?:['’][sS])?|(?:['’][sS])?)|Y(?:[ƏƎ](?:['’][sS])?|L(?:[ƏƎ](?:['’][sS])?|E(?:['’][sS])?)|E(?:['’][sS])?|İ(?:['’][sS])?)|D(?:[ƏƎ](?:N(?:['’][sS])?|Kİ(?:['’][sS])?|DİR(?:['’][sS])?|(?:['’][sS])?)|İR(?:['’][sS])?|E(?:N(?:['’][sS])?|Kİ(?:['’][sS])?|(?:['’][sS])?))|L(?:[ƏƎ]R(?:İ(?:N(?:['’][sS])?|(?:['’][sS])?)|[ƏƎ](?:['’][sS])?|D(?:[ƏƎ](?:N(?:['’][sS])?|Kİ(?:['’][sS])?|DİR(?:['’][sS])?|(?:['’][sS])?)|İR(?:['’][sS])?)|L[ƏƎ](?:['’][sS])?|(?:['’][sS])?)|ER(?:İ(?:N(?:['’][sS])?|(?:['’][sS])?)|E(?:['’][sS])?|DE(?:N(?:['’][sS])?|Kİ(?:['’][sS])?|(?:['’][sS])?)|LE(?:['’][sS])?|(?:['’][sS])?))|(?:['’][sS])?))|['׳’`](?:İ(?:N(?:['’][sS])?|(?:['’][sS])?)|E(?:['’][sS])?|DE(?:N(?:['’][sS])?|Kİ(?:['’][sS])?|(?:['’][sS])?)|LE(?:['’][sS])?)|(?:['’][sS])?))|isra(?:illi(?:ni(?:n(?:['’]s)?|(?:['’]s)?)|y(?:[əǝ](?:['’]s)?|l[əǝ](?:['’]s)?)|d(?:[əǝ](?:n(?:['’]s)?|ki(?:['’]s)?|dir(?:['’]s)?|(?:['’]s)?)|ir(?:['’]s)?)|l[əǝ]r(?:i(?:n(?:['’]s)?|(?:['’]s)?)|[əǝ](?:['’]s)?|d(?:[əǝ](?:n(?:['’]s)?|ki(?:['’]s)?|dir(?:['’]s)?|(?:['’]s)?)|ir(?:['’]s)?)|l[əǝ](?:['’]s)?|(?:['’]s)?)|(?:['’]s)?)|el(?:isch(?:e(?:n(?:['’]s)?|r(?:['’]s)?|s(?:['’]s)?|m(?:['’]s)?|(?:['’]s)?)|(?:['’]s)?)|í(?:es(?:['’]s)?|s(?:['’]s)?|(?:['’]s)?))|él(?:ien(?:ne(?:s(?:['’]s)?|(?:['’]s)?)|s(?:['’]s)?|(?:['’]s)?)|o(?:['’]s)?))|А(?:зербайджан(?:а(?:['’]s)?|у(?:['’]s)?|о(?:м(?:['’]s)?|к(?:['’]s)?|(?:['’]s)?)|е(?:ц(?:['’]s)?|(?:['’]s)?)|ск(?:и(?:й(?:['’]s)?|м(?:и(?:['’]s)?|(?:['’]s)?)|е(?:['’]s)?|х(?:['’]s)?)|о(?:го(?:['’]s)?|м(?:у(?:['’]s)?|(?:['’]s)?)|й(?:['’]s)?|е(?:['’]s)?)|ая(?:['’]s)?|ую(?:['’]s)?)|ц(?:а(?:м(?:и(?:['’]s)?|(?:['’]s)?)|х(?:['’]s)?|(?:['’]s)?)|у(?:['’]s)?|е(?:м(?:['’]s)?|в(?:['’]s)?|(?:['’]s)?)|ы(?:['’]s)?)|к(?:а(?:м(?:и(?:['’]s)?|(?:['’]s)?)|х(?:['’]s)?|(?:['’]s)?)|и(?:['’]s)?|е(?:['’]s)?|у(?:['’]s)?|ой(?:['’]s)?)|(?:['’]s)?)|ЗЕРБАЙДЖАН(?:А(?:['’][sS])?|У(?:['’][sS])?|ОМ(?:['’][sS])?|Е(?:['’][sS])?|(?:['’][sS])?))|азербайджан(?:ск(?:и(?:й(?:['’]s)?|м(?:и(?:['’]s)?|(?:['’]s)?)|е(?:['’]s)?|х(?:['’]s)?)|о(?:го(?:['’]s)?|м(?:у(?:['’]s)?|(?:['’]s)?)|й(?:['’]s)?|е(?:['’]s)?)|ая(?:['’]s)?|ую(?:['’]s)?)|ец(?:['’]s)?|ц(?:а(?:м(?:и(?:['’]s)?|(?:['’]s)?)|х(?:['’]s)?|(?:['’]s)?)|у(?:['’]s)?|е(?:м(?:['’]s)?|в(?:['’]s)?|(?:['’]s)?)|ы(?:['’]s)?)|к(?:а(?:м(?:и(?:['’]s)?|(?:['’]s)?)|х(?:['’]s)?|(?:['’]s)?)|и(?:['’]s)?|е(?:['’]s)?|у(?:['’]s)?|ой(?:['’]s)?)|о(?:к(?:['’]s)?|(?:['’]s)?))|И(?:зраил(?:ь(?:ск(?:и(?:й(?:['’]s)?|м(?:и(?:['’]s)?|(?:['’]s)?)|е(?:['’]s)?|х(?:['’]s)?)|о(?:го(?:['’]s)?|м(?:у(?:['’]s)?|(?:['’]s)?)|й(?:['’]s)?|е(?:['’]s)?|(?:['’]s)?)|ая(?:['’]s)?|ую(?:['’]s)?)|тян(?:ин(?:а(?:['’]s)?|у(?:['’]s)?|ом(?:['’]s)?|е(?:['’]s)?|(?:['’]s)?)|е(?:['’]s)?|а(?:м(?:и(?:['’]s)?|(?:['’]s)?)|х(?:['’]s)?)|к(?:а(?:м(?:и(?:['’]s)?|(?:['’]s)?)|х(?:['’]s)?|(?:['’]s)?)|и(?:['’]s)?|е(?:['’]s)?|у(?:['’]s)?|ой(?:['’]s)?)|ок(?:['’]s)?|(?:['’]s)?)|(?:['’]s)?)|я(?:['’]s)?|ю(?:['’]s)?|е(?:м(?:['’]s)?|(?:['’]s)?))|ЗРАИЛ(?:Ь(?:['’][sS])?|Я(?:['’][sS])?|Ю(?:['’][sS])?|Е(?:М(?:['’][sS])?|(?:['’][sS])?)))|израиль(?:ск(?:и(?:й(?:['’]s)?|м(?:и(?:['’]s)?|(?:['’]s)?)|е(?:['’]s)?|х(?:['’]s)?)|о(?:го(?:['’]s)?|м(?:у(?:['’]s)?|(?:['’]s)?)|й(?:['’]s)?|е(?:['’]s)?|(?:['’]s)?)|ая(?:['’]s)?|ую(?:['’]s)?)|тян(?:ин(?:а(?:['’]s)?|у(?:['’]s)?|ом(?:['’]s)?|е(?:['’]s)?|(?:['’]s)?)|е(?:['’]s)?|а(?:м(?:и(?:['’]s)?|(?:['’]s)?)|х(?:['’]s)?)|к(?:а(?:м(?:и(?:['’]s)?|(?:['’]s)?)|х(?:['’]s)?|(?:['’]s)?)|и(?:['’]s)?|е(?:['’]s)?|у(?:['’]s)?|ой(?:['’]s)?)|ок(?:['’]s)?|(?:['’]s)?))|Б(?:ак(?:у(?:['’]s)?|ин(?:ск(?:и(?:й(?:['’]s)?|м(?:и(?:['’]s)?|(?:['’]s)?)|е(?:['’]s)?|х(?:['’]s)?)|о(?:го(?:['’]s)?|м(?:у(?:['’]s)?|(?:['’]s)?)|й(?:['’]s)?|е(?:['’]s)?)|ая(?:['’]s)?|ую(?:['’]s)?)|ец(?:['’]s)?|ц(?:а(?:м(?:и(?:['’]s)?|(?:['’]s)?)|х(?:['’]s)?|(?:['’]s)?)|у(?:['’]s)?|е(?:м(?:['’]s)?|в(?:['’]s)?|(?:['’]s)?)|ы(?:['’]s)?)))|АКУ(?:['’][sS])?)|бакин(?:ск(?:и(?:й(?:['’]s)?|м(?:и(?:['’]s)?|(?:['’]s)?)|е(?:['’]s)?|х(?:['’]s)?)|о(?:го(?:['’]s)?|м(?:у(?:['’]s)?|(?:['’]s)?)|й(?:['’]s)?|е(?:['’]s)?)|ая(?:['’]s)?|ую(?:['’]s)?)|ец(?:['’]s)?|ц(?:а(?:м(?:и(?:['’]s)?|(?:['’]s)?)|х(?:['’]s)?|(?:['’]s)?)|у(?:['’]s)?|е(?:м(?:['’]s)?|в(?:['’]s)?|(?:['’]s)?)|ы(?:['’]s)?))|СОКАР(?:['’][sS])?|Г(?:НКАР(?:['’][sS])?|осударственн(?:ая\\s+нефтяная\\s+компания\\s+Азербайджанской\\s+Республики(?:['’]s)?|ой\\s+нефтяной\\s+компани(?:и\\s+Азербайджанской\\s+Республики(?:['’]s)?|ей\\s+Азербайджанской\\s+Республики(?:['’]s)?)|ую\\s+нефтяную\\s+компанию\\s+Азербайджанской\\s+Республики(?:['’]s)?))|É(?:tat\\s+d(?:’Israël(?:['’]s)?|['׳’`]Israël(?:['’]s)?)|TAT\\s+D(?:’ISRAËL(?:['’][sS])?|['׳’`]ISRAËL(?:['’][sS])?))|E(?:stado\\s+de\\s+Israel(?:['’]s)?|STADO\\s+DE\\s+ISRAEL(?:['’][sS])?))|(?:و|ف)?(?:بال|كال|لل|ال|ب|ل|ك)?(?:[أاإآ]ذربيجان(?:ي(?:ة(?:['’]s)?|ين(?:['’]s)?|ون(?:['’]s)?|ا(?:ت(?:['’]s)?|ن(?:['’]s)?|(?:['’]s)?)|(?:['’]s)?)|(?:['’]s)?)|[آاأإ]ذري(?:ة(?:['’]s)?|ين(?:['’]s)?|ون(?:['’]s)?|ا(?:ت(?:['’]s)?|ن(?:['’]s)?|(?:['’]s)?)|(?:['’]s)?)|[إاأآ]سرائيل(?:ي(?:ة(?:['’]s)?|ين(?:['’]s)?|ون(?:['’]s)?|ا(?:ت(?:['’]s)?|ن(?:['’]s)?|(?:['’]s)?)|(?:['’]s)?)|(?:['’]s)?)|باكو(?:['’]s)?|سوكار(?:['’]s)?)|(?:ו)?(?:כש|מש|ש)?(?:מה|ב|ל|כ|מ|ה)?(?:ישראל(?:י(?:ת(?:['’]s)?|ם(?:['’]s)?|ות(?:['’]s)?|(?:['’]s)?)|(?:['’]s)?)|אזר(?:בי(?:יג['׳’`](?:ן(?:['’]s)?|א(?:ן(?:['’]s)?|ני(?:ת(?:['’]s)?|ם(?:['’]s)?|ות(?:['’]s)?|(?:['’]s)?))|ני(?:ת(?:['’]s)?|ם(?:['’]s)?|ות(?:['’]s)?|(?:['’]s)?))|ג['׳’`](?:ן(?:['’]s)?|אן(?:['’]s)?|ני(?:ת(?:['’]s)?|ם(?:['’]s)?|ות(?:['’]s)?|(?:['’]s)?)))|י(?:ת(?:['’]s)?|ם(?:['’]s)?|ות(?:['’]s)?|(?:['’]s)?))|באקו(?:['’]s)?|סוקאר(?:['’]s)?))(?![\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u00aa\\u00b2-\\u00b3\\u00b5\\u00b9-\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee\\u0300-\\u0374\\u0376-\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u0481\\u0483-\\u052f\\u0531-\\u0556\\u0559\\u0560-\\u0588\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u05d0-\\u05ea\\u05ef-\\u05f2\\u0610-\\u061a\\u0620-\\u0669\\u066e-\\u06d3\\u06d5-\\u06dc\\u06df-\\u06e8\\u06ea-\\u06fc\\u06ff\\u0710-\\u074a\\u074d-\\u07b1\\u07c0-\\u07f5\\u07fa\\u07fd])",
  "word": [
    48,
    57,
    65,
    90,
    97,
    122,
    170,
    170,
    178,
    179,
    181,
    181,
    185,
    186,
    188,
    190,
    192,
    214,
    216,
    246,
    248,
    705,
    710,
    721,
    736,
    740,
    748,
    748,
    750,
    750,
    768,
    884,
    886,
    887,
    890,
    893,
    895,
    895,
    902,
    902,
    904,
    906,
    908,
    908,
    910,
    929,
    931,
    1013,
    1015,
    1153,
    1155,
    1327,
    1329,
    1366,
    1369,
    1369,
    1376,
    1416,
    1425,
    1469,
    1471,
    1471,
    1473,
    1474,
    1476,
    1477,
    1479,
    1479,
    1488,
    1514,
    1519,
    1522,
    1552,
    1562,
    1568,
    1641,
    1646,
    1747,
    1749,
    1756,
    1759,
    1768,
    1770,
    1788,
    1791,
    1791,
    1808,
    1866,
    1869,
    1969,
    1984,
    2037,
    2042,
    2042,
    2045,
    2045
  ],
  "ignorable": "\\u00ad\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u0640\\u064b-\\u065f\\u0670\\u200b-\\u200d\\u2060\\ufeff",
  "folds": {
    "ə": "ǝ",
    "ǝ": "ǝ",
    "Ə": "Ǝ",
    "Ǝ": "Ǝ",
    "'": "'",
    "׳": "'",
    "’": "'",
    "`": "'",
    "آ": "آ",
    "ا": "آ",
    "أ": "آ",
    "إ": "آ",
    "ï": "i",
    "i": "i",
    "Ï": "I",
    "I": "I",
    "ü": "û",
    "û": "û",
    "Ü": "Û",
    "Û": "Û"
  },
  "keys": [
    [
      "socar",
      "socar"
    ],
    [
      "сокар",
      "socar"
    ],
    [
      "гнкар",
      "socar"
    ],
    [
      "ardnş",
      "socar"
    ],
    [
      "oil company",
      "socar"
    ],
    [
      "neft şirkǝti",
      "socar"
    ],
    [
      "petrol şirketi",
      "socar"
    ],
    [
      "нефтян",
      "socar"
    ],
    [
      "ölgesellschaft",
      "socar"
    ],
    [
      "سوكآر",
      "socar"
    ],
    [
      "סוקאר",
      "socar"
    ],
    [
      "israel",
      "israel"
    ],
    [
      "israël",
      "israel"
    ],
    [
      "israél",
      "israel"
    ],
    [
      "srail",
      "israel"
    ],
    [
      "израил",
      "israel"
    ],
    [
      "سرآئيل",
      "israel"
    ],
    [
      "ישראל",
      "israel"
    ],
    [
      "azer",
      "azerbaijan"
    ],
    [
      "azǝr",
      "azerbaijan"
    ],
    [
      "azér",
      "azerbaijan"
    ],
    [
      "aser",
      "azerbaijan"
    ],
    [
      "азербайдж",
      "azerbaijan"
    ],
    [
      "ذربيجآن",
      "azerbaijan"
    ],
    [
      "آذر",
      "azerbaijan"
    ],
    [
      "אזר",
      "azerbaijan"
    ],
    [
      "bak",
      "baku"
    ],
    [
      "бак",
      "baku"
    ],
    [
      "بآكو",
      "baku"
    ],
    [
      "באקו",
      "baku"
    ]
  ],
  "guarded": {
    "Israel": [
      "israel-given-name",
      "israel-surname",
      "israel-honorific",
      "israel-born",
      "israel-scripture",
      "israel-scripture-other"
    ],
    "ISRAEL": [
      "israel-given-name",
      "israel-surname",
      "israel-honorific",
      "israel-born",
      "israel-scripture",
      "israel-scripture-other"
    ],
    "ישראל": [
      "israel-he-given-name",
      "israel-he-surname",
      "israel-he-scripture"
    ],
    "إسرائيل": [
      "israel-scripture-other"
    ],
    "اسرائيل": [
      "israel-scripture-other"
    ],
    "أسرائيل": [
      "israel-scripture-other"
    ],
    "Израиль": [
      "israel-scripture-other"
    ],
    "ИЗРАИЛЬ": [
      "israel-scripture-other"
    ],
    "Израиля": [
      "israel-scripture-other"
    ],
    "ИЗРАИЛЯ": [
      "israel-scripture-other"
    ],
    "Израилю": [
      "israel-scripture-other"
    ],
    "ИЗРАИЛЮ": [
      "israel-scripture-other"
    ],
    "Израилем": [
      "israel-scripture-other"
    ],
    "ИЗРАИЛЕМ": [
      "israel-scripture-other"
    ],
    "Израиле": [
      "israel-scripture-other"
    ],
    "ИЗРАИЛЕ": [
      "israel-scripture-other"
    ],
    "Israels": [
      "israel-scripture-other"
    ],
    "ISRAELS": [
      "israel-scripture-other"
    ],
    "Israël": [
      "israel-scripture-other"
    ],
    "ISRAËL": [
      "israel-scripture-other"
    ],
    "İsrail": [
      "israel-tr-az-scripture"
    ],
    "İSRAİL": [
      "israel-tr-az-scripture"
    ],
    "Baku": [
      "baku-folklore",
      "baku-figure"
    ],
    "BAKU": [
      "baku-folklore",
      "baku-folklore",
      "baku-figure"
    ]
  },
  "guards": {
    "israel-given-name": {
      "kind": "not-followed-by-name",
      "allow": [
        "Academy",
        "Aerospace",
        "Affairs",
        "Agency",
        "Air",
        "Aircraft",
        "Airports",
        "Antiquities",
        "Army",
        "Association",
        "Atomic",
        "Authority",
        "Bank",
        "Bar",
        "Basketball",
        "Bonds",
        "Border",
        "Broadcasting",
        "Cancer",
        "Central",
        "Chemicals",
        "Corp",
        "Corporation",
        "Council",
        "Defence",
        "Defense",
        "Democracy",
        "Discount",
        "Electric",
        "Embassy",
        "Export",
        "Federation",
        "Football",
        "Forces",
        "Foreign",
        "Foundation",
        "Fund",
        "Government",
        "Hayom",
        "Hospital",
        "Innovation",
        "Institute",
        "Journal",
        "Land",
        "League",
        "Lobby",
        "Medical",
        "Military",
        "Ministry",
        "Museum",
        "National",
        "Nature",
        "Navy",
        "Olympic",
        "Parks",
        "Philharmonic",
        "Police",
        "Ports",
        "Post",
        "Premier",
        "Prison",
        "Prize",
        "Radio",
        "Railways",
        "Security",
        "Shipyards",
        "Society",
        "Space",
        "Studies",
        "Television",
        "Tennis",
        "Union",
        "University",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "A",
        "After",
        "Again",
        "Against",
        "Also",
        "Amid",
        "An",
        "And",
        "Are",
        "As",
        "At",
        "Back",
        "Before",
        "But",
        "By",
        "Can",
        "Could",
        "Did",
        "Do",
        "Does",
        "During",
        "For",
        "From",
        "Had",
        "Has",
        "Have",
        "He",
        "Her",
        "Here",
        "His",
        "How",
        "However",
        "I",
        "If",
        "In",
        "Into",
        "Is",
        "It",
        "Its",
        "Meanwhile",
        "Might",
        "Must",
        "No",
        "Nor",
        "Not",
        "Now",
        "Of",
        "Off",
        "On",
        "Or",
        "Our",
        "Out",
        "Over",
        "Per",
        "She",
        "Should",
        "Since",
        "So",
        "Still",
        "That",
        "The",
        "Their",
        "Then",
        "There",
        "These",
        "They",
        "This",
        "Those",
        "To",
        "Today",
        "Tomorrow",
        "Tonight",
        "Under",
        "Until",
        "Up",
        "Versus",
        "Via",
        "Vs",
        "Was",
        "We",
        "Were",
        "What",
        "When",
        "Where",
        "Which",
        "While",
        "Who",
        "Why",
        "Will",
        "With",
        "Would",
        "Yesterday",
        "Yet",
        "You",
        "About",
        "Across",
        "Ahead",
        "Among",
        "Around",
        "Between",
        "Beyond",
        "Despite",
        "Following",
        "Near",
        "Through",
        "Toward",
        "Towards",
        "Within",
        "Without",
        "Accuses",
        "Agrees",
        "Announces",
        "Approves",
        "Asks",
        "Attack",
        "Attacks",
        "Backs",
        "Bans",
        "Begins",
        "Blames",
        "Boosts",
        "Buys",
        "Cabinet",
        "Calls",
        "Ceasefire",
        "Condemns",
        "Confirms",
        "Conflict",
        "Crisis",
        "Deal",
        "Denies",
        "Deploys",
        "Economy",
        "Election",
        "Elections",
        "Ends",
        "Energy",
        "Expands",
        "Eyes",
        "Faces",
        "Gas",
        "Gets",
        "Gives",
        "Halts",
        "Hits",
        "Kills",
        "Latest",
        "Launches",
        "Live",
        "Makes",
        "Minister",
        "Moves",
        "News",
        "Oil",
        "Opens",
        "Orders",
        "Parliament",
        "Plans",
        "Prime",
        "Relations",
        "Reports",
        "Rejects",
        "Responds",
        "Resumes",
        "Said",
        "Says",
        "Seeks",
        "Sees",
        "Sells",
        "Sends",
        "Signs",
        "Strike",
        "Strikes",
        "Takes",
        "Talks",
        "Targets",
        "Tech",
        "Tells",
        "Threatens",
        "Ties",
        "Trade",
        "Travel",
        "Update",
        "Updates",
        "Urges",
        "Visit",
        "Vows",
        "War",
        "Warns",
        "Welcomes",
        "Wins",
        "Ambassador",
        "Arms",
        "Drone",
        "Drones",
        "Envoy",
        "Exports",
        "Flight",
        "Flights",
        "Hostages",
        "Imports",
        "Tourism",
        "Tourists",
        "Trip",
        "Weapons",
        "America",
        "Armenia",
        "Cyprus",
        "Egypt",
        "Europe",
        "Gaza",
        "Georgia",
        "Greece",
        "Hamas",
        "Hezbollah",
        "India",
        "Iran",
        "Iraq",
        "Jordan",
        "Lebanon",
        "Morocco",
        "Palestine",
        "Palestinian",
        "Palestinians",
        "Qatar",
        "Russia",
        "Saudi",
        "Syria",
        "Turkey",
        "Türkiye",
        "Ukraine",
        "West",
        "Yemen"
      ],
      "headlineVerbEnding": "s",
      "headlineRun": 3
    },
    "israel-surname": {
      "kind": "not-followed-by-word",
      "words": [
        "Adesanya",
        "Katz",
        "Folau",
        "Houghton",
        "Kamakawiwoʻole",
        "Kamakawiwo'ole",
        "Jiménez",
        "Idonije",
        "Keyes",
        "Broussard",
        "Zangwill",
        "Regardie",
        "Gollancz",
        "Shahak",
        "Finkelstein",
        "Kirzner",
        "Putnam",
        "Baline",
        "Salanter",
        "Galván",
        "Aumann",
        "Vázquez",
        "Nash"
      ]
    },
    "israel-honorific": {
      "kind": "not-preceded-by",
      "source": "(?<![\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u00aa\\u00b2-\\u00b3\\u00b5\\u00b9-\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee\\u0300-\\u0374\\u0376-\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u0481\\u0483-\\u052f\\u0531-\\u0556\\u0559\\u0560-\\u0588\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u05d0-\\u05ea\\u05ef-\\u05f2\\u0610-\\u061a\\u0620-\\u0669\\u066e-\\u06d3\\u06d5-\\u06dc\\u06df-\\u06e8\\u06ea-\\u06fc\\u06ff\\u0710-\\u074a\\u074d-\\u07b1\\u07c0-\\u07f5\\u07fa\\u07fd])(?:Rabbi|RABBI|Mrs\\.|MRS\\.|Reb|REB|Rav|RAV|Mr\\.|MR\\.|Ms\\.|MS\\.|Dr\\.|DR\\.)\\s+$"
    },
    "israel-born": {
      "kind": "not-preceded-by",
      "source": "(?:\\b[Bb]orn\\s+(?:in\\s+|on\\s+)?(?:[A-Z][a-z]+\\s+\\d{1,2},\\s+)?\\d{4},\\s*)$"
    },
    "israel-scripture": {
      "kind": "not-preceded-by",
      "source": "(?<![\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u00aa\\u00b2-\\u00b3\\u00b5\\u00b9-\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee\\u0300-\\u0374\\u0376-\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u0481\\u0483-\\u052f\\u0531-\\u0556\\u0559\\u0560-\\u0588\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u05d0-\\u05ea\\u05ef-\\u05f2\\u0610-\\u061a\\u0620-\\u0669\\u066e-\\u06d3\\u06d5-\\u06dc\\u06df-\\u06e8\\u06ea-\\u06fc\\u06ff\\u0710-\\u074a\\u074d-\\u07b1\\u07c0-\\u07f5\\u07fa\\u07fd])(?:congregation\\s+of|CONGREGATION\\s+OF|children\\s+of|CHILDREN\\s+OF|Children\\s+of|Holy\\s+One\\s+of|HOLY\\s+ONE\\s+OF|Shepherd\\s+of|SHEPHERD\\s+OF|Lord\\s+God\\s+of|LORD\\s+GOD\\s+OF|kingdom\\s+of|KINGDOM\\s+OF|Kingdom\\s+of|remnant\\s+of|REMNANT\\s+OF|tribes\\s+of|TRIBES\\s+OF|Tribes\\s+of|elders\\s+of|ELDERS\\s+OF|virgin\\s+of|VIRGIN\\s+OF|house\\s+of|HOUSE\\s+OF|House\\s+of|king\\s+of|KING\\s+OF|King\\s+of|God\\s+of|GOD\\s+OF|O)\\s+$|(?:\\bJacob\\s*\\(\\s*)$"
    },
    "israel-he-given-name": {
      "kind": "not-preceded-by",
      "source": "(?<![\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u00aa\\u00b2-\\u00b3\\u00b5\\u00b9-\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee\\u0300-\\u0374\\u0376-\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u0481\\u0483-\\u052f\\u0531-\\u0556\\u0559\\u0560-\\u0588\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u05d0-\\u05ea\\u05ef-\\u05f2\\u0610-\\u061a\\u0620-\\u0669\\u066e-\\u06d3\\u06d5-\\u06dc\\u06df-\\u06e8\\u06ea-\\u06fc\\u06ff\\u0710-\\u074a\\u074d-\\u07b1\\u07c0-\\u07f5\\u07fa\\u07fd])(?:האדמו\"ר|האדמו״ר|פרופ'|פרופ׳|הרב|רבי|ד\"ר|ד״ר|רב|ר'|ר׳|מר)\\s+$"
    },
    "israel-he-surname": {
      "kind": "not-followed-by-word",
      "words": [
        "סלנטר",
        "כץ",
        "כ\"ץ",
        "כ״ץ",
        "אומן",
        "אהרוני",
        "הראל",
        "בן",
        "בר",
        "גלילי",
        "אלדד",
        "זנגוויל",
        "אייכלר",
        "ליאור",
        "מאיר",
        "יהושע",
        "פינקלשטיין",
        "בארי",
        "פוליאקוב",
        "קטורזה",
        "זיו",
        "טל",
        "נתן",
        "אלירז",
        "רוזן",
        "ישעיהו",
        "מאיר לאו"
      ]
    },
    "israel-he-scripture": {
      "kind": "not-preceded-by",
      "source": "(?<![\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u00aa\\u00b2-\\u00b3\\u00b5\\u00b9-\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee\\u0300-\\u0374\\u0376-\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u0481\\u0483-\\u052f\\u0531-\\u0556\\u0559\\u0560-\\u0588\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u05d0-\\u05ea\\u05ef-\\u05f2\\u0610-\\u061a\\u0620-\\u0669\\u066e-\\u06d3\\u06d5-\\u06dc\\u06df-\\u06e8\\u06ea-\\u06fc\\u06ff\\u0710-\\u074a\\u074d-\\u07b1\\u07c0-\\u07f5\\u07fa\\u07fd])(?:ועל\\s+עם|אלוהי|כל\\s+עם|אלהי|שבטי|קדוש|גואל|שמע|בני|עמו|עמך|צור|מלך|בית|כל)\\s+$|(?:(?:ו(?:ש|כש|מש)?[בלכמ]?|(?:ש|כש|מש)[בלכמ]?|[בלכמ])(?:שמע|בני|אלוהי|אלהי|שבטי|עמו|עמך|קדוש|צור|גואל|מלך|בית)\\s+)$"
    },
    "israel-scripture-other": {
      "kind": "not-preceded-by",
      "source": "(?<![\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u00aa\\u00b2-\\u00b3\\u00b5\\u00b9-\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee\\u0300-\\u0374\\u0376-\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u0481\\u0483-\\u052f\\u0531-\\u0556\\u0559\\u0560-\\u0588\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u05d0-\\u05ea\\u05ef-\\u05f2\\u0610-\\u061a\\u0620-\\u0669\\u066e-\\u06d3\\u06d5-\\u06dc\\u06df-\\u06e8\\u06ea-\\u06fc\\u06ff\\u0710-\\u074a\\u074d-\\u07b1\\u07c0-\\u07f5\\u07fa\\u07fd])(?:tribus\\s+de|TRIBUS\\s+DE|hijos\\s+de|HIJOS\\s+DE|коленам|КОЛЕНАМ|Kindern|KINDERN|Stämmen|STÄMMEN|Écoute,|ÉCOUTE,|Dios\\s+de|DIOS\\s+DE|وأسباط|сынами|СЫНАМИ|колена|КОЛЕНА|Kinder|KINDER|Söhnen|SÖHNEN|Stämme|STÄMME|أسباط|сынов|СЫНОВ|сынам|СЫНАМ|сынах|СЫНАХ|колен|КОЛЕН|Söhne|SÖHNE|Höre,|HÖRE,|وبني|لبني|فبني|وبنو|сыны|СЫНЫ|Бога|БОГА|Богу|БОГУ|Gott|GOTT|Oye,|OYE,|بني|بنو|Бог|БОГ)\\s+$|(?:\\b(?:[Ee]nfants|[Ff]ils|[Tt]ribus|[Dd]ieu|[Mm]aison) d['’])$"
    },
    "israel-tr-az-scripture": {
      "kind": "not-followed-by-word",
      "words": [
        "oğulları",
        "oğullarının",
        "oğullarına",
        "oğullarını",
        "övladları",
        "övladlarının",
        "övladlarına"
      ]
    },
    "baku-folklore": {
      "kind": "not-near",
      "words": [
        "nightmare",
        "dream-eat",
        "dream eat",
        "eats dreams",
        "eat dreams",
        "eater of dreams",
        "yōkai",
        "yokai",
        "tapir",
        "folklore",
        "mythical",
        "supernatural",
        "chimera",
        "netsuke",
        "獏"
      ],
      "window": 160
    },
    "baku-figure": {
      "kind": "not-followed-by-word",
      "words": [
        "statue",
        "statues",
        "figure",
        "figures",
        "figurine",
        "figurines",
        "charm",
        "charms",
        "pillow",
        "talisman",
        "amulet",
        "carving"
      ]
    }
  }
};
