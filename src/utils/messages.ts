import * as v from 'valibot';
import { parserOf } from '@/utils/parse';
import { BRIEFING_ANCHORS, ENTITY_IDS } from '@/data/types';
import { CARD_FAILURE_TEXT_MAX_CHARS } from '@/utils/timings';

// Every message between Brieflight's contexts, as a schema. A message is acted on only after it
// parses; anything else (a page's forgery, a stale build's shape) is ignored. Pages cannot reach
// runtime messaging at all (no externally_connectable). The one window.postMessage listener is the
// card frame's handshake, which needs a secret token (src/card/card-channel.ts).

const EntityIdSchema = v.picklist(ENTITY_IDS);
const SectionSchema = v.picklist(BRIEFING_ANCHORS);

/** Content script → background. */
export const ToBackgroundSchema = v.variant('type', [
  /** A card could not be shown (src/card/card-controller.ts): logged in the extension's console. */
  v.object({
    type: v.literal('card-failed'),
    stage: v.picklist(['load', 'show']),
    message: v.pipe(v.string(), v.maxLength(CARD_FAILURE_TEXT_MAX_CHARS)),
  }),
  /** Open briefing.html at a section in a new tab. */
  v.object({ type: v.literal('open-briefing'), section: SectionSchema }),
  /** The card's "Settings": the background opens the options page (runtime.openOptionsPage). */
  v.object({ type: v.literal('open-options') }),
  /** The number of marks on the sender's frame changed (drives the toolbar badge). */
  v.object({ type: v.literal('mentions'), total: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  /**
   * A frame that cannot know the top page's site asks for it (src/utils/site-host.ts); the reply is a
   * SiteHostReply. Only a frame's content script asks: the background asks the tab's top frame.
   */
  v.object({ type: v.literal('site-host') }),
]);
export type ToBackground = v.InferOutput<typeof ToBackgroundSchema>;

/** Popup or background → content script (through tabs.sendMessage). */
export const ToContentSchema = v.variant('type', [
  /** Reply with the page's host and its mention counts. */
  v.object({ type: v.literal('get-mentions') }),
  /** Go to the next mention (of one entity, or of any): scroll it into view, select it, open its card with focus inside. */
  v.object({ type: v.literal('focus-next'), entity: v.optional(EntityIdSchema) }),
  /**
   * Background → every frame of a tab: it forgot the tab's counts (its top frame started loading,
   * which a same-document navigation also does); each frame reports its count again.
   */
  v.object({ type: v.literal('resend-mentions') }),
]);
export type ToContent = v.InferOutput<typeof ToContentSchema>;

export const MentionsReplySchema = v.object({
  host: v.string(),
  counts: v.record(EntityIdSchema, v.pipe(v.number(), v.integer(), v.minValue(0))),
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type MentionsReply = v.InferOutput<typeof MentionsReplySchema>;

/** The background's answer to 'site-host': the top frame's host, or null when it cannot be known. */
export const SiteHostReplySchema = v.object({ host: v.nullable(v.pipe(v.string(), v.maxLength(253))) });
export type SiteHostReply = v.InferOutput<typeof SiteHostReplySchema>;

export const parseSiteHostReply: (data: unknown) => SiteHostReply | undefined = parserOf(SiteHostReplySchema);

export const parseToBackground: (data: unknown) => ToBackground | undefined = parserOf(ToBackgroundSchema);

export const parseToContent: (data: unknown) => ToContent | undefined = parserOf(ToContentSchema);

/** Messages are acted on only when they come from this extension (its content scripts or pages). */
export function isOwnSender(sender: { id?: string } | undefined, ownId: string): boolean {
  return sender !== undefined && typeof sender.id === 'string' && sender.id === ownId;
}

export const parseMentionsReply: (data: unknown) => MentionsReply | undefined = parserOf(MentionsReplySchema);
