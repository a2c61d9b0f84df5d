import { describe, expect, it } from 'vitest';
import type { Fact, Topic } from '@/data/types';
import { factsOf } from '@/data';
import { CARD_FACT_COUNT, CONTEXT_MAX_CHARS } from '@/utils/timings';
import {
  TOPIC_KEYWORDS,
  contextOf,
  entitiesIn,
  rankFacts,
  sectionFor,
  topTopic,
  topicScores,
} from '@/card/rank';

function fact(id: string, topics: Topic[], importance: number): Fact {
  return {
    id,
    text: id,
    topics,
    status: 'confirmed',
    kind: 'event',
    asOf: '2024-01-01',
    sources: ['S1'],
    importance,
  };
}

/** One fact per topic, every one more important than the next, so importance alone gives this order. */
const TOPICS: Topic[] = [
  'geography',
  'history',
  'politics',
  'economy',
  'community',
  'energy',
  'defence',
  'diplomacy',
];
const ONE_PER_TOPIC = TOPICS.map((t, i) => fact(`f-${t}`, [t], 10 - i));

/** A paragraph about each topic, in words a news article uses. */
const PARAGRAPHS: Record<Topic, string> = {
  energy: 'Crude oil and gas flow west through the pipeline; energy now dominates the relationship.',
  defence: 'Drones, missiles and other weapons: the military and defence forces keep the arms coming.',
  diplomacy:
    'The minister paid a visit to the new embassy, where the ambassador spoke of diplomatic progress.',
  community: 'The Jewish community, Jews of Quba among them, gathered at the synagogue.',
  economy: 'Trade grew again; the economy depends on exports, and investment followed.',
  geography: 'The capital lies on the Caspian coast, below sea level, in a region of mountains.',
  history: 'Its history since independence from the Soviet Union is a century of change.',
  politics: 'The president and the government face an election, and parliament debates.',
};

describe('topicScores', () => {
  it('counts whole-word keyword hits, case-insensitively', () => {
    const s = topicScores('OIL, oil and Gas. Oilfield and gasket are other words.');
    expect(s.get('energy')).toBe(3);
  });
  it('finds nothing in an empty or topic-free paragraph', () => {
    expect(topicScores('').size).toBe(0);
    expect(topTopic('The weather was mild on Tuesday.')).toBeUndefined();
  });
  it('every topic has keywords', () => {
    for (const t of TOPICS) expect(TOPIC_KEYWORDS[t].length).toBeGreaterThan(0);
  });
});

describe('rankFacts', () => {
  it('without context, orders all the facts by importance (the card shows the first CARD_FACT_COUNT)', () => {
    const ranked = rankFacts(ONE_PER_TOPIC);
    expect(ranked.map((f) => f.id)).toEqual(ONE_PER_TOPIC.map((f) => f.id));
    expect(CARD_FACT_COUNT).toBe(3);
  });

  for (const topic of TOPICS) {
    it(`a paragraph about ${topic} puts the ${topic} fact first`, () => {
      expect(topTopic(PARAGRAPHS[topic])).toBe(topic);
      const ranked = rankFacts(ONE_PER_TOPIC, PARAGRAPHS[topic]);
      expect(ranked[0]!.id).toBe(`f-${topic}`);
      // The rest follow by importance.
      const rest = ONE_PER_TOPIC.filter((f) => f.id !== `f-${topic}`);
      expect(ranked.slice(1)).toEqual(rest);
    });
  }

  it('the keywords named in the issue map to their topics', () => {
    const cases: [string, Topic][] = [
      ['oil', 'energy'],
      ['gas', 'energy'],
      ['pipeline', 'energy'],
      ['crude', 'energy'],
      ['energy', 'energy'],
      ['drones', 'defence'],
      ['defence', 'defence'],
      ['defense', 'defence'],
      ['military', 'defence'],
      ['arms', 'defence'],
      ['missile', 'defence'],
      ['weapons', 'defence'],
      ['embassy', 'diplomacy'],
      ['visit', 'diplomacy'],
      ['minister', 'diplomacy'],
      ['ambassador', 'diplomacy'],
      ['diplomatic', 'diplomacy'],
      ['Jewish', 'community'],
      ['Jews', 'community'],
      ['community', 'community'],
      ['synagogue', 'community'],
      ['trade', 'economy'],
      ['economy', 'economy'],
      ['exports', 'economy'],
    ];
    for (const [word, topic] of cases)
      expect({ word, topic: topTopic(`a ${word} story`) }).toEqual({ word, topic });
  });

  it('ties in relevance go by importance', () => {
    const facts = [fact('low', ['energy'], 3), fact('high', ['energy'], 8), fact('other', ['history'], 10)];
    expect(rankFacts(facts, 'oil and gas').map((f) => f.id)).toEqual(['high', 'low', 'other']);
  });

  it('equal relevance and importance keep the entity’s order', () => {
    const facts = [fact('a', ['energy'], 5), fact('b', ['energy'], 5), fact('c', ['energy'], 5)];
    expect(rankFacts(facts, 'oil').map((f) => f.id)).toEqual(['a', 'b', 'c']);
  });

  it('a fact on two of the paragraph’s topics outranks a fact on one', () => {
    const facts = [fact('energy-only', ['energy'], 9), fact('energy-trade', ['energy', 'economy'], 4)];
    expect(rankFacts(facts, 'Oil exports and trade').map((f) => f.id)).toEqual([
      'energy-trade',
      'energy-only',
    ]);
  });

  it('with the bundled data: Israel in a paragraph on drones leads with the arms deal', () => {
    const ranked = rankFacts(factsOf('israel'), PARAGRAPHS.defence);
    expect(ranked[0]!.topics).toContain('defence');
  });

  it('with the bundled data: Azerbaijan in a paragraph on oil leads with an energy fact', () => {
    const ranked = rankFacts(factsOf('azerbaijan'), PARAGRAPHS.energy);
    expect(ranked[0]!.topics).toContain('energy');
  });

  it('returns every fact once', () => {
    expect(rankFacts(ONE_PER_TOPIC.slice(0, 2), 'oil')).toHaveLength(2);
    expect(new Set(rankFacts(ONE_PER_TOPIC, 'oil'))).toEqual(new Set(ONE_PER_TOPIC));
  });

  it('on a page that mentions only Israel, the Israel card leads with Israel’s own facts', () => {
    const onlyIsrael = new Set(['israel'] as const);
    // A paragraph about diplomacy would otherwise put the relations with Azerbaijan first.
    const paragraph = 'Israel’s foreign minister spoke of diplomatic relations and a new embassy.';
    const without = rankFacts(factsOf('israel'), paragraph);
    expect([...entitiesIn(without[0]!)]).toContain('azerbaijan');
    const ranked = rankFacts(factsOf('israel'), paragraph, onlyIsrael);
    for (const f of ranked.slice(0, CARD_FACT_COUNT)) {
      expect([...entitiesIn(f)], f.id).toEqual(['israel']);
    }
    // Its relations come after its own facts, not never.
    expect(ranked.map((f) => f.id)).toContain('relations-since-1992');
  });

  it('a page that mentions every entity the facts name keeps the paragraph’s order', () => {
    const both = new Set(['israel', 'azerbaijan', 'baku', 'socar'] as const);
    const paragraph = 'Israel’s foreign minister spoke of diplomatic relations and a new embassy.';
    expect(rankFacts(factsOf('israel'), paragraph, both)).toEqual(rankFacts(factsOf('israel'), paragraph));
  });
});

describe('sectionFor', () => {
  const entity = { section: 'diplomacy' as const };
  it('is the section of the paragraph’s top topic', () => {
    expect(sectionFor(entity, PARAGRAPHS.energy)).toBe('energy');
    expect(sectionFor(entity, PARAGRAPHS.defence)).toBe('defence');
    expect(sectionFor(entity, PARAGRAPHS.community)).toBe('community');
    expect(sectionFor({ section: 'energy' }, PARAGRAPHS.diplomacy)).toBe('diplomacy');
  });
  it('economy goes to the energy and economy section', () => {
    expect(sectionFor(entity, PARAGRAPHS.economy)).toBe('energy');
  });
  it('falls back to the entity’s section when no topic has one', () => {
    expect(sectionFor(entity, '')).toBe('diplomacy');
    expect(sectionFor(entity, PARAGRAPHS.geography)).toBe('diplomacy');
    expect(sectionFor({ section: 'energy' }, PARAGRAPHS.history)).toBe('energy');
  });
});

describe('contextOf', () => {
  it('is the text of the nearest paragraph, not the whole page', () => {
    document.body.innerHTML =
      '<article><p>Oil and gas.</p><p id="p">Drones flew over <a href="#"><mark id="m">Baku</mark></a> today.</p></article>';
    expect(contextOf(document.getElementById('m')!)).toBe('Drones flew over Baku today.');
  });

  it('uses list items, cells and quotes as blocks too', () => {
    document.body.innerHTML =
      '<ul><li>Embassy in <mark id="a">Israel</mark></li></ul><table><tr><td>Oil in <mark id="b">Baku</mark></td></tr></table><blockquote>Jews of <span><mark id="c">Baku</mark></span></blockquote>';
    expect(contextOf(document.getElementById('a')!)).toBe('Embassy in Israel');
    expect(contextOf(document.getElementById('b')!)).toBe('Oil in Baku');
    expect(contextOf(document.getElementById('c')!)).toBe('Jews of Baku');
  });

  it('caps a long block to a window around the mark', () => {
    const filler = 'word '.repeat(400);
    document.body.innerHTML = `<div><p>${filler}<b>oil pipeline</b> <mark id="m">SOCAR</mark> crude ${filler}</p></div>`;
    const context = contextOf(document.getElementById('m')!);
    expect(context.length).toBeLessThanOrEqual(CONTEXT_MAX_CHARS);
    expect(context).toContain('oil pipeline SOCAR crude');
  });

  it('reads markup in the page as text only', () => {
    document.body.innerHTML = '<p>&lt;img src=x onerror=alert(1)&gt; <mark id="m">Baku</mark></p>';
    expect(contextOf(document.getElementById('m')!)).toBe('<img src=x onerror=alert(1)> Baku');
  });
});
