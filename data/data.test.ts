// @vitest-environment node
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import {
  BRIEFING,
  CLAIMS,
  DATASET,
  ENTITIES,
  FACTS,
  FACTS_AS_OF,
  FACT_SET_VERSION,
  SOURCES,
  factsOf,
  getEntity,
  getFact,
  getSource,
  type Block,
  type FactStatus,
} from './index';
import { isCalendarDate, isSingleSentence, validateDataset, type Dataset } from './schema';

const TODAY = new Date('2026-11-26T12:00:00Z');

function clone(): Dataset {
  return structuredClone(DATASET) as Dataset;
}

function problemsOf(ds: Dataset): string[] {
  return validateDataset(ds, TODAY);
}

describe('the bundled dataset', () => {
  it('is valid', () => {
    expect(problemsOf(clone())).toEqual([]);
    expect(validateDataset(DATASET)).toEqual([]);
  });

  it('has the expected sizes and version', () => {
    expect(CLAIMS).toHaveLength(14);
    expect(FACTS.length).toBeGreaterThanOrEqual(14);
    expect(SOURCES.length).toBeGreaterThan(0);
    expect(typeof FACT_SET_VERSION).toBe('string');
    expect(FACT_SET_VERSION).toBe('2026.11.1');
  });

  it('computes FACTS_AS_OF as the latest asOf', () => {
    const latest = [...FACTS.map((f) => f.asOf)].sort().at(-1);
    expect(FACTS_AS_OF).toBe(latest);
    expect(isCalendarDate(FACTS_AS_OF)).toBe(true);
  });

  it('looks entities, facts and sources up', () => {
    expect(getEntity('socar').name).toBe('SOCAR');
    expect(getFact('az-embassy-tel-aviv')?.asOf).toBe('2023-03-29');
    expect(getFact('nope')).toBeUndefined();
    expect(getSource('S3')?.publisher).toBe('Trend');
    expect(getSource('S999')).toBeUndefined();
    expect(factsOf('baku').map((f) => f.id)).toEqual(ENTITIES.baku.facts);
  });
});

describe('validateDataset rejects', () => {
  it('a fact without sources, naming the fact', () => {
    const ds = clone();
    const fact = ds.facts[3]!;
    fact.sources = [];
    const problems = problemsOf(ds);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((p) => p.includes(fact.id))).toBe(true);
  });

  it('a fact citing an unknown source', () => {
    const ds = clone();
    ds.facts[0]!.sources.push('S999');
    expect(problemsOf(ds).join('\n')).toMatch(/S999/);
  });

  it('a bad status', () => {
    const ds = clone();
    ds.facts[0]!.status = 'rumour' as FactStatus;
    expect(problemsOf(ds).join('\n')).toMatch(new RegExp(ds.facts[0]!.id));
    const ds2 = clone();
    ds2.claims[0]!.status = 'true' as FactStatus;
    expect(problemsOf(ds2).join('\n')).toMatch(/claim "C1"/);
  });

  it('an asOf in the future', () => {
    const ds = clone();
    ds.facts[0]!.asOf = '2026-11-27';
    expect(problemsOf(ds).join('\n')).toMatch(/future/);
    // …but the same date is fine once it has come.
    expect(validateDataset(ds, new Date('2026-11-27T12:00:00Z'))).toEqual([]);
  });

  it('a source dated in the future', () => {
    const ds = clone();
    ds.sources[0]!.date = '2027';
    expect(problemsOf(ds).join('\n')).toMatch(/future/);
  });

  it('an invalid calendar date', () => {
    for (const bad of ['2023-02-30', '2023-13-01', '2023-3-29', '29 March 2023', '']) {
      const ds = clone();
      ds.facts[0]!.asOf = bad;
      expect(problemsOf(ds), bad).not.toEqual([]);
    }
    const ds = clone();
    ds.sources[0]!.date = '2023-02-30';
    expect(problemsOf(ds)).not.toEqual([]);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
  });

  it('a dangling claim link in the briefing', () => {
    const ds = clone();
    const block = ds.briefing.sections[0]!.blocks[0] as Extract<Block, { type: 'paragraph' }>;
    block.spans[0]!.claim = 'C99';
    expect(problemsOf(ds).join('\n')).toMatch(/C99/);
  });

  it('a claim linking to an unknown fact, or an entity listing one', () => {
    const ds = clone();
    ds.claims[0]!.fact = 'no-such-fact';
    expect(problemsOf(ds).join('\n')).toMatch(/no-such-fact/);
    const ds2 = clone();
    ds2.entities.israel.facts[0] = 'ghost-fact';
    expect(problemsOf(ds2).join('\n')).toMatch(/ghost-fact/);
  });

  it('a claim not linked from the briefing', () => {
    const ds = clone();
    ds.claims.push({ ...ds.claims[0]!, id: 'C15' });
    expect(problemsOf(ds).join('\n')).toMatch(/C15.*not linked/);
  });

  it('an orphaned source', () => {
    const ds = clone();
    ds.sources.push({ id: 'S100', title: 'Unused', publisher: 'Nobody', url: 'https://example.org/', date: '2024' });
    expect(problemsOf(ds).join('\n')).toMatch(/S100.*orphan/);
  });

  it('duplicate ids', () => {
    const ds = clone();
    ds.facts.push({ ...ds.facts[0]! });
    expect(problemsOf(ds).join('\n')).toMatch(/duplicate fact id/);
    const ds2 = clone();
    ds2.sources.push({ ...ds2.sources[0]! });
    expect(problemsOf(ds2).join('\n')).toMatch(/duplicate source id/);
    const ds3 = clone();
    ds3.claims.push({ ...ds3.claims[0]! });
    expect(problemsOf(ds3).join('\n')).toMatch(/duplicate claim id/);
    const ds4 = clone();
    ds4.briefing.sections.push({ ...ds4.briefing.sections[1]! });
    expect(problemsOf(ds4).join('\n')).toMatch(/duplicate section id/);
  });

  it('a non-http URL', () => {
    for (const bad of ['javascript:alert(1)', 'ftp://example.org/x', 'data:text/html,hi', 'not a url']) {
      const ds = clone();
      ds.sources[0]!.url = bad;
      expect(problemsOf(ds).join('\n'), bad).toMatch(/http\(s\) URL/);
    }
  });

  it('a fact text over 160 characters, or more than one sentence', () => {
    const ds = clone();
    ds.facts[0]!.text = `${'a'.repeat(160)}.`;
    expect(problemsOf(ds).join('\n')).toMatch(/160/);
    const ds2 = clone();
    ds2.facts[0]!.text = 'Baku is a city. It is big.';
    expect(problemsOf(ds2).join('\n')).toMatch(/one plain sentence/);
    expect(isSingleSentence('Azerbaijan opened its embassy in Tel Aviv on 29 March 2023.')).toBe(true);
  });

  it('a fact without topics, an entity with too few facts, a missing section', () => {
    const ds = clone();
    ds.facts[0]!.topics = [];
    expect(problemsOf(ds)).not.toEqual([]);
    const ds2 = clone();
    ds2.entities.baku.facts = ds2.entities.baku.facts.slice(0, 4);
    expect(problemsOf(ds2).join('\n')).toMatch(/entity "baku"/);
    const ds3 = clone();
    ds3.briefing.sections = ds3.briefing.sections.filter((s) => s.id !== 'energy');
    expect(problemsOf(ds3).join('\n')).toMatch(/missing section "energy"/);
  });
});

// ── The briefing is the article, verbatim ──────────────────────────────────────────────────────

function blockText(block: Block): string[] {
  const join = (spans: { text: string }[]) => spans.map((s) => s.text).join('');
  return block.type === 'list' ? block.items.map(join) : [join(block.spans)];
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

describe('the briefing', () => {
  it('keeps the article’s words verbatim', () => {
    const path = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/seed/article.txt');
    const lines = readFileSync(path, 'utf8').split(/\r?\n/);
    const end = lines.indexOf('Related Articles');
    expect(end).toBeGreaterThan(0);
    const article = collapse(
      lines
        .slice(0, end)
        .map((l) => l.replace(/^- /, ''))
        .join(' '),
    );

    const parts: string[] = [BRIEFING.title];
    for (const section of BRIEFING.sections) {
      if (section.id !== 'introduction') parts.push(section.heading);
      for (const block of section.blocks) parts.push(...blockText(block));
    }
    expect(collapse(parts.join(' '))).toBe(article);
  });

  it('has its sections in order', () => {
    expect(BRIEFING.sections.map((s) => s.id)).toEqual([
      'introduction',
      'diplomacy',
      'defence',
      'energy',
      'community',
      'conclusion',
    ]);
  });

  it('marks the Peres quote as a claim whose source was not found', () => {
    const quotes = BRIEFING.sections.flatMap((s) => s.blocks).filter((b) => b.type === 'quote');
    expect(quotes).toHaveLength(1);
    const span = (quotes[0] as Extract<Block, { type: 'quote' }>).spans[0]!;
    expect(span.text).toContain('You bring the oil');
    const claim = CLAIMS.find((c) => c.id === span.claim)!;
    expect(claim.sourceNotFound).toBe(true);
    expect(claim.note).toMatch(/Exact quote not found; closest:/);
  });
});

describe('the claims', () => {
  const expected: Record<string, FactStatus> = {
    C1: 'confirmed',
    C3: 'outdated',
    C4: 'confirmed',
    C5: 'confirmed',
    C6: 'outdated',
    C7: 'reported',
    C8: 'disputed',
    C9: 'confirmed',
    C10: 'outdated',
    C11: 'reported',
    C12: 'disputed',
    C13: 'reported',
    C14: 'confirmed',
  };

  it('are C1…C14 in order, each with its status', () => {
    expect(CLAIMS.map((c) => c.id)).toEqual(Array.from({ length: 14 }, (_, i) => `C${i + 1}`));
    for (const [id, status] of Object.entries(expected)) {
      expect(CLAIMS.find((c) => c.id === id)?.status, id).toBe(status);
    }
  });

  it('carry the corrections', () => {
    const note = (id: string) => CLAIMS.find((c) => c.id === id)?.note ?? '';
    expect(note('C3')).toMatch(/2023/);
    expect(note('C3')).toMatch(/Tel Aviv/);
    expect(note('C8')).toContain('20–40');
    expect(getFact('az-embassy-tel-aviv')?.text).toBe('Azerbaijan opened its embassy in Tel Aviv on 29 March 2023.');
  });
});

describe('the entities', () => {
  it('each have at least three facts, each with a status and an asOf', () => {
    for (const id of ['azerbaijan', 'israel', 'socar', 'baku'] as const) {
      const facts = factsOf(id);
      expect(facts.length, id).toBeGreaterThanOrEqual(3);
      expect(facts.length, id).toBe(ENTITIES[id].facts.length);
      for (const f of facts) {
        expect(['confirmed', 'reported', 'disputed', 'outdated']).toContain(f.status);
        expect(isCalendarDate(f.asOf), f.id).toBe(true);
      }
    }
  });
});
