// The bundled knowledge, as one lean module the content script can import (no validation library
// here: src/data/schema.ts checks the data in tests).
import { BRIEFING, CHANGES, CLAIMS } from './briefing';
import { ENTITIES } from './entities';
import { FACTS } from './facts';
import { SOURCES } from './sources';
import { ENTITY_IDS, type BriefingData, type Entity, type EntityId, type Fact, type Source } from './types';

export type * from './types';
export { BRIEFING, CHANGES, CLAIMS, ENTITIES, FACTS, SOURCES };

/** Version of the bundled fact set. */
/** Each entity's display name (its card's title), in ENTITY_IDS order: what the popup and options list. */
export const ENTITY_NAMES: Readonly<Record<EntityId, string>> = Object.fromEntries(
  ENTITY_IDS.map((id) => [id, ENTITIES[id].name]),
) as Record<EntityId, string>;

export const FACT_SET_VERSION: string = '2026.11.2';

/**
 * How far the sources of the last check of the fact set reach (YYYY-MM): the November 2026 check
 * (shared/facts/verification-2026-11.md) found sources up to about early March 2026 and almost
 * nothing later. The briefing page and the popup say "Facts checked up to March 2026".
 */
export const FACTS_CHECKED_UP_TO: string = '2026-03';

/** What the briefing page and the popup show. */
export const BRIEFING_DATA: BriefingData = {
  briefing: BRIEFING,
  claims: CLAIMS,
  changes: CHANGES,
  sources: SOURCES,
  checkedUpTo: FACTS_CHECKED_UP_TO,
  version: FACT_SET_VERSION,
};

export const DATASET = {
  sources: SOURCES,
  facts: FACTS,
  entities: ENTITIES,
  claims: CLAIMS,
  changes: CHANGES,
  briefing: BRIEFING,
};

const factById = /*#__PURE__*/ new Map(/*#__PURE__*/ FACTS.map((f) => [f.id, f] as const));
const sourceById = /*#__PURE__*/ new Map(/*#__PURE__*/ SOURCES.map((s) => [s.id, s] as const));

export function getEntity(id: EntityId): Entity {
  return ENTITIES[id];
}

export function getFact(id: string): Fact | undefined {
  return factById.get(id);
}

export function getSource(id: string): Source | undefined {
  return sourceById.get(id);
}

/** The facts of an entity's card, most important first. */
export function factsOf(entityId: EntityId): Fact[] {
  const entity = ENTITIES[entityId];
  if (!entity) return [];
  return entity.facts.map((id) => factById.get(id)).filter((f): f is Fact => f !== undefined);
}
