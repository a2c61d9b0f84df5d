// What the card shows for a mention: the entity, its facts ranked by the paragraph around the
// mention, and the actions wired to the controller. Pure apart from reading the context element.
import type { Props as CardProps } from '@/card/Card';
import type { CardActions } from '@/card/card-host';
import { BLOCK_SELECTOR, contextOf, rankFacts, sectionFor } from '@/card/rank';
import { factsOf, getSource } from '@/data';
import { ENTITIES } from '@/data/entities';
import type { EntityId } from '@/data/types';
import { CONTEXT_MAX_CHARS } from '@/utils/timings';

/**
 * The text the facts are ranked by: the paragraph around the mention. `context` is the element
 * holding the mention's text: an element mark or inline element (its nearest block, centred on
 * it: rank.ts contextOf), or the block itself (a painted mention in a `<p>`): its own text.
 */
export function rankingTextOf(context: Element): string {
  if (!context.matches(BLOCK_SELECTOR)) return contextOf(context);
  return (context.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, CONTEXT_MAX_CHARS);
}

/** The card's props for entity `id` opened from a mention inside `context`. */
export function cardPropsFor(
  context: Element,
  id: EntityId,
  actions: CardActions,
  pageEntities?: ReadonlySet<EntityId>,
): CardProps {
  const entity = ENTITIES[id];
  const text = rankingTextOf(context);
  const section = sectionFor(entity, text);
  return {
    entity,
    facts: rankFacts(factsOf(id), text, pageEntities),
    sourceOf: getSource,
    onOpenBriefing: () => actions.onOpenBriefing(section),
    onOpenRatings: () => actions.onOpenBriefing('ratings'),
    onClose: actions.onClose,
    onTurnOffSite: actions.onTurnOffSite,
    onOpenSettings: actions.onOpenSettings,
    onPin: actions.onPin,
    pinned: actions.pinned,
  };
}
