// @vitest-environment node
// The November 2026 check (shared/facts/verification-2026-11.md) applied to the facts, the changes
// and the sources.
import { describe, it, expect } from 'vitest';
import { ENTITIES, CHANGES, FACTS, SOURCES, getFact, getSource } from './index';
import { isCalendarDate, isIsoDateOrPartial } from './schema';
import { sourceUrlProblems } from './source-urls';

// ── The November 2026 check (shared/facts/verification-2026-11.md) ────────────────────────────────

describe('the November 2026 check is applied', () => {
  const text = (id: string) => getFact(id)?.text ?? '';

  it('corrects the wrong facts', () => {
    expect(text('socar-btc-stake')).toMatch(/about 33%/);
    expect(text('socar-btc-stake')).toMatch(/29 November 2024/);
    expect(text('socar-btc-stake')).not.toMatch(/25%/);
    expect(getFact('jewish-population')?.note).toMatch(/^Census: 5,094 \(2019\); estimates: 6,400 \(2010\)/);
  });

  it('refreshes the stale ones', () => {
    expect(text('oil-share')).toMatch(/46%/);
    expect(getFact('oil-share')?.asOf).toBe('2025-12-31');
    expect(text('trade-partner')).toMatch(/\$360 million/);
    expect(text('az-population')).toMatch(/10,262,351 on 1 January 2026/);
    expect(text('israel-population')).toMatch(/10\.18 million/);
    expect(text('btc-pipeline')).not.toMatch(/BP-operated/);
    expect(getFact('intelligence-reports')?.asOf).toBe('2025-06-14');
    expect(getFact('aliyev-jewish-community')?.asOf).toBe('2025-09-19');
  });

  it('changes the BTC route to reported', () => {
    expect(getFact('oil-via-btc')?.status).toBe('reported');
  });

  it('adds the thirteen new facts', () => {
    for (const id of [
      'socar-tamar',
      'oil-share-kpler-2025',
      'nakhchivan-strike-2026',
      'iran-war-stance-2025',
      'turkey-port-ban',
      'trade-2025',
      'abraham-accords',
      'btc-operator-handover',
      'saar-visit-2026',
      'oci-oil-report',
      'herzog-cop29',
      'azersky-2',
      'israeli-visitors-2025',
    ]) {
      expect(getFact(id), id).toBeDefined();
    }
    expect(ENTITIES.socar.facts).toContain('socar-tamar');
    expect(ENTITIES.azerbaijan.facts).toContain('iran-war-stance-2025');
  });

  it('cites no mirror, proxy, cleartext link or "older version" of a live page', () => {
    for (const s of SOURCES) {
      expect(sourceUrlProblems(s.url), `${s.id} ${s.url}`).toEqual([]);
      expect(`${s.title} ${s.publisher}`, s.id).not.toMatch(/mirror|older version/i);
    }
  });

  it('gives every fact a kind; events keep their own precision, changing facts a full date', () => {
    for (const f of FACTS) {
      expect(['event', 'changing'], f.id).toContain(f.kind);
      if (f.kind === 'changing') expect(isCalendarDate(f.asOf), f.id).toBe(true);
      else expect(isIsoDateOrPartial(f.asOf), f.id).toBe(true);
    }
    // The kinds the issue names: populations, trade, shares, office holders and stakes change.
    for (const id of [
      'az-population',
      'israel-population',
      'baku-population',
      'trade-partner',
      'oil-share',
      'socar-profile',
      'socar-btc-stake',
    ]) {
      expect(getFact(id)?.kind, id).toBe('changing');
    }
    for (const id of ['israel-independence', 'az-independence', 'socar-founded', 'relations-since-1992']) {
      expect(getFact(id)?.kind, id).toBe('event');
    }
  });

  it('has five to eight dated points of "What has changed", each with sources', () => {
    expect(CHANGES.length).toBeGreaterThanOrEqual(5);
    expect(CHANGES.length).toBeLessThanOrEqual(8);
    for (const c of CHANGES) {
      expect(isIsoDateOrPartial(c.date)).toBe(true);
      expect(c.sources.length).toBeGreaterThan(0);
      for (const id of c.sources) expect(getSource(id), id).toBeDefined();
    }
  });
});
