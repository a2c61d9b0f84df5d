// The names a page, a test or a tool can see of Brieflight (docs/CONTRACT.md): written once, here.
// Every module that writes or reads one imports it from this file.
import type { EntityId } from '@/data/types';

/** `<html data-brieflight-state>`: "scanning" / "idle", only on a page that opts in (page-state.ts). */
export const STATE_ATTR = 'data-brieflight-state';
/** The entity id on each element mark (CONTRACT.md, "Element marks"). */
export const ENTITY_ATTR = 'data-brieflight-entity';
/** The class on each element mark (CONTRACT.md, "Element marks"). */
export const MARK_CLASS = 'brieflight-mark';
/** Every highlight of ours is named with this prefix (CONTRACT.md): `brieflight-<entity id>`. */
export const HIGHLIGHT_PREFIX = 'brieflight-';
/** The emphasis of the mention under the pointer or focus; painted above the entities' highlights. */
export const ACTIVE_HIGHLIGHT = 'brieflight-ui-active';

/** The name a highlight of `entity` is registered under in `CSS.highlights`. */
export function highlightName(entity: EntityId): string {
  return HIGHLIGHT_PREFIX + entity;
}
