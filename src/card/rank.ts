import type { Entity, EntityId, Fact, SectionId, Topic } from '@/data/types';
import { matcher } from '@/detect/match';
import { CONTEXT_MAX_CHARS } from '@/utils/timings';

/**
 * Words that tell which topic a paragraph is about, as regular-expression fragments matched as
 * whole words, case-insensitively. A paragraph's score for a topic is how many of them it holds.
 */
export const TOPIC_KEYWORDS: Record<Topic, readonly string[]> = {
  energy: [
    'oil',
    'gas',
    'pipelines?',
    'crude',
    'energy',
    'petroleum',
    'refiner(?:y|ies)',
    'barrels?',
    'lng',
    'fuel',
    'tankers?',
    'offshore',
    'exploration',
    'drilling',
  ],
  defence: [
    'drones?',
    'defen[cs]e',
    'military',
    'arms',
    'missiles?',
    'weapons?',
    'army',
    'armed',
    'uavs?',
    'unmanned',
    'air[- ]defen[cs]e',
    'troops',
    'war',
    'security',
    'intelligence',
    'satellites?',
  ],
  diplomacy: [
    'embass(?:y|ies)',
    'visits?',
    'visited',
    'ministers?',
    'ambassadors?',
    'diplomatic',
    'diplomacy',
    'diplomats?',
    'envoys?',
    'relations',
    'summit',
    'talks',
    'consulates?',
    'recogni[sz]ed',
    'bilateral',
  ],
  community: [
    'jewish',
    'jews',
    'communit(?:y|ies)',
    'synagogues?',
    'diaspora',
    'tolerance',
    'religious',
    'religion',
    'judaism',
    'muslims?',
    'secular',
  ],
  economy: [
    'trade',
    'trading',
    'econom(?:y|ic|ies)',
    'exports?',
    'imports?',
    'investments?',
    'investors?',
    'gdp',
    'business',
    'markets?',
    'customs',
    'tourism',
    'deals?',
  ],
  geography: [
    'capital',
    'caspian',
    'coast',
    'sea level',
    'population',
    'inhabitants',
    'region',
    'mountains?',
    'border',
    'city',
    'largest',
  ],
  history: [
    'history',
    'historic(?:al)?',
    'independence',
    'founded',
    'centur(?:y|ies)',
    'soviet',
    'ancient',
    'old city',
    'heritage',
    'medieval',
    'ussr',
  ],
  politics: [
    'president',
    'government',
    'elections?',
    'parliament',
    'prime minister',
    'aliyev',
    'netanyahu',
    'politic(?:s|al|ians?)',
    'regime',
    'opposition',
    'knesset',
  ],
};

const TOPIC_PATTERNS = (Object.keys(TOPIC_KEYWORDS) as Topic[]).map(
  (topic) => [topic, new RegExp(`\\b(?:${TOPIC_KEYWORDS[topic].join('|')})\\b`, 'giu')] as const,
);

/** How strongly a paragraph is about each topic (number of keyword hits; topics with none are absent). */
export function topicScores(text: string): Map<Topic, number> {
  const scores = new Map<Topic, number>();
  if (!text) return scores;
  for (const [topic, pattern] of TOPIC_PATTERNS) {
    const hits = text.match(pattern)?.length ?? 0;
    if (hits > 0) scores.set(topic, hits);
  }
  return scores;
}

/** The topic a paragraph is most about; ties go to the topic listed first in TOPIC_KEYWORDS. */
export function topTopic(text: string): Topic | undefined {
  let best: Topic | undefined;
  let bestScore = 0;
  for (const [topic, score] of topicScores(text)) {
    if (score > bestScore) {
      best = topic;
      bestScore = score;
    }
  }
  return best;
}

/** How relevant a fact is to a paragraph: the sum of the paragraph's scores for the fact's topics. */
export function relevance(fact: Fact, scores: ReadonlyMap<Topic, number>): number {
  let sum = 0;
  for (const t of new Set(fact.topics)) sum += scores.get(t) ?? 0;
  return sum;
}

const entitiesCache = new WeakMap<Fact, ReadonlySet<EntityId>>();

/** The entities a fact's text names (by the same matcher that finds mentions on pages). */
export function entitiesIn(fact: Fact): ReadonlySet<EntityId> {
  let found = entitiesCache.get(fact);
  if (!found) {
    found = new Set(matcher.find(fact.text).map((m) => m.entity));
    entitiesCache.set(fact, found);
  }
  return found;
}

/**
 * All the facts, in the order the card shows them:
 * 1. with `pageEntities` (the ids of every entity the page mentions, the card's own among them),
 *    the facts that name no entity the page leaves out come first: on an article about Israel
 *    alone, Israel's own facts lead, not its relations with Azerbaijan;
 * 2. then the facts most relevant to the paragraph around the mention (`context`);
 * 3. then (ties, or no context) the most important, then the entity's own order.
 * Without `pageEntities` step 1 is skipped.
 */
export function rankFacts(
  facts: readonly Fact[],
  context = '',
  pageEntities?: ReadonlySet<EntityId>,
): Fact[] {
  const scores = topicScores(context);
  const offPage = (fact: Fact): number => {
    if (!pageEntities) return 0;
    for (const id of entitiesIn(fact)) if (!pageEntities.has(id)) return 1;
    return 0;
  };
  return facts
    .map((fact, index) => ({ fact, index, off: offPage(fact), score: relevance(fact, scores) }))
    .sort(
      (a, b) =>
        a.off - b.off || b.score - a.score || b.fact.importance - a.fact.importance || a.index - b.index,
    )
    .map((r) => r.fact);
}

const SECTION_OF_TOPIC: Partial<Record<Topic, SectionId>> = {
  diplomacy: 'diplomacy',
  defence: 'defence',
  energy: 'energy',
  community: 'community',
  // The briefing has no economy section; its trade figures sit in "Energy and economic ties".
  economy: 'energy',
};

/** The briefing section for a card: the one the paragraph is most about, else the entity's own. */
export function sectionFor(entity: Pick<Entity, 'section'>, context = ''): SectionId {
  const scores = topicScores(context);
  let best: SectionId | undefined;
  let bestScore = 0;
  for (const [topic, score] of scores) {
    const section = SECTION_OF_TOPIC[topic];
    if (section && score > bestScore) {
      best = section;
      bestScore = score;
    }
  }
  return best ?? entity.section;
}

/** Elements that hold a paragraph's worth of text: the context of a mention is its nearest one. */
export const BLOCK_SELECTOR =
  'p, li, dd, dt, td, th, blockquote, figcaption, caption, summary, h1, h2, h3, h4, h5, h6, article, section, aside, main, body';

/**
 * The text of the paragraph around a mark (its nearest block ancestor), at most `max` characters
 * centred on the mark. Read as text (textContent), never as markup; used only for ranking.
 */
export function contextOf(mark: Element, max = CONTEXT_MAX_CHARS): string {
  const block = mark.parentElement?.closest(BLOCK_SELECTOR) ?? mark.parentElement;
  if (!block) return mark.textContent ?? '';
  const text = block.textContent ?? '';
  if (text.length <= max) return normalise(text);
  // Where the mark starts in the block's text: the length of all text before it.
  let before = 0;
  const walker = (block.ownerDocument ?? document).createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (mark.contains(n)) break;
    before += (n as Text).data.length;
  }
  const markLength = mark.textContent?.length ?? 0;
  const start = Math.max(
    0,
    Math.min(text.length - max, before + Math.floor(markLength / 2) - Math.floor(max / 2)),
  );
  return normalise(text.slice(start, start + max));
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
