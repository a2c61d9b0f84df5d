// Is Brieflight on for this page? The first stage's answer from the raw stored settings, without
// src/settings/settings.ts (valibot, WXT storage, the migrations): that module is a third of the first
// stage's bundle, and the first stage needs three of its values (docs/adr/0013-first-stage.md).
//
// It answers only for values src/settings/settings.ts reads as they are (current, well-formed, or
// missing); for anything else (a v1 value, a corrupt one, a version stamp from a newer release) it
// says 'unsure', and the first stage behaves as if on: the core, if a candidate loads it, reads the
// settings with src/settings/settings.ts and decides. src/settings/settings-switch.test.ts checks both agree.
import { ENTITY_IDS } from '@/data/types';
import { checkHostPattern, isHostListed } from '@/settings/hosts';
import { MAX_DISABLED_SITES } from '@/utils/timings';

export type Switch = 'on' | 'off' | 'unsure';

/** The stored keys the answer depends on, and their version stamps (WXT storage's `key$`). */
export const SWITCH_KEYS = ['enabled', 'disabledSites', 'hiddenEntities'] as const;
export const SWITCH_STORAGE_KEYS: string[] = SWITCH_KEYS.flatMap((k) => [k, `${k}$`]);

const isStampOk = (stamp: unknown): boolean =>
  stamp === undefined ||
  (typeof stamp === 'object' &&
    stamp !== null &&
    ((stamp as { v?: unknown }).v === 1 || (stamp as { v?: unknown }).v === 2));

/**
 * The switch for `host` from `raw`, the sync area's values of SWITCH_STORAGE_KEYS: 'on' when
 * Brieflight is on for the site and shows at least one entity, 'off' when not, 'unsure' when a
 * value is not one src/settings/settings.ts would read as it is.
 */
export function pageSwitch(raw: Record<string, unknown>, host: string): Switch {
  for (const k of SWITCH_KEYS) if (!isStampOk(raw[`${k}$`])) return 'unsure';
  const enabled = raw.enabled ?? true;
  if (typeof enabled !== 'boolean') return 'unsure';
  const sites = raw.disabledSites ?? [];
  if (!Array.isArray(sites) || sites.length > MAX_DISABLED_SITES) return 'unsure';
  for (let i = 0; i < sites.length; i++) {
    const s: unknown = sites[i];
    if (typeof s !== 'string' || sites.indexOf(s) !== i) return 'unsure';
    const check = checkHostPattern(s);
    if (!check.ok || check.pattern !== s) return 'unsure';
  }
  const hidden = raw.hiddenEntities ?? [];
  if (!Array.isArray(hidden) || !hidden.every((x) => (ENTITY_IDS as readonly unknown[]).includes(x)))
    return 'unsure';
  const shown = ENTITY_IDS.some((id) => !hidden.includes(id));
  return enabled && shown && !isHostListed(sites as string[], host) ? 'on' : 'off';
}
