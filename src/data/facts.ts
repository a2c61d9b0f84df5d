import type { Fact } from './types';
import { DIPLOMACY_DEFENCE_FACTS } from './facts-diplomacy-defence';
import { ENERGY_COMMUNITY_FACTS } from './facts-energy-community';
import { ENTITY_FACTS } from './facts-entities';

// The checked fact set: shared/facts/verification.md (sources up to June 2025), updated by
// shared/facts/verification-2026-11.md (sources up to about early March 2026; rows cited in the facts as
// "2026-11 row N" or "N1"…"N13").
//
// kind (issue 14): an `event` happened on its date and stays true; its asOf is that date, only as
// precise as the sources give it. A `changing` fact (a figure or a state) is true as of its asOf:
// the day itself where the source gives one, else the end of the month or year it names; for a
// standing state read from undated pages, 2025-06-01 (the first check covers sources up to June
// 2025). A changing fact is due for review FACT_REVIEW_MONTHS after asOf (src/data/freshness.ts).
//
// Slow states (a capital, a constitution, an elevation, a settled history) carry reviewBy five
// years after asOf: they change only by rare, widely reported events, which any yearly check of
// the set would catch, so they need not block a release every year.
//
// `sources` lists the best source first: a publisher or official body before an encyclopedia.
export const FACTS: Fact[] = [...DIPLOMACY_DEFENCE_FACTS, ...ENERGY_COMMUNITY_FACTS, ...ENTITY_FACTS];
