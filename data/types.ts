// The shapes of Brieflight's bundled knowledge. Everything the extension shows comes from values of
// these types; nothing is fetched and no page text is ever rendered as markup.

export type EntityId = 'azerbaijan' | 'israel' | 'socar' | 'baku';
export type EntityKind = 'country' | 'city' | 'company';
export type FactStatus = 'confirmed' | 'reported' | 'disputed' | 'outdated';
export type Topic =
  | 'diplomacy'
  | 'defence'
  | 'energy'
  | 'economy'
  | 'community'
  | 'geography'
  | 'history'
  | 'politics';

/** A section id of the briefing; also its anchor in briefing.html. */
export type SectionId = 'diplomacy' | 'defence' | 'energy' | 'community' | 'conclusion';

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
  /** ISO date (YYYY-MM-DD) at which the fact was true. */
  asOf: string;
  sources: string[]; // Source ids
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
  | { type: 'paragraph'; spans: Span[] }
  | { type: 'list'; items: Span[][] }
  | { type: 'quote'; spans: Span[] };

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

/** Everything the briefing shows: the article, its claims and their sources, and the fact set's date and version. */
export interface BriefingData {
  briefing: Briefing;
  claims: readonly Claim[];
  sources: readonly Source[];
  /** The latest as-of date among the facts (YYYY-MM-DD). */
  factsAsOf: string;
  version: string;
}
