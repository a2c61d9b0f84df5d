// The fact set's diplomacy and defence facts (src/data/facts.ts has the rules every fact keeps and
// puts the sections together). A file per few sections so that each stays readable.
import type { Fact } from './types';

export const DIPLOMACY_FACTS: Fact[] = [
  // ── Diplomacy ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'israel-recognition-embassy',
    text: 'Israel recognised Azerbaijan’s independence on 25 December 1991 and opened its embassy in Baku in August 1993.',
    topics: ['diplomacy', 'history'],
    status: 'confirmed',
    kind: 'event',
    asOf: '1993-08',
    sources: ['S2', 'S1'],
    importance: 9,
  },
  {
    id: 'relations-since-1992',
    text: 'Israel and Azerbaijan established diplomatic relations on 7 April 1992.',
    topics: ['diplomacy', 'history'],
    status: 'confirmed',
    kind: 'event',
    asOf: '1992-04-07',
    sources: ['S1'],
    importance: 9,
  },
  {
    // 2026-11 row 3: the Times of Israel on the May 2025 postponement; no visit after 2016 found.
    id: 'leader-visits',
    text: 'Netanyahu visited Azerbaijan in 1997 and 2016, and Peres made the first visit by an Israeli head of state on 28–29 June 2009.',
    topics: ['diplomacy', 'politics'],
    status: 'confirmed',
    kind: 'event',
    asOf: '2016-12-13',
    sources: ['S5', 'S4', 'S49', 'S7', 'S6', 'S8', 'S50', 'S56'],
    note: 'Netanyahu met Heydar Aliyev on 29 August 1997 (a US cable says 1998) and Ilham Aliyev on 13 December 2016; a planned May 2025 visit was postponed, reportedly because Turkey refused overflight. Peres’s “You bring the oil…” quote was not found; closest: he told Trend in June 2009 that Israel lacks “natural gas or petroleum… we have to rely on our brainpower… We will share everything”.',
    importance: 6,
  },
  {
    // 2026-11 row 4: the dates of the order and the appointment (ENA.az).
    id: 'az-embassy-tel-aviv',
    text: 'Azerbaijan opened its embassy in Tel Aviv on 29 March 2023.',
    topics: ['diplomacy'],
    status: 'confirmed',
    kind: 'event',
    asOf: '2023-03-29',
    sources: ['S3', 'S2', 'S57'],
    note: 'Parliament approved it on 18 November 2022 and President Aliyev ordered it set up on 26 November 2022; Mukhtar Mammadov was appointed ambassador on 11 January 2023.',
    importance: 9,
  },
  {
    id: 'fm-visit-2013',
    text: 'Elmar Mammadyarov became the first Azerbaijani foreign minister to visit Israel, in April 2013.',
    topics: ['diplomacy'],
    status: 'confirmed',
    kind: 'event',
    asOf: '2013-04',
    sources: ['S9'],
    importance: 5,
  },
  {
    // N9.
    id: 'saar-visit-2026',
    text: 'Israeli Foreign Minister Gideon Saar visited Baku on 26 January 2026 with a business delegation and met President Ilham Aliyev.',
    topics: ['diplomacy', 'politics'],
    status: 'confirmed',
    kind: 'event',
    asOf: '2026-01-26',
    sources: ['S86', 'S85'],
    importance: 7,
  },
  {
    // N7. Azerbaijan had not joined as of the latest page checked; nothing later was found.
    id: 'abraham-accords',
    text: 'Azerbaijan had not joined the Abraham Accords by January 2026, though the US discussed it in 2025; Kazakhstan joined in November 2025.',
    topics: ['diplomacy', 'politics'],
    status: 'reported',
    kind: 'changing',
    asOf: '2026-01-11',
    sources: ['S82', 'S83', 'S84'],
    note: 'An analysis of January 2026 still spoke of a “potential accession”; nothing later was found.',
    importance: 7,
  },
  {
    // N11.
    id: 'herzog-cop29',
    text: 'Israeli President Herzog cancelled his COP29 trip to Baku in November 2024 after Turkey refused his plane passage through its airspace.',
    topics: ['diplomacy', 'politics'],
    status: 'confirmed',
    kind: 'event',
    asOf: '2024-11',
    sources: ['S87', 'S88'],
    importance: 4,
  },
  {
    // N13.
    id: 'israeli-visitors-2025',
    text: 'Azerbaijan’s foreign minister said Israeli visitors to Azerbaijan doubled in 2025 and that 124 Israeli companies operate in the country.',
    topics: ['economy', 'diplomacy'],
    status: 'reported',
    kind: 'changing',
    asOf: '2026-01-26',
    sources: ['S86'],
    note: 'As stated by the minister; tourism and company registers were not checked.',
    importance: 4,
  },

];

export const DEFENCE_FACTS: Fact[] = [
  // ── Defence and security ───────────────────────────────────────────────────────────────────────
  {
    id: 'arms-deal-2012',
    text: 'Israeli defence officials confirmed a $1.6 billion deal in February 2012 for IAI drones, anti-aircraft and missile-defence systems.',
    topics: ['defence', 'economy'],
    status: 'confirmed',
    kind: 'event',
    asOf: '2012-02-26',
    sources: ['S10', 'S11'],
    note: 'SIPRI dates the contract to 2011 (Heron and Searcher drones, Barak-8, Green Pine radar).',
    importance: 8,
  },
  {
    // 2026-11 row 7: what was signed was a protocol of intent; nothing on AZAD after 2018.
    id: 'azad-uav-production',
    text: 'AZAD Systems, a joint venture with Israel’s Aeronautics, builds drones in Azerbaijan; a protocol on new types was signed on 11 July 2018.',
    topics: ['defence'],
    status: 'confirmed',
    kind: 'changing',
    asOf: '2018-07-11',
    sources: ['S12', 'S58', 'S90'],
    note: 'The joint venture is between Azerbaijan’s Defence Industry Ministry and Aeronautics; nothing on it after 2018 was found, and Azerbaijan now also builds Turkish Baykar drones.',
    importance: 6,
  },
  {
    // 2026-11 row 8 and N12 (Azersky-2 on schedule, December 2025).
    id: 'satellites-2023',
    text: 'Israel Aerospace Industries signed a deal with Azercosmos on 3 October 2023 for two Earth-observation satellites.',
    topics: ['defence', 'economy'],
    status: 'confirmed',
    kind: 'event',
    asOf: '2023-10-03',
    sources: ['S13', 'S14'],
    note: 'First reported in April 2023 (about $120 million); they replace the Azersky satellite, and media describe them as military satellites.',
    importance: 6,
  },
  {
    id: 'azersky-2',
    text: 'Azercosmos said in December 2025 that the Azersky-2 Earth-observation satellite programme with IAI was on schedule; no launch date was announced.',
    topics: ['defence', 'economy'],
    status: 'confirmed',
    kind: 'changing',
    asOf: '2025-12-03',
    sources: ['S59'],
    importance: 4,
  },
  {
    // 2026-11 row 9: the 2025 denials and the 2026 "false flag" claim.
    id: 'intelligence-reports',
    text: 'Reports of Israeli military or intelligence use of Azerbaijan against Iran have never been confirmed; Baku denied them again in 2025.',
    topics: ['defence', 'politics'],
    status: 'reported',
    kind: 'changing',
    asOf: '2025-06-14',
    sources: ['S60', 'S15', 'S16', 'S61'],
    note: 'Foreign Policy reported Israeli access to air bases in 2012; Baku denied it, called Iran’s 2021 allegations “totally baseless” and its 2025 ones “absurd”; in March 2026 Iran blamed the Nakhchivan strike on an Israeli “false flag”.',
    importance: 5,
  },
  {
    // N4.
    id: 'iran-war-stance-2025',
    text: 'During the June 2025 Israel–Iran war, Azerbaijan told Iran it would not let its territory or airspace be used for attacks on Iran.',
    topics: ['defence', 'diplomacy'],
    status: 'confirmed',
    kind: 'event',
    asOf: '2025-06-14',
    sources: ['S60', 'S81'],
    importance: 8,
  },
  {
    // N3.
    id: 'nakhchivan-strike-2026',
    text: 'Drones launched from Iran hit Nakhchivan airport on 5 March 2026, during the US–Israeli war on Iran; Baku condemned the attack and Iran denied it.',
    topics: ['defence', 'politics'],
    status: 'confirmed',
    kind: 'event',
    asOf: '2026-03-05',
    sources: ['S78', 'S79', 'S61', 'S80'],
    note: 'The war began with US and Israeli strikes on 28 February 2026; its outcome could not be confirmed in the sources checked.',
    importance: 7,
  },

];
