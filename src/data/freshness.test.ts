// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FACT_REVIEW_MONTHS } from '@/utils/timings';
import { FACTS } from './index';
import { addMonths, freshnessGuard, isPastReview, reviewDate, staleFacts } from './freshness';
import type { Fact } from './types';

function fact(id: string, extra: Partial<Fact>): Fact {
  return {
    id,
    text: `${id}.`,
    topics: ['geography'],
    status: 'confirmed',
    kind: 'changing',
    asOf: '2025-01-01',
    sources: ['S1'],
    importance: 5,
    ...extra,
  };
}

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('addMonths', () => {
  it('adds calendar months, clamping the day to the month’s end', () => {
    expect(addMonths('2025-01-01', 12)).toBe('2026-01-01');
    expect(addMonths('2025-12-31', 12)).toBe('2026-12-31');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
  });
});

describe('the freshness kinds', () => {
  it('an event has no review date and is never past it', () => {
    const e = fact('e', { kind: 'event', asOf: '1948-05-14' });
    expect(reviewDate(e)).toBeUndefined();
    expect(isPastReview(e, day('2100-01-01'))).toBe(false);
  });

  it(`a changing fact is due ${FACT_REVIEW_MONTHS} months after its as-of date, unless it sets its own reviewBy`, () => {
    expect(FACT_REVIEW_MONTHS).toBe(12);
    expect(reviewDate(fact('c', { asOf: '2025-01-01' }))).toBe('2026-01-01');
    expect(reviewDate(fact('c', { asOf: '2025-01-01', reviewBy: '2025-07-01' }))).toBe('2025-07-01');
  });

  it('is past review only after the review day itself', () => {
    const c = fact('c', { asOf: '2025-01-01' });
    expect(isPastReview(c, day('2025-12-31'))).toBe(false);
    expect(isPastReview(c, day('2026-01-01'))).toBe(false);
    expect(isPastReview(c, day('2026-01-02'))).toBe(true);
  });
});

describe('the review-date rule of a release (fixed clock)', () => {
  const facts = [
    fact('fresh', { asOf: '2025-06-01' }),
    fact('stale-b', { asOf: '2024-03-01' }),
    fact('stale-a', { asOf: '2023-01-01' }),
    fact('event', { kind: 'event', asOf: '2001' }),
  ];
  const BUILD_DAY = day('2025-09-01');

  it('lists the changing facts past review, oldest review date first', () => {
    expect(staleFacts(facts, BUILD_DAY)).toEqual([
      { id: 'stale-a', asOf: '2023-01-01', reviewDate: '2024-01-01' },
      { id: 'stale-b', asOf: '2024-03-01', reviewDate: '2025-03-01' },
    ]);
  });

  it('the zip refuses (exit 1) and names each stale fact', () => {
    const r = freshnessGuard(facts, BUILD_DAY, 'zip');
    expect(r.exitCode).toBe(1);
    expect(r.message).toMatch(
      /^Refusing to build a store zip: 2 changing facts are past their review date on 2025-09-01/,
    );
    expect(r.message).toContain('stale-a (as of 2023-01-01, review was due 2024-01-01)');
    expect(r.message).toContain('stale-b (as of 2024-03-01, review was due 2025-03-01)');
    expect(r.message).not.toMatch(/- (fresh|event) /);
  });

  it('the test run warns with the same list and passes (exit 0)', () => {
    const zip = freshnessGuard(facts, BUILD_DAY, 'zip');
    const test = freshnessGuard(facts, BUILD_DAY, 'test');
    expect(test.exitCode).toBe(0);
    expect(test.message).toMatch(/^Warning \(a store zip would be refused\): /);
    const list = (m: string) => m.split('\n').filter((l) => l.startsWith('  - '));
    expect(list(test.message)).toEqual(list(zip.message));
  });

  it('nothing stale: the zip is allowed and nothing is printed', () => {
    expect(freshnessGuard(facts, day('2023-06-01'), 'zip')).toEqual({ exitCode: 0, message: '' });
  });

  it('on the bundled facts, the day after the earliest review date is refused and the day before it is not', () => {
    const dues = FACTS.map(reviewDate)
      .filter((d): d is string => d !== undefined)
      .sort();
    const first = dues[0]!;
    expect(freshnessGuard(FACTS, day(first), 'zip').exitCode).toBe(0);
    expect(freshnessGuard(FACTS, day(addMonths(first, 1)), 'zip').exitCode).toBe(1);
  });
});
