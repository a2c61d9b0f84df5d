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
  "source": "(?<![\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u00aa\\u00b2-\\u00b3\\u00b5\\u00b9-\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee\\u0300-\\u0374\\u0376-\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u0481\\u0483-\\u052f\\u0531-\\u0556\\u0559\\u0560-\\u0588\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u05d0-\\u05ea\\u05ef-\\u05f2\\u0610-\\u061a\\u0620-\\u0669\\u066e-\\u06d3\\u06d5-\\u06dc\\u06df-\\u06e8\\u06ea-\\u06fc\\u06ff\\u0710-\\u074a\\u074d-\\u07b1\\u07c0-\\u07f5\\u07fa\\u07fd])(?:(?:A(?:z(?:er(?:ba(?:i(?:jan(?:i(?:s)?)?|y(?:án|an(?:o(?:s)?|a(?:s)?)))|ycan(?:['׳’`](?:ı(?:n)?|a|da(?:n|ki|)|la)|lı(?:nın|y(?:a|ı|la)|da(?:n|ki|)|lar(?:ı(?:n)?|a|da(?:n|ki|)|la|)|)|\\s+Devlet\\s+Petrol\\s+Şirketi(?:n(?:i(?:n)?|e|de(?:n)?))?|)|[ïi]djan(?:ais(?:e(?:s)?)?)?)|i(?:s)?|í(?:es|s|))|[əǝ]rbaycan(?:ı(?:n)?|a|d(?:a(?:n|kı|dır|)|ır)|l(?:a|ı(?:nı(?:n)?|y(?:a|la)|d(?:a(?:n|kı|dır|)|ır)|lar(?:ı(?:n)?|a|d(?:a(?:n|kı|dır|)|ır)|la|)|))|\\s+Respublikası(?:n(?:ı(?:n)?|a|da(?:n|kı|))|\\s+Dövl[əǝ]t\\s+Neft\\s+Şirk[əǝ]ti(?:n(?:i(?:n)?|[əǝ]|d[əǝ](?:n)?)|yl[əǝ]|)|)|)|éri(?:e(?:s)?|s|))|Z(?:ER(?:BA(?:I(?:JAN(?:I(?:S)?)?|YÁN)|YCAN(?:['׳’`](?:I(?:N)?|A|DA(?:N|Kİ|)|LA)|LI(?:NIN|Y(?:A|I|LA)|DA(?:N|Kİ|)|LAR(?:I(?:N)?|A|DA(?:N|Kİ|)|LA|)|)|)|[ÏI]DJAN)|I(?:S)?)|[ƏƎ]RBAYCAN(?:I(?:N)?|A|D(?:A(?:N|KI|DIR|)|IR)|L(?:A|I(?:NI(?:N)?|Y(?:A|LA)|D(?:A(?:N|KI|DIR|)|IR)|LAR(?:I(?:N)?|A|D(?:A(?:N|KI|DIR|)|IR)|LA|)|))|\\s+RESPUBLİKASI(?:N(?:I(?:N)?|A|DA(?:N|KI|)))?|))|RDNŞ(?:-(?:i(?:n)?|İ(?:N)?|[əǝ]|[ƏƎ]|d[əǝ](?:n)?|D[ƏƎ](?:N)?|l[əǝ]|L[ƏƎ]))?|ser(?:b(?:aidschan(?:s|er(?:in(?:nen)?|n|s|)|isch(?:e(?:n|r|s|m|))?|)|eidschan(?:s)?)|i(?:s(?:ch(?:e(?:n|r|s|m|))?)?)?)|SER(?:B(?:AIDSCHAN(?:S|ER(?:IN(?:NEN)?|N|S|)|)|EIDSCHAN(?:S)?)|I(?:S)?))|R(?:epublic\\s+of\\s+Azerbaijan|EPUBLIC\\s+OF\\s+AZERBAIJAN|épublique\\s+d(?:’Azerba[ïi]djan|['׳’`]Azerba[ïi]djan)|ÉPUBLIQUE\\s+D(?:’AZERBA[ÏI]DJAN|['׳’`]AZERBA[ÏI]DJAN))|I(?:sra(?:el(?:i(?:s(?:ch(?:e(?:n|r|s|m|))?)?|n(?:nen)?|)|s|í(?:es|s|)|)|ël|él(?:ien(?:ne(?:s)?|s|)|o))|SRA(?:EL(?:I(?:S|N(?:NEN)?|)|S|)|ËL))|S(?:ta(?:te\\s+(?:of\\s+Israel|Oil\\s+Company\\s+of\\s+(?:Azerbaijan\\s+Republic|the\\s+(?:Azerbaijan\\s+Republic|Republic\\s+of\\s+Azerbaijan)))|atliche\\s+Ölgesellschaft\\s+der\\s+Republik\\s+Aserbaidschan)|TATE\\s+O(?:F\\s+ISRAEL|IL\\s+COMPANY\\s+OF\\s+(?:AZERBAIJAN\\s+REPUBLIC|THE\\s+(?:AZERBAIJAN\\s+REPUBLIC|REPUBLIC\\s+OF\\s+AZERBAIJAN)))|OCAR(?:['׳’`](?:ı(?:n)?|I(?:N)?|a|A|da(?:n|ki|)|DA(?:N|Kİ|)|la|LA))?|ocar)|B(?:ak(?:u(?:s)?|ı(?:nı(?:n)?|y(?:a|la)|d(?:a(?:n|kı|dır|)|ır)|lı(?:nı(?:n)?|y(?:a|la)|d(?:a(?:n|kı|dır|)|ır)|lar(?:ı(?:n)?|a|d(?:a(?:n|kı|dır|)|ır)|la|)|)|)|[üû](?:['׳’`](?:n[üû]n|y(?:e|[üû]|le)|de(?:n|ki|))|l[üû](?:n[üû]n|y(?:e|[üû]|le)|de(?:n|ki|)|ler(?:i(?:n)?|e|de(?:n|ki|)|le|)|)|)|ou|ú)|AK(?:U(?:S)?|I(?:NI(?:N)?|Y(?:A|LA)|D(?:A(?:N|KI|DIR|)|IR)|LI(?:NI(?:N)?|Y(?:A|LA)|D(?:A(?:N|KI|DIR|)|IR)|LAR(?:I(?:N)?|A|D(?:A(?:N|KI|DIR|)|IR)|LA|)|)|)|[ÜÛ](?:['׳’`](?:N[ÜÛ]N|Y(?:E|[ÜÛ]|LE)|DE(?:N|Kİ|))|L[ÜÛ](?:N[ÜÛ]N|Y(?:E|[ÜÛ]|LE)|DE(?:N|Kİ|)|LER(?:İ(?:N)?|E|DE(?:N|Kİ|)|LE|)|)|)|OU|Ú))|a(?:z(?:[əǝ]rbaycanlı(?:nı(?:n)?|y(?:a|la)|d(?:a(?:n|kı|dır|)|ır)|lar(?:ı(?:n)?|a|d(?:a(?:n|kı|dır|)|ır)|la|)|)|er(?:ba(?:[ïi]djanais(?:e(?:s)?)?|iyan(?:o(?:s)?|a(?:s)?))|í(?:es|s|))|éri(?:e(?:s)?|s|))|ser(?:baidschanisch(?:e(?:n|r|s|m|))?|isch(?:e(?:n|r|s|m|))?))|İ(?:srail(?:i(?:n)?|[əǝ]|d(?:[əǝ](?:n|ki|dir|)|ir)|l(?:[əǝ](?:r(?:i(?:n)?|[əǝ]|d(?:[əǝ](?:n|ki|dir|)|ir)|l[əǝ]|))?|i(?:ni(?:n)?|y(?:[əǝ]|l(?:[əǝ]|e)|e|i)|d(?:[əǝ](?:n|ki|dir|)|ir|e(?:n|ki|))|l(?:[əǝ]r(?:i(?:n)?|[əǝ]|d(?:[əǝ](?:n|ki|dir|)|ir)|l[əǝ]|)|er(?:i(?:n)?|e|de(?:n|ki|)|le|))|))|['׳’`](?:i(?:n)?|e|de(?:n|ki|)|le)|)|SRAİL(?:İ(?:N)?|[ƏƎ]|D(?:[ƏƎ](?:N|Kİ|DİR|)|İR)|L(?:[ƏƎ](?:R(?:İ(?:N)?|[ƏƎ]|D(?:[ƏƎ](?:N|Kİ|DİR|)|İR)|L[ƏƎ]|))?|İ(?:Nİ(?:N)?|Y(?:[ƏƎ]|L(?:[ƏƎ]|E)|E|İ)|D(?:[ƏƎ](?:N|Kİ|DİR|)|İR|E(?:N|Kİ|))|L(?:[ƏƎ]R(?:İ(?:N)?|[ƏƎ]|D(?:[ƏƎ](?:N|Kİ|DİR|)|İR)|L[ƏƎ]|)|ER(?:İ(?:N)?|E|DE(?:N|Kİ|)|LE|))|))|['׳’`](?:İ(?:N)?|E|DE(?:N|Kİ|)|LE)|))|isra(?:illi(?:ni(?:n)?|y(?:[əǝ]|l[əǝ])|d(?:[əǝ](?:n|ki|dir|)|ir)|l[əǝ]r(?:i(?:n)?|[əǝ]|d(?:[əǝ](?:n|ki|dir|)|ir)|l[əǝ]|)|)|el(?:isch(?:e(?:n|r|s|m|))?|í(?:es|s|))|él(?:ien(?:ne(?:s)?|s|)|o))|А(?:зербайджан(?:а|у|о(?:м|к|)|е(?:ц)?|ск(?:и(?:й|м(?:и)?|е|х)|о(?:го|м(?:у)?|й|е)|ая|ую)|ц(?:а(?:м(?:и)?|х|)|у|е(?:м|в|)|ы)|к(?:а(?:м(?:и)?|х|)|и|е|у|ой)|)|ЗЕРБАЙДЖАН(?:А|У|ОМ|Е|))|азербайджан(?:ск(?:и(?:й|м(?:и)?|е|х)|о(?:го|м(?:у)?|й|е)|ая|ую)|ец|ц(?:а(?:м(?:и)?|х|)|у|е(?:м|в|)|ы)|к(?:а(?:м(?:и)?|х|)|и|е|у|ой)|о(?:к)?)|И(?:зраил(?:ь(?:ск(?:и(?:й|м(?:и)?|е|х)|о(?:го|м(?:у)?|й|е|)|ая|ую)|тян(?:ин(?:а|у|ом|е|)|е|а(?:м(?:и)?|х)|к(?:а(?:м(?:и)?|х|)|и|е|у|ой)|ок|)|)|я|ю|е(?:м)?)|ЗРАИЛ(?:Ь|Я|Ю|Е(?:М)?))|израиль(?:ск(?:и(?:й|м(?:и)?|е|х)|о(?:го|м(?:у)?|й|е|)|ая|ую)|тян(?:ин(?:а|у|ом|е|)|е|а(?:м(?:и)?|х)|к(?:а(?:м(?:и)?|х|)|и|е|у|ой)|ок|))|Б(?:ак(?:у|ин(?:ск(?:и(?:й|м(?:и)?|е|х)|о(?:го|м(?:у)?|й|е)|ая|ую)|ец|ц(?:а(?:м(?:и)?|х|)|у|е(?:м|в|)|ы)))|АКУ)|бакин(?:ск(?:и(?:й|м(?:и)?|е|х)|о(?:го|м(?:у)?|й|е)|ая|ую)|ец|ц(?:а(?:м(?:и)?|х|)|у|е(?:м|в|)|ы))|СОКАР|Г(?:НКАР|осударственн(?:ая\\s+нефтяная\\s+компания\\s+Азербайджанской\\s+Республики|ой\\s+нефтяной\\s+компани(?:и\\s+Азербайджанской\\s+Республики|ей\\s+Азербайджанской\\s+Республики)|ую\\s+нефтяную\\s+компанию\\s+Азербайджанской\\s+Республики))|É(?:tat\\s+d(?:’Israël|['׳’`]Israël)|TAT\\s+D(?:’ISRAËL|['׳’`]ISRAËL))|E(?:stado\\s+de\\s+Israel|STADO\\s+DE\\s+ISRAEL))|(?:و|ف)?(?:بال|كال|لل|ال|ب|ل|ك)?(?:[أاإآ]ذربيجان(?:ي(?:ة|ين|ون|ا(?:ت|ن|)|))?|[آاأإ]ذري(?:ة|ين|ون|ا(?:ت|ن|)|)|[إاأآ]سرائيل(?:ي(?:ة|ين|ون|ا(?:ت|ن|)|))?|باكو|سوكار)|(?:ו)?(?:כש|מש|ש)?(?:מה|ב|ל|כ|מ|ה)?(?:ישראל(?:י(?:ת|ם|ות|))?|אזר(?:בי(?:יג['׳’`](?:ן|א(?:ן|ני(?:ת|ם|ות|))|ני(?:ת|ם|ות|))|ג['׳’`](?:ן|אן|ני(?:ת|ם|ות|)))|י(?:ת|ם|ות|))|באקו|סוקאר))(?:['’]s|(?<=[NISLRCUAƏƎİŞEÜÛНАУМЕЬЯЮРÚ])['’]S)?(?![\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u00aa\\u00b2-\\u00b3\\u00b5\\u00b9-\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee\\u0300-\\u0374\\u0376-\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u0481\\u0483-\\u052f\\u0531-\\u0556\\u0559\\u0560-\\u0588\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u05d0-\\u05ea\\u05ef-\\u05f2\\u0610-\\u061a\\u0620-\\u0669\\u066e-\\u06d3\\u06d5-\\u06dc\\u06df-\\u06e8\\u06ea-\\u06fc\\u06ff\\u0710-\\u074a\\u074d-\\u07b1\\u07c0-\\u07f5\\u07fa\\u07fd])",
  "parts": [
    {
      "firsts": "ARISBaİiÉE",
      "source": "(?<![\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u00aa\\u00b2-\\u00b3\\u00b5\\u00b9-\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee\\u0300-\\u0374\\u0376-\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u0481\\u0483-\\u052f\\u0531-\\u0556\\u0559\\u0560-\\u0588\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u05d0-\\u05ea\\u05ef-\\u05f2\\u0610-\\u061a\\u0620-\\u0669\\u066e-\\u06d3\\u06d5-\\u06dc\\u06df-\\u06e8\\u06ea-\\u06fc\\u06ff\\u0710-\\u074a\\u074d-\\u07b1\\u07c0-\\u07f5\\u07fa\\u07fd])(?:(?:A(?:z(?:er(?:ba(?:i(?:jan(?:i(?:s)?)?|y(?:án|an(?:o(?:s)?|a(?:s)?)))|ycan(?:['׳’`](?:ı(?:n)?|a|da(?:n|ki|)|la)|lı(?:nın|y(?:a|ı|la)|da(?:n|ki|)|lar(?:ı(?:n)?|a|da(?:n|ki|)|la|)|)|\\s+Devlet\\s+Petrol\\s+Şirketi(?:n(?:i(?:n)?|e|de(?:n)?))?|)|[ïi]djan(?:ais(?:e(?:s)?)?)?)|i(?:s)?|í(?:es|s|))|[əǝ]rbaycan(?:ı(?:n)?|a|d(?:a(?:n|kı|dır|)|ır)|l(?:a|ı(?:nı(?:n)?|y(?:a|la)|d(?:a(?:n|kı|dır|)|ır)|lar(?:ı(?:n)?|a|d(?:a(?:n|kı|dır|)|ır)|la|)|))|\\s+Respublikası(?:n(?:ı(?:n)?|a|da(?:n|kı|))|\\s+Dövl[əǝ]t\\s+Neft\\s+Şirk[əǝ]ti(?:n(?:i(?:n)?|[əǝ]|d[əǝ](?:n)?)|yl[əǝ]|)|)|)|éri(?:e(?:s)?|s|))|Z(?:ER(?:BA(?:I(?:JAN(?:I(?:S)?)?|YÁN)|YCAN(?:['׳’`](?:I(?:N)?|A|DA(?:N|Kİ|)|LA)|LI(?:NIN|Y(?:A|I|LA)|DA(?:N|Kİ|)|LAR(?:I(?:N)?|A|DA(?:N|Kİ|)|LA|)|)|)|[ÏI]DJAN)|I(?:S)?)|[ƏƎ]RBAYCAN(?:I(?:N)?|A|D(?:A(?:N|KI|DIR|)|IR)|L(?:A|I(?:NI(?:N)?|Y(?:A|LA)|D(?:A(?:N|KI|DIR|)|IR)|LAR(?:I(?:N)?|A|D(?:A(?:N|KI|DIR|)|IR)|LA|)|))|\\s+RESPUBLİKASI(?:N(?:I(?:N)?|A|DA(?:N|KI|)))?|))|RDNŞ(?:-(?:i(?:n)?|İ(?:N)?|[əǝ]|[ƏƎ]|d[əǝ](?:n)?|D[ƏƎ](?:N)?|l[əǝ]|L[ƏƎ]))?|ser(?:b(?:aidschan(?:s|er(?:in(?:nen)?|n|s|)|isch(?:e(?:n|r|s|m|))?|)|eidschan(?:s)?)|i(?:s(?:ch(?:e(?:n|r|s|m|))?)?)?)|SER(?:B(?:AIDSCHAN(?:S|ER(?:IN(?:NEN)?|N|S|)|)|EIDSCHAN(?:S)?)|I(?:S)?))|R(?:epublic\\s+of\\s+Azerbaijan|EPUBLIC\\s+OF\\s+AZERBAIJAN|épublique\\s+d(?:’Azerba[ïi]djan|['׳’`]Azerba[ïi]djan)|ÉPUBLIQUE\\s+D(?:’AZERBA[ÏI]DJAN|['׳’`]AZERBA[ÏI]DJAN))|I(?:sra(?:el(?:i(?:s(?:ch(?:e(?:n|r|s|m|))?)?|n(?:nen)?|)|s|í(?:es|s|)|)|ël|él(?:ien(?:ne(?:s)?|s|)|o))|SRA(?:EL(?:I(?:S|N(?:NEN)?|)|S|)|ËL))|S(?:ta(?:te\\s+(?:of\\s+Israel|Oil\\s+Company\\s+of\\s+(?:Azerbaijan\\s+Republic|the\\s+(?:Azerbaijan\\s+Republic|Republic\\s+of\\s+Azerbaijan)))|atliche\\s+Ölgesellschaft\\s+der\\s+Republik\\s+Aserbaidschan)|TATE\\s+O(?:F\\s+ISRAEL|IL\\s+COMPANY\\s+OF\\s+(?:AZERBAIJAN\\s+REPUBLIC|THE\\s+(?:AZERBAIJAN\\s+REPUBLIC|REPUBLIC\\s+OF\\s+AZERBAIJAN)))|OCAR(?:['׳’`](?:ı(?:n)?|I(?:N)?|a|A|da(?:n|ki|)|DA(?:N|Kİ|)|la|LA))?|ocar)|B(?:ak(?:u(?:s)?|ı(?:nı(?:n)?|y(?:a|la)|d(?:a(?:n|kı|dır|)|ır)|lı(?:nı(?:n)?|y(?:a|la)|d(?:a(?:n|kı|dır|)|ır)|lar(?:ı(?:n)?|a|d(?:a(?:n|kı|dır|)|ır)|la|)|)|)|[üû](?:['׳’`](?:n[üû]n|y(?:e|[üû]|le)|de(?:n|ki|))|l[üû](?:n[üû]n|y(?:e|[üû]|le)|de(?:n|ki|)|ler(?:i(?:n)?|e|de(?:n|ki|)|le|)|)|)|ou|ú)|AK(?:U(?:S)?|I(?:NI(?:N)?|Y(?:A|LA)|D(?:A(?:N|KI|DIR|)|IR)|LI(?:NI(?:N)?|Y(?:A|LA)|D(?:A(?:N|KI|DIR|)|IR)|LAR(?:I(?:N)?|A|D(?:A(?:N|KI|DIR|)|IR)|LA|)|)|)|[ÜÛ](?:['׳’`](?:N[ÜÛ]N|Y(?:E|[ÜÛ]|LE)|DE(?:N|Kİ|))|L[ÜÛ](?:N[ÜÛ]N|Y(?:E|[ÜÛ]|LE)|DE(?:N|Kİ|)|LER(?:İ(?:N)?|E|DE(?:N|Kİ|)|LE|)|)|)|OU|Ú))|a(?:z(?:[əǝ]rbaycanlı(?:nı(?:n)?|y(?:a|la)|d(?:a(?:n|kı|dır|)|ır)|lar(?:ı(?:n)?|a|d(?:a(?:n|kı|dır|)|ır)|la|)|)|er(?:ba(?:[ïi]djanais(?:e(?:s)?)?|iyan(?:o(?:s)?|a(?:s)?))|í(?:es|s|))|éri(?:e(?:s)?|s|))|ser(?:baidschanisch(?:e(?:n|r|s|m|))?|isch(?:e(?:n|r|s|m|))?))|İ(?:srail(?:i(?:n)?|[əǝ]|d(?:[əǝ](?:n|ki|dir|)|ir)|l(?:[əǝ](?:r(?:i(?:n)?|[əǝ]|d(?:[əǝ](?:n|ki|dir|)|ir)|l[əǝ]|))?|i(?:ni(?:n)?|y(?:[əǝ]|l(?:[əǝ]|e)|e|i)|d(?:[əǝ](?:n|ki|dir|)|ir|e(?:n|ki|))|l(?:[əǝ]r(?:i(?:n)?|[əǝ]|d(?:[əǝ](?:n|ki|dir|)|ir)|l[əǝ]|)|er(?:i(?:n)?|e|de(?:n|ki|)|le|))|))|['׳’`](?:i(?:n)?|e|de(?:n|ki|)|le)|)|SRAİL(?:İ(?:N)?|[ƏƎ]|D(?:[ƏƎ](?:N|Kİ|DİR|)|İR)|L(?:[ƏƎ](?:R(?:İ(?:N)?|[ƏƎ]|D(?:[ƏƎ](?:N|Kİ|DİR|)|İR)|L[ƏƎ]|))?|İ(?:Nİ(?:N)?|Y(?:[ƏƎ]|L(?:[ƏƎ]|E)|E|İ)|D(?:[ƏƎ](?:N|Kİ|DİR|)|İR|E(?:N|Kİ|))|L(?:[ƏƎ]R(?:İ(?:N)?|[ƏƎ]|D(?:[ƏƎ](?:N|Kİ|DİR|)|İR)|L[ƏƎ]|)|ER(?:İ(?:N)?|E|DE(?:N|Kİ|)|LE|))|))|['׳’`](?:İ(?:N)?|E|DE(?:N|Kİ|)|LE)|))|isra(?:illi(?:ni(?:n)?|y(?:[əǝ]|l[əǝ])|d(?:[əǝ](?:n|ki|dir|)|ir)|l[əǝ]r(?:i(?:n)?|[əǝ]|d(?:[əǝ](?:n|ki|dir|)|ir)|l[əǝ]|)|)|el(?:isch(?:e(?:n|r|s|m|))?|í(?:es|s|))|él(?:ien(?:ne(?:s)?|s|)|o))|É(?:tat\\s+d(?:’Israël|['׳’`]Israël)|TAT\\s+D(?:’ISRAËL|['׳’`]ISRAËL))|E(?:stado\\s+de\\s+Israel|STADO\\s+DE\\s+ISRAEL)))(?:['’]s|(?<=[NISLRCUAƏƎİŞEÜÛÚ])['’]S)?(?![\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u00aa\\u00b2-\\u00b3\\u00b5\\u00b9-\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee\\u0300-\\u0374\\u0376-\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u0481\\u0483-\\u052f\\u0531-\\u0556\\u0559\\u0560-\\u0588\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u05d0-\\u05ea\\u05ef-\\u05f2\\u0610-\\u061a\\u0620-\\u0669\\u066e-\\u06d3\\u06d5-\\u06dc\\u06df-\\u06e8\\u06ea-\\u06fc\\u06ff\\u0710-\\u074a\\u074d-\\u07b1\\u07c0-\\u07f5\\u07fa\\u07fd])"
    },
    {
      "firsts": "АаИиБбСГ",
      "source": "(?<![\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u00aa\\u00b2-\\u00b3\\u00b5\\u00b9-\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee\\u0300-\\u0374\\u0376-\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u0481\\u0483-\\u052f\\u0531-\\u0556\\u0559\\u0560-\\u0588\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u05d0-\\u05ea\\u05ef-\\u05f2\\u0610-\\u061a\\u0620-\\u0669\\u066e-\\u06d3\\u06d5-\\u06dc\\u06df-\\u06e8\\u06ea-\\u06fc\\u06ff\\u0710-\\u074a\\u074d-\\u07b1\\u07c0-\\u07f5\\u07fa\\u07fd])(?:(?:А(?:зербайджан(?:а|у|о(?:м|к|)|е(?:ц)?|ск(?:и(?:й|м(?:и)?|е|х)|о(?:го|м(?:у)?|й|е)|ая|ую)|ц(?:а(?:м(?:и)?|х|)|у|е(?:м|в|)|ы)|к(?:а(?:м(?:и)?|х|)|и|е|у|ой)|)|ЗЕРБАЙДЖАН(?:А|У|ОМ|Е|))|азербайджан(?:ск(?:и(?:й|м(?:и)?|е|х)|о(?:го|м(?:у)?|й|е)|ая|ую)|ец|ц(?:а(?:м(?:и)?|х|)|у|е(?:м|в|)|ы)|к(?:а(?:м(?:и)?|х|)|и|е|у|ой)|о(?:к)?)|И(?:зраил(?:ь(?:ск(?:и(?:й|м(?:и)?|е|х)|о(?:го|м(?:у)?|й|е|)|ая|ую)|тян(?:ин(?:а|у|ом|е|)|е|а(?:м(?:и)?|х)|к(?:а(?:м(?:и)?|х|)|и|е|у|ой)|ок|)|)|я|ю|е(?:м)?)|ЗРАИЛ(?:Ь|Я|Ю|Е(?:М)?))|израиль(?:ск(?:и(?:й|м(?:и)?|е|х)|о(?:го|м(?:у)?|й|е|)|ая|ую)|тян(?:ин(?:а|у|ом|е|)|е|а(?:м(?:и)?|х)|к(?:а(?:м(?:и)?|х|)|и|е|у|ой)|ок|))|Б(?:ак(?:у|ин(?:ск(?:и(?:й|м(?:и)?|е|х)|о(?:го|м(?:у)?|й|е)|ая|ую)|ец|ц(?:а(?:м(?:и)?|х|)|у|е(?:м|в|)|ы)))|АКУ)|бакин(?:ск(?:и(?:й|м(?:и)?|е|х)|о(?:го|м(?:у)?|й|е)|ая|ую)|ец|ц(?:а(?:м(?:и)?|х|)|у|е(?:м|в|)|ы))|СОКАР|Г(?:НКАР|осударственн(?:ая\\s+нефтяная\\s+компания\\s+Азербайджанской\\s+Республики|ой\\s+нефтяной\\s+компани(?:и\\s+Азербайджанской\\s+Республики|ей\\s+Азербайджанской\\s+Республики)|ую\\s+нефтяную\\s+компанию\\s+Азербайджанской\\s+Республики))))(?:['’]s|(?<=[НАУМЕЬЯЮР])['’]S)?(?![\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u00aa\\u00b2-\\u00b3\\u00b5\\u00b9-\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee\\u0300-\\u0374\\u0376-\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u0481\\u0483-\\u052f\\u0531-\\u0556\\u0559\\u0560-\\u0588\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u05d0-\\u05ea\\u05ef-\\u05f2\\u0610-\\u061a\\u0620-\\u0669\\u066e-\\u06d3\\u06d5-\\u06dc\\u06df-\\u06e8\\u06ea-\\u06fc\\u06ff\\u0710-\\u074a\\u074d-\\u07b1\\u07c0-\\u07f5\\u07fa\\u07fd])"
    },
    {
      "firsts": "أاإآبسوفكل",
      "source": "(?<![\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u00aa\\u00b2-\\u00b3\\u00b5\\u00b9-\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee\\u0300-\\u0374\\u0376-\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u0481\\u0483-\\u052f\\u0531-\\u0556\\u0559\\u0560-\\u0588\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u05d0-\\u05ea\\u05ef-\\u05f2\\u0610-\\u061a\\u0620-\\u0669\\u066e-\\u06d3\\u06d5-\\u06dc\\u06df-\\u06e8\\u06ea-\\u06fc\\u06ff\\u0710-\\u074a\\u074d-\\u07b1\\u07c0-\\u07f5\\u07fa\\u07fd])(?:(?:و|ف)?(?:بال|كال|لل|ال|ب|ل|ك)?(?:[أاإآ]ذربيجان(?:ي(?:ة|ين|ون|ا(?:ت|ن|)|))?|[آاأإ]ذري(?:ة|ين|ون|ا(?:ت|ن|)|)|[إاأآ]سرائيل(?:ي(?:ة|ين|ون|ا(?:ت|ن|)|))?|باكو|سوكار))(?:['’]s)?(?![\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u00aa\\u00b2-\\u00b3\\u00b5\\u00b9-\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee\\u0300-\\u0374\\u0376-\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u0481\\u0483-\\u052f\\u0531-\\u0556\\u0559\\u0560-\\u0588\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u05d0-\\u05ea\\u05ef-\\u05f2\\u0610-\\u061a\\u0620-\\u0669\\u066e-\\u06d3\\u06d5-\\u06dc\\u06df-\\u06e8\\u06ea-\\u06fc\\u06ff\\u0710-\\u074a\\u074d-\\u07b1\\u07c0-\\u07f5\\u07fa\\u07fd])"
    },
    {
      "firsts": "יאבסוכמשלה",
      "source": "(?<![\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u00aa\\u00b2-\\u00b3\\u00b5\\u00b9-\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee\\u0300-\\u0374\\u0376-\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u0481\\u0483-\\u052f\\u0531-\\u0556\\u0559\\u0560-\\u0588\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u05d0-\\u05ea\\u05ef-\\u05f2\\u0610-\\u061a\\u0620-\\u0669\\u066e-\\u06d3\\u06d5-\\u06dc\\u06df-\\u06e8\\u06ea-\\u06fc\\u06ff\\u0710-\\u074a\\u074d-\\u07b1\\u07c0-\\u07f5\\u07fa\\u07fd])(?:(?:ו)?(?:כש|מש|ש)?(?:מה|ב|ל|כ|מ|ה)?(?:ישראל(?:י(?:ת|ם|ות|))?|אזר(?:בי(?:יג['׳’`](?:ן|א(?:ן|ני(?:ת|ם|ות|))|ני(?:ת|ם|ות|))|ג['׳’`](?:ן|אן|ני(?:ת|ם|ות|)))|י(?:ת|ם|ות|))|באקו|סוקאר))(?:['’]s)?(?![\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u00aa\\u00b2-\\u00b3\\u00b5\\u00b9-\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee\\u0300-\\u0374\\u0376-\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u0481\\u0483-\\u052f\\u0531-\\u0556\\u0559\\u0560-\\u0588\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u05d0-\\u05ea\\u05ef-\\u05f2\\u0610-\\u061a\\u0620-\\u0669\\u066e-\\u06d3\\u06d5-\\u06dc\\u06df-\\u06e8\\u06ea-\\u06fc\\u06ff\\u0710-\\u074a\\u074d-\\u07b1\\u07c0-\\u07f5\\u07fa\\u07fd])"
    }
  ],
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
