// The fact set's energy and economy facts, and the community's (src/data/facts.ts has the rules
// every fact keeps and puts the sections together). A file per few sections so that each stays
// readable.
import type { Fact } from './types';

export const ENERGY_FACTS: Fact[] = [
  // ── Energy and economy ─────────────────────────────────────────────────────────────────────────
  {
    // 2026-11 row 10: tanker data since late 2023; asOf was overstated (no share for 2025 before).
    id: 'oil-share',
    text: 'Estimates of Azerbaijan’s share of Israel’s crude oil range from about 20% to 46%; tanker data since late 2023 put it at roughly 40–46%.',
    topics: ['energy', 'economy'],
    status: 'disputed',
    kind: 'changing',
    asOf: '2025-12-31',
    sources: ['S63', 'S62', 'S17', 'S18', 'S19', 'S20', 'S21', 'S22', 'S64'],
    note: 'Estimates ~20–46%: 20% (2009), “a good third” (2012), 40% (Brenda Shaffer, 2014), about 18–19% of 2023 demand (Faktyoxla); tanker data: nearly 40% for November 2023–October 2025 (Oil Change International) and 46.4% for 2025 (Kpler).',
    importance: 9,
  },
  {
    // N2. The Reuters original was not checked.
    id: 'oil-share-kpler-2025',
    text: 'Ship-tracking data (Kpler) put Azerbaijan at about 46% of Israel’s oil imports in 2025, some 94,000 barrels a day, up 31% on 2024.',
    topics: ['energy', 'economy'],
    status: 'reported',
    kind: 'changing',
    asOf: '2025-12-31',
    sources: ['S63', 'S64'],
    note: 'The Cradle and Mira Haber cite Reuters for it; the Reuters original was not checked.',
    importance: 6,
  },
  {
    // N10.
    id: 'oci-oil-report',
    text: 'Oil Change International counted over 7 million tonnes of Azerbaijani crude shipped to Israel in Nov 2023–Oct 2025, nearly 40% of its crude imports.',
    topics: ['energy'],
    status: 'reported',
    kind: 'event',
    asOf: '2025-11',
    sources: ['S62'],
    note: 'From its “Behind the Barrel” report, launched at COP30, as reported; the report itself was not checked.',
    importance: 5,
  },
  {
    // 2026-11 row 11.
    id: 'oil-customs-2024',
    text: 'Azerbaijani customs stopped listing Israel as a buyer from October 2024, but tanker tracking shows the oil kept flowing in 2025.',
    topics: ['energy', 'economy'],
    status: 'reported',
    kind: 'changing',
    asOf: '2025-12-31',
    sources: ['S22', 'S63', 'S64'],
    note: 'Continued supply is shown by tanker tracking (Kpler: about 94,000 barrels a day in 2025, up 31%) and reported by Israeli media, not by official Azerbaijani statistics.',
    importance: 4,
  },
  {
    // 2026-11 row 12: status confirmed → reported; Turkey's denials and port ban.
    id: 'oil-via-btc',
    text: 'Azerbaijani oil reaches Israel via the BTC pipeline to Ceyhan and then by tanker, per tanker tracking; Turkey has denied Israel-bound cargoes since 2024.',
    topics: ['energy', 'geography'],
    status: 'reported',
    kind: 'changing',
    asOf: '2025-12-31',
    sources: ['S23', 'S65', 'S62', 'S63', 'S24'],
    note: 'Israeli sources confirmed the route in May 2024; since November 2024 Türkiye’s energy ministry has denied Israel-bound loadings at Ceyhan, and it closed its ports to Israeli ships on 29 August 2025.',
    importance: 7,
  },
  {
    // N5.
    id: 'turkey-port-ban',
    text: 'Turkey closed its ports to Israeli ships and its airspace to official Israeli flights in August 2025, after halting all trade with Israel in May 2024.',
    topics: ['economy', 'diplomacy'],
    status: 'confirmed',
    kind: 'event',
    asOf: '2025-08-29',
    sources: ['S65'],
    importance: 6,
  },
  {
    // 2026-11 row 13: BP's operatorship is being handed over (N8).
    id: 'btc-pipeline',
    text: 'The Baku–Tbilisi–Ceyhan pipeline, built and long operated by BP, runs 1,768 km; its first oil reached Ceyhan on 28 May 2006.',
    topics: ['energy', 'geography'],
    status: 'confirmed',
    kind: 'event',
    asOf: '2006-05-28',
    sources: ['S66', 'S24'],
    note: 'BP is handing its operation to state bodies of Azerbaijan, Georgia and Türkiye (see the handover fact).',
    importance: 5,
  },
  {
    // N8. Review once the planned date has passed: the transfer was due by the end of June 2026.
    id: 'btc-operator-handover',
    text: 'BP is handing operation of the BTC pipeline to state bodies in Azerbaijan, Georgia and Türkiye, a transfer planned for mid-2026; it keeps its 30.1% stake.',
    topics: ['energy', 'economy'],
    status: 'reported',
    kind: 'changing',
    asOf: '2026-03-06',
    reviewBy: '2026-07-01',
    sources: ['S66', 'S67'],
    note: 'SOCAR Midstream would operate the Azerbaijani section, with GOGC and BOTAŞ in Georgia and Türkiye; completion was not confirmed in any page checked.',
    importance: 5,
  },
  {
    id: 'socar-med-ashdod-2011',
    text: 'In 2011 SOCAR’s Caspian Drilling Company took 5% of Israel’s Med Ashdod licence, its first move beyond the Caspian Basin.',
    topics: ['energy'],
    status: 'confirmed',
    kind: 'event',
    asOf: '2011',
    sources: ['S25'],
    importance: 4,
  },
  {
    id: 'socar-zone-i',
    text: 'SOCAR became operator of Israel’s offshore gas exploration Zone I, awarded on 29 October 2023 and formally licensed on 17 March 2025.',
    topics: ['energy', 'economy'],
    status: 'confirmed',
    kind: 'event',
    asOf: '2025-03-17',
    sources: ['S27', 'S26'],
    note: 'Six licences: SOCAR 33.34% (operator), BP 33.33%, NewMed 33.33%; sources call it SOCAR’s first exploration outside Azerbaijan.',
    importance: 8,
  },
  {
    // N1. Completion not dated in any page checked.
    id: 'socar-tamar',
    text: 'SOCAR agreed on 31 January 2025 to buy a 10% stake in Israel’s Tamar gas field from Union Energy, its first upstream investment in the Mediterranean.',
    topics: ['energy', 'economy'],
    status: 'confirmed',
    kind: 'event',
    asOf: '2025-01-31',
    sources: ['S76', 'S77'],
    note: 'Israel’s Competition Authority approved it in May 2025 on condition that SOCAR does not operate fields where it holds exploration licences; no dated closing was found.',
    importance: 8,
  },
  {
    // 2026-11 row 16 (with N6): 2025 trade far below 2022–23.
    id: 'trade-partner',
    text: 'Israel was Azerbaijan’s third-largest trading partner in 2008; Israel’s foreign minister put their 2025 trade at just over $360 million.',
    topics: ['economy'],
    status: 'confirmed',
    kind: 'changing',
    asOf: '2026-01-26',
    sources: ['S68', 'S69', 'S6', 'S28', 'S29'],
    note: 'Israel was also the third-largest export destination in January–February 2020, and trade passed $1.7 billion in 2022–23 (President Aliyev, May 2023); no current ranking was found.',
    importance: 6,
  },
  {
    // N6.
    id: 'trade-2025',
    text: 'Israel’s foreign minister said in Baku on 26 January 2026 that Israel–Azerbaijan trade rose about 50% in 2025, to more than $360 million.',
    topics: ['economy'],
    status: 'reported',
    kind: 'changing',
    asOf: '2026-01-26',
    sources: ['S68', 'S69'],
    note: 'As stated by the minister; official 2025 trade statistics were not checked, and oil to Israel is missing from Azerbaijani customs data since October 2024.',
    importance: 5,
  },

];

export const COMMUNITY_FACTS: Fact[] = [
  // ── Community ──────────────────────────────────────────────────────────────────────────────────
  {
    // 2026-11 row 17: 6,400 (2010) is an estimate, not a census figure.
    id: 'jewish-population',
    text: 'Estimates of Azerbaijan’s Jewish population range from about 5,000 (2019 census) to 30,000 (a community leader, 2014).',
    topics: ['community'],
    status: 'disputed',
    kind: 'changing',
    asOf: '2023-12-31',
    sources: ['S32', 'S31', 'S33', 'S55', 'S30'],
    note: 'Census: 5,094 (2019); estimates: 6,400 (2010), 8,000–25,000 (2010), 30,000 (2014), 12,000–18,000 (EAJC, 2023), about 20,000 (TPS, 2023).',
    importance: 7,
  },
  {
    id: 'quba-jews-history',
    text: 'Jews have lived around Quba since at least the 13th century; community tradition dates their presence back about 2,500 years.',
    topics: ['community', 'history'],
    status: 'confirmed',
    kind: 'changing',
    asOf: '2025-06-01',
    reviewBy: '2030-06-01',
    sources: ['S53', 'S32', 'S54'],
    note: '“More than 2,000 years” is community tradition; the government says 2,600 years.',
    importance: 5,
  },
  {
    id: 'qirmizi-qesebe',
    text: 'Qırmızı Qəsəbə in Quba district, with 3,598 residents in 2010, is described as the only all-Jewish town outside Israel and the US.',
    topics: ['community', 'geography'],
    status: 'confirmed',
    kind: 'changing',
    asOf: '2010-12-31',
    sources: ['S54'],
    note: 'Its name means “Red Town”; a khan of Quba granted the settlement in 1742, though versions disagree on the date and the khan.',
    importance: 5,
  },
  {
    // 2026-11 row 20: the latest greeting found is of 19 September 2025.
    id: 'aliyev-jewish-community',
    text: 'President Ilham Aliyev sends yearly Rosh Hashanah greetings to Azerbaijan’s Jews and opened Baku’s Ohr Avner school on 4 October 2010.',
    topics: ['community', 'politics'],
    status: 'confirmed',
    kind: 'changing',
    asOf: '2025-09-19',
    sources: ['S70', 'S35', 'S36'],
    note: 'The latest greeting checked is of 19 September 2025; “regular visits” to the community were not verified.',
    importance: 5,
  },

];
