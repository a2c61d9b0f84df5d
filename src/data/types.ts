// The shapes of Brieflight's bundled knowledge. Everything the extension shows comes from values of
// these types; nothing is fetched and no page text is ever rendered as markup.

// Each closed set of ids is written once, here, as a list; its type is read off the list, and
// every other module (schemas, messages, settings, the first stage) imports the list.

/** The entities Brieflight knows, in the order the options page and the badge list them. */
export const ENTITY_IDS = ['azerbaijan', 'israel', 'socar', 'baku'] as const;
export type EntityId = (typeof ENTITY_IDS)[number];
export const ENTITY_KINDS = ['country', 'city', 'company'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export const FACT_STATUSES = ['confirmed', 'reported', 'disputed', 'outdated'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];
/**
 * What kind of truth a fact is (issue 14): an `event` happened on its date and stays true; a
 * `changing` fact is a figure or state that moves (a population, a trade volume, a share, an office
 * holder, an ownership stake) and is due for review a while after its as-of date.
 */
export const FACT_KINDS = ['event', 'changing'] as const;
export type FactKind = (typeof FACT_KINDS)[number];
export const TOPICS = [
  'diplomacy',
  'defence',
  'energy',
  'economy',
  'community',
  'geography',
  'history',
  'politics',
] as const;
export type Topic = (typeof TOPICS)[number];

/** A section id of the briefing; also its anchor in briefing.html. */
export const SECTION_IDS = ['diplomacy', 'defence', 'energy', 'community', 'conclusion'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/**
 * Where "Open briefing" can land in briefing.html: an article section, or one of the page's own
 * sections after the article ("What has changed…", "How facts are rated").
 */
export const BRIEFING_ANCHORS = [...SECTION_IDS, 'changes', 'ratings'] as const;
export type BriefingAnchor = (typeof BRIEFING_ANCHORS)[number];

/** A count per entity, all zero: what a frame reports before it has found anything. */
export function zeroCounts(): Record<EntityId, number> {
  return Object.fromEntries(ENTITY_IDS.map((id) => [id, 0])) as Record<EntityId, number>;
}

export interface Source {
  id: string; // "S1" … as in shared/facts/verification.md
  title: string;
  publisher: string;
  url: string; // http(s)
  date: string; // ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the source was published
}

export interface Fact {
  id: string;
  /** One plain sentence, at most 160 characters. */
  text: string;
  topics: Topic[];
  status: FactStatus;
  kind: FactKind;
  /**
   * When the fact was true. A `changing` fact: the full date (YYYY-MM-DD) of the figure or state.
   * An `event`: its date as precisely as the sources give it (YYYY-MM-DD, YYYY-MM or YYYY), so the
   * card never claims a day it does not know.
   */
  asOf: string;
  /**
   * `changing` facts only: the day (YYYY-MM-DD) after which the fact may be out of date. Absent:
   * FACT_REVIEW_MONTHS after asOf (src/data/freshness.ts reviewDate). Set it only for a state that
   * changes more slowly than that, and say why in a comment.
   */
  reviewBy?: string;
  sources: string[]; // Source ids, best first (publisher or official body before an encyclopedia)
  /** The correction or the range, where the status is not plain "confirmed". */
  note?: string;
  /** Higher comes first when context does not decide (ties in ranking). */
  importance: number;
}

export interface Entity {
  id: EntityId;
  name: string;
  kind: EntityKind;
  /** One sentence. */
  summary: string;
  /** 5–8 fact ids, most important first. */
  facts: string[];
  /** The briefing section most relevant to this entity, for "Open briefing". */
  section: SectionId;
}

/** A run of the article's text; `claim` links it to the fact that checks it. */
export interface Span {
  text: string;
  claim?: string; // Claim id
}

export type Block =
  { type: 'paragraph'; spans: Span[] } | { type: 'list'; items: Span[][] } | { type: 'quote'; spans: Span[] };

export interface Section {
  id: SectionId | 'introduction';
  heading: string;
  blocks: Block[];
}

export interface Claim {
  id: string; // "C1" … "C14", the numbering of verification.md
  /** What the article says, in short. */
  summary: string;
  status: FactStatus;
  /** The fact that holds the checked, sourced version of the claim. */
  fact: string;
  /** The correction or range shown beside the claim, e.g. "Opened in Tel Aviv on 29 March 2023". */
  note?: string;
  /** True where the article's wording (the Peres quote) could not be found in any source. */
  sourceNotFound?: boolean;
}

export interface Briefing {
  title: string;
  sections: Section[];
}

/** One dated point of "What has changed since this article was written". */
export interface Change {
  /** When it happened (YYYY-MM-DD, YYYY-MM or YYYY). */
  date: string;
  /** One or two plain sentences. */
  text: string;
  /** Source ids, best first. */
  sources: string[];
}

/** Everything the briefing shows: the article, its claims and their sources, and the fact set's date and version. */
export interface BriefingData {
  briefing: Briefing;
  claims: readonly Claim[];
  /** What has changed since the article was written, oldest first. */
  changes: readonly Change[];
  sources: readonly Source[];
  /** How far the sources of the last check reach (YYYY-MM): "Facts checked up to March 2026". */
  checkedUpTo: string;
  version: string;
}
