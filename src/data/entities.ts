import type { Entity, EntityId } from './types';

// The hover cards. A summary says what none of its card's facts says (data.test.ts checks it).
// Facts are ids of FACTS, most important first (the November 2026 check adds the
// Tamar stake, the BTC handover, the 2025 Iran war stance, the Abraham Accords and the 2026 visit).
export const ENTITIES: Record<EntityId, Entity> = {
  azerbaijan: {
    id: 'azerbaijan',
    name: 'Azerbaijan',
    kind: 'country',
    summary: 'A South Caucasus republic whose ties with Israel span energy, defence and diplomacy.',
    facts: [
      'baku-capital',
      'az-independence',
      'az-population',
      'az-secular',
      'oil-share',
      'iran-war-stance-2025',
      'israel-recognition-embassy',
      'abraham-accords',
    ],
    section: 'diplomacy',
  },
  israel: {
    id: 'israel',
    name: 'Israel',
    kind: 'country',
    summary: 'An eastern Mediterranean country, and one of Azerbaijan’s main partners in energy and defence.',
    facts: [
      'israel-independence',
      'israel-population',
      'israel-jerusalem',
      'relations-since-1992',
      'saar-visit-2026',
      'oil-share',
      'arms-deal-2012',
      'turkey-port-ban',
    ],
    section: 'diplomacy',
  },
  socar: {
    id: 'socar',
    name: 'SOCAR',
    kind: 'company',
    summary: 'Azerbaijan’s state energy company, with stakes from Caspian pipelines to Mediterranean gas.',
    facts: [
      'socar-profile',
      'socar-founded',
      'socar-btc-stake',
      'socar-tamar',
      'socar-zone-i',
      'oil-via-btc',
      'btc-operator-handover',
      'socar-med-ashdod-2011',
    ],
    section: 'energy',
  },
  baku: {
    id: 'baku',
    name: 'Baku',
    kind: 'city',
    summary: 'Azerbaijan’s seat of government, and the centre of its oil industry since the 19th century.',
    facts: [
      'baku-capital',
      'baku-population',
      'baku-below-sea-level',
      'baku-old-city',
      'baku-cop29',
      'herzog-cop29',
      'israel-recognition-embassy',
      'saar-visit-2026',
    ],
    section: 'diplomacy',
  },
};
