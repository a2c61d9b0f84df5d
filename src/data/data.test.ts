// @vitest-environment node
import { describe, it, expect } from 'vitest';
import {
  CLAIMS,
  DATASET,
  ENTITIES,
  FACTS,
  FACTS_CHECKED_UP_TO,
  FACT_SET_VERSION,
  SOURCES,
  factsOf,
  getEntity,
  getFact,
  getSource,
} from './index';
import { ENTITY_IDS } from './types';
import { isIsoDateOrPartial, validateDataset } from './schema';
import { clone, problemsOf } from '@@/tests/support/dataset';

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
    expect(FACT_SET_VERSION).toBe('2026.11.2');
  });

  it('is checked up to March 2026, and no fact is dated after that month', () => {
    expect(FACTS_CHECKED_UP_TO).toBe('2026-03');
    for (const f of FACTS) expect(f.asOf.slice(0, 7) <= FACTS_CHECKED_UP_TO, f.id).toBe(true);
    expect(FACTS.some((f) => f.asOf.startsWith(FACTS_CHECKED_UP_TO))).toBe(true);
  });

  it('has a card for every entity id, and no other (src/data/types.ts ENTITY_IDS is the one list)', () => {
    expect(Object.keys(ENTITIES)).toEqual([...ENTITY_IDS]);
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

describe('the entities', () => {
  it('each have at least three facts, each with a status and an asOf', () => {
    for (const id of ['azerbaijan', 'israel', 'socar', 'baku'] as const) {
      const facts = factsOf(id);
      expect(facts.length, id).toBeGreaterThanOrEqual(3);
      expect(facts.length, id).toBe(ENTITIES[id].facts.length);
      for (const f of facts) {
        expect(['confirmed', 'reported', 'disputed', 'outdated']).toContain(f.status);
        expect(isIsoDateOrPartial(f.asOf), f.id).toBe(true);
      }
    }
  });
});

describe('notes', () => {
  it('never begin with their own status word (the badge already says it)', () => {
    for (const item of [...CLAIMS, ...FACTS]) {
      if (!item.note) continue;
      expect(item.note, item.id).not.toMatch(new RegExp(`^${item.status}\\b`, 'i'));
    }
  });
});

// ── No repetition (issue 15): a card's summary says what its facts do not ─────────────────────────

const STOPWORDS = new Set(
  'a an and the of on in at to by for from with whose its it is are was were has have had since as or that this which than its country’s'.split(
    ' ',
  ),
);

/** The content words of a sentence, lower-cased, possessives and punctuation dropped. */
function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/’s\b/g, '')
      .split(/[^\p{L}\p{N}-]+/u)
      .filter((w) => w.length > 2 && !STOPWORDS.has(w)),
  );
}

/**
 * True when `summary` restates `fact`: half or more of the summary's content words (its own name
 * aside) are in the fact, or four or more are.
 */
function restates(summary: string, fact: string, name: string): boolean {
  const own = contentWords(name);
  const words = [...contentWords(summary)].filter((w) => !own.has(w));
  const factWords = contentWords(fact);
  const shared = words.filter((w) => factWords.has(w));
  return shared.length >= 4 || (words.length > 0 && shared.length / words.length >= 0.5);
}

describe('no repetition on a card', () => {
  it('the summary never restates a fact of its card', () => {
    for (const e of Object.values(ENTITIES)) {
      for (const f of factsOf(e.id)) {
        expect(restates(e.summary, f.text, e.name), `${e.id}: summary restates ${f.id}`).toBe(false);
      }
    }
  });

  it('the test knows a restatement when it sees one', () => {
    expect(
      restates(
        'Azerbaijan’s capital and largest city, on the Caspian Sea.',
        'Baku is Azerbaijan’s capital and largest city, and the largest city on the Caspian Sea.',
        'Baku',
      ),
    ).toBe(true);
    expect(restates('A port city on the Caspian Sea.', 'Baku hosted COP29 in November 2024.', 'Baku')).toBe(
      false,
    );
  });
});

describe('sources of a fact', () => {
  /** Encyclopedias and other reference works a publisher or an official body goes before. */
  const isEncyclopedia = (id: string) => /^Wikipedia\b/.test(getSource(id)?.publisher ?? '');

  it('list a publisher or an official body before an encyclopedia (the card shows the first)', () => {
    for (const f of FACTS) {
      const firstEncyclopedia = f.sources.findIndex(isEncyclopedia);
      if (firstEncyclopedia < 0) continue;
      expect(
        f.sources.slice(firstEncyclopedia).every(isEncyclopedia),
        `${f.id}: ${f.sources.join(', ')}`,
      ).toBe(true);
    }
  });
});
