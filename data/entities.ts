import type { Entity, EntityId } from './types';

// The hover cards. Facts are ids of FACTS, most important first.
export const ENTITIES: Record<EntityId, Entity> = {
  azerbaijan: {
    id: 'azerbaijan',
    name: 'Azerbaijan',
    kind: 'country',
    summary:
      'A secular, Muslim-majority republic on the Caspian Sea whose ties with Israel span diplomacy, energy and defence.',
    facts: [
      'baku-capital',
      'az-population',
      'az-independence',
      'az-secular',
      'israel-recognition-embassy',
      'az-embassy-tel-aviv',
      'oil-share',
    ],
    section: 'diplomacy',
  },
  israel: {
    id: 'israel',
    name: 'Israel',
    kind: 'country',
    summary:
      'A Middle Eastern state, independent since 1948, that has had diplomatic relations with Azerbaijan since 1992.',
    facts: [
      'israel-independence',
      'israel-population',
      'israel-jerusalem',
      'relations-since-1992',
      'az-embassy-tel-aviv',
      'arms-deal-2012',
      'oil-share',
    ],
    section: 'diplomacy',
  },
  socar: {
    id: 'socar',
    name: 'SOCAR',
    kind: 'company',
    summary: 'The State Oil Company of Azerbaijan Republic, the country’s fully state-owned oil and gas company.',
    facts: [
      'socar-profile',
      'socar-founded',
      'socar-zone-i',
      'socar-btc-stake',
      'oil-via-btc',
      'socar-med-ashdod-2011',
    ],
    section: 'energy',
  },
  baku: {
    id: 'baku',
    name: 'Baku',
    kind: 'city',
    summary: 'Azerbaijan’s capital and largest city, on the Caspian Sea.',
    facts: [
      'baku-capital',
      'baku-population',
      'baku-below-sea-level',
      'baku-old-city',
      'baku-cop29',
      'israel-recognition-embassy',
    ],
    section: 'diplomacy',
  },
};
