// The facts about each entity on its own: Azerbaijan, Israel, SOCAR, Baku (src/data/facts.ts has
// the rules every fact keeps and puts the sections together). A file per few sections so that each
// stays readable.
import type { Fact } from './types';

export const ENTITY_FACTS: Fact[] = [
  // ── Azerbaijan ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'az-secular',
    text: 'Azerbaijan is a secular unitary republic whose constitution separates religion from the state; most of its people are Shia Muslims.',
    topics: ['politics', 'community'],
    status: 'confirmed',
    kind: 'changing',
    asOf: '2025-06-01',
    reviewBy: '2030-06-01',
    sources: ['S37', 'S38'],
    note: 'Constitution, Article 7 (secular republic) and Article 18 (religion separate from the state).',
    importance: 7,
  },
  {
    id: 'baku-capital',
    text: 'Baku is Azerbaijan’s capital and largest city, and the largest city on the Caspian Sea.',
    topics: ['geography'],
    status: 'confirmed',
    kind: 'changing',
    asOf: '2025-06-01',
    reviewBy: '2030-06-01',
    sources: ['S48'],
    importance: 9,
  },
  {
    // 2026-11 row 23.
    id: 'az-population',
    text: 'Azerbaijan had a population of 10,262,351 on 1 January 2026, according to its State Statistical Committee.',
    topics: ['geography'],
    status: 'confirmed',
    kind: 'changing',
    asOf: '2026-01-01',
    sources: ['S71'],
    importance: 7,
  },
  {
    id: 'az-independence',
    text: 'Azerbaijan first proclaimed a republic on 28 May 1918 and restored its independence on 18 October 1991.',
    topics: ['history', 'politics'],
    status: 'confirmed',
    kind: 'event',
    asOf: '1991-10-18',
    sources: ['S40'],
    importance: 8,
  },

  // ── Israel ─────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'israel-independence',
    text: 'Israel declared its independence in Tel Aviv on 14 May 1948.',
    topics: ['history', 'politics'],
    status: 'confirmed',
    kind: 'event',
    asOf: '1948-05-14',
    sources: ['S42'],
    importance: 8,
  },
  {
    // 2026-11 row 26. The 2025 releases count about 250,000 foreign residents within the total.
    id: 'israel-population',
    text: 'Israel’s population was about 10.18 million at the end of 2025, according to its Central Bureau of Statistics.',
    topics: ['geography'],
    status: 'confirmed',
    kind: 'changing',
    asOf: '2025-12-31',
    sources: ['S72', 'S41'],
    note: 'It passed 10 million in 2025; the 2025 figures include about 250,000 foreign residents, so compare them with older ones with care.',
    importance: 7,
  },
  {
    // 2026-11 row 27: a reference work on the status of Jerusalem instead of Nowlej.
    id: 'israel-jerusalem',
    text: 'Israeli law names Jerusalem as the capital, but most states do not recognise this and keep their embassies in Tel Aviv.',
    topics: ['politics', 'diplomacy', 'geography'],
    status: 'confirmed',
    kind: 'changing',
    asOf: '2025-06-01',
    reviewBy: '2030-06-01',
    sources: ['S3', 'S43'],
    note: 'Azerbaijan’s embassy is in Tel Aviv too; many embassies are in the Tel Aviv area rather than the city itself.',
    importance: 6,
  },

  // ── SOCAR ──────────────────────────────────────────────────────────────────────────────────────
  {
    // 2026-11 row 28: Najaf still president in December 2025; the movatter proxy replaced.
    id: 'socar-profile',
    text: 'SOCAR is Azerbaijan’s fully state-owned oil and gas company, headquartered in Baku and led by president Rovshan Najaf.',
    topics: ['energy', 'economy'],
    status: 'confirmed',
    kind: 'changing',
    asOf: '2025-12-10',
    sources: ['S73', 'S44'],
    importance: 9,
  },
  {
    id: 'socar-founded',
    text: 'SOCAR was founded on 13 September 1992 by Decree 200, which merged the state companies Azerineft and Azneftkimiya.',
    topics: ['energy', 'history'],
    status: 'confirmed',
    kind: 'event',
    asOf: '1992-09-13',
    sources: ['S44'],
    importance: 7,
  },
  {
    // 2026-11 row 30: wrong (25% was the stake before Equinor's exit).
    id: 'socar-btc-stake',
    text: 'SOCAR has held about 33% of the Baku–Tbilisi–Ceyhan pipeline since buying most of Equinor’s 8.71% stake in a deal closed on 29 November 2024.',
    topics: ['energy', 'economy'],
    status: 'confirmed',
    kind: 'changing',
    asOf: '2025-12-05',
    sources: ['S74', 'S66'],
    note: 'SOCAR took 7.96 points of Equinor’s stake and ONGC Videsh 0.75, giving SOCAR 32.96%; figures reported in December 2025 list 32.97%.',
    importance: 7,
  },

  // ── Baku ───────────────────────────────────────────────────────────────────────────────────────
  {
    // 2026-11 row 31: no newer absolute figure found; Baku is still 23.0% (October 2025).
    id: 'baku-population',
    text: 'Baku had 2,336,600 registered residents on 1 January 2023, about 23% of Azerbaijan’s population.',
    topics: ['geography'],
    status: 'confirmed',
    kind: 'changing',
    asOf: '2023-01-01',
    sources: ['S47', 'S39'],
    importance: 7,
  },
  {
    id: 'baku-below-sea-level',
    text: 'Baku lies 28 metres below sea level, making it the lowest-lying national capital in the world.',
    topics: ['geography'],
    status: 'confirmed',
    kind: 'changing',
    asOf: '2025-06-01',
    reviewBy: '2030-06-01',
    sources: ['S48'],
    importance: 6,
  },
  {
    id: 'baku-old-city',
    text: 'Baku’s walled Old City has been a UNESCO World Heritage Site since 2000.',
    topics: ['history', 'geography'],
    status: 'confirmed',
    kind: 'event',
    asOf: '2000',
    sources: ['S89', 'S48'],
    importance: 5,
  },
  {
    // 2026-11 row 34: it ran over its scheduled end; AZERTAC reports the close on 24 November.
    id: 'baku-cop29',
    text: 'Baku hosted COP29, the UN climate change conference, in November 2024.',
    topics: ['diplomacy'],
    status: 'confirmed',
    kind: 'event',
    asOf: '2024-11',
    sources: ['S75', 'S48'],
    importance: 5,
  },
];
