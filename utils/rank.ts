import type { Fact } from '@/data/types';

/** The card shows this many facts: enough for context, few enough to read at a glance. */
export const CARD_FACT_COUNT = 3;

/** The facts to show, most important first. */
export function rankFacts(facts: readonly Fact[], count = CARD_FACT_COUNT): Fact[] {
  return [...facts].sort((a, b) => b.importance - a.importance).slice(0, count);
}
