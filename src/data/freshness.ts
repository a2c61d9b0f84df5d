// How fresh each fact is (issue 14): events stay true; changing facts are due for review
// FACT_REVIEW_MONTHS after their as-of date. Pure functions of the data and a given day, so the
// card, the tests and the zip guard (scripts/zip-guard.mjs) all apply one rule with their own clock.
import { FACT_REVIEW_MONTHS } from '@/utils/timings';
import type { Fact } from './types';

/** The day `months` calendar months after `iso` (YYYY-MM-DD); the 31st clamps to the month's end. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The day (YYYY-MM-DD) after which a changing fact may be out of date: its own `reviewBy`, else
 * FACT_REVIEW_MONTHS after its as-of date. Undefined for an event, which stays true.
 */
export function reviewDate(fact: Pick<Fact, 'kind' | 'asOf' | 'reviewBy'>): string | undefined {
  if (fact.kind !== 'changing') return undefined;
  return fact.reviewBy ?? addMonths(fact.asOf, FACT_REVIEW_MONTHS);
}

/** The UTC calendar day of `now`, YYYY-MM-DD (the build day, or the reader's day). */
export function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** True when `now` is past the fact's review date (never for an event). */
export function isPastReview(fact: Pick<Fact, 'kind' | 'asOf' | 'reviewBy'>, now: Date): boolean {
  const due = reviewDate(fact);
  return due !== undefined && dayOf(now) > due;
}

export interface StaleFact {
  id: string;
  asOf: string;
  reviewDate: string;
}

/** The changing facts past their review date on `now`'s day, oldest review date first. */
export function staleFacts(facts: readonly Fact[], now: Date): StaleFact[] {
  return facts
    .filter((f) => isPastReview(f, now))
    .map((f) => ({ id: f.id, asOf: f.asOf, reviewDate: reviewDate(f)! }))
    .sort((a, b) => a.reviewDate.localeCompare(b.reviewDate) || a.id.localeCompare(b.id));
}

export type GuardMode = 'zip' | 'test';

export interface GuardResult {
  /** The process exit code: 1 when a zip must not be built, else 0. */
  exitCode: 0 | 1;
  /** What to print (empty when every changing fact is within its review date). */
  message: string;
}

/**
 * The freshness rule of the release: on the build day, a store zip (`mode: 'zip'`) is refused
 * while any changing fact is past its review date, and `npm test` (`mode: 'test'`) prints the same
 * list as a warning and passes. Stale data then never ships unless someone refreshes it (or sets a
 * reasoned `reviewBy`), and development is never blocked by the calendar.
 */
export function freshnessGuard(facts: readonly Fact[], now: Date, mode: GuardMode): GuardResult {
  const stale = staleFacts(facts, now);
  if (stale.length === 0) return { exitCode: 0, message: '' };
  const list = stale.map((s) => `  - ${s.id} (as of ${s.asOf}, review was due ${s.reviewDate})`).join('\n');
  const what = `${stale.length} changing fact${stale.length === 1 ? ' is' : 's are'} past ${stale.length === 1 ? 'its' : 'their'} review date on ${dayOf(now)}:\n${list}\nRefresh them in src/data/facts.ts (new figure, asOf and sources), or set a reasoned reviewBy.`;
  return mode === 'zip'
    ? { exitCode: 1, message: `Refusing to build a store zip: ${what}` }
    : { exitCode: 0, message: `Warning (a store zip would be refused): ${what}` };
}
