// The bundled knowledge, as one lean module the content script can import (no validation library
// here: data/schema.ts checks the data in tests).
import { BRIEFING, CLAIMS } from './briefing';
import { ENTITIES } from './entities';
import { FACTS } from './facts';
import { SOURCES } from './sources';
import type { BriefingData, Entity, EntityId, Fact, Source } from './types';

export type * from './types';
export { BRIEFING, CLAIMS, ENTITIES, FACTS, SOURCES };

/** Version of the bundled fact set. */
export const FACT_SET_VERSION: string = '2026.11.1';

/** The latest asOf date among the facts (YYYY-MM-DD). */
// The #__PURE__ marks let a bundle that imports nothing from here drop this module (and the facts)
// altogether: the content script reaches it only through code its build removes.
export const FACTS_AS_OF: string = /*#__PURE__*/ FACTS.reduce((latest, f) => (f.asOf > latest ? f.asOf : latest), '');

/** What the briefing page and the popup show. */
export const BRIEFING_DATA: BriefingData = {
  briefing: BRIEFING,
  claims: CLAIMS,
  sources: SOURCES,
  factsAsOf: FACTS_AS_OF,
  version: FACT_SET_VERSION,
};

export const DATASET = {
  sources: SOURCES,
  facts: FACTS,
  entities: ENTITIES,
  claims: CLAIMS,
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
