// The handover from the content script's first stage to its core (docs/adr/0013-first-stage.md):
// two bundles (content.js and content-core.js) that share no module, so what passes between them
// is named here, in a module with no code the first stage would not carry anyway.
import type { FirstStageContext } from '@/entrypoints/content/first-stage-context';
import type { MentionsReply } from '@/utils/messages';
import { CORE_FILE } from '@/utils/bundles';

/** What the first stage hands the core (docs/adr/0013-first-stage.md). */
export interface CoreHandover {
  /** The first stage's context: the core makes WXT's from it (core-context.ts). */
  ctx: FirstStageContext;
  /** The site's host: the top page's, also in frames. */
  host: string;
  /** Whether the page opted in to the state attribute when the content script started. */
  optedIn: boolean;
}

/** What the core gives back: the first stage forwards the extension's messages to it. */
export interface Core {
  /** A message from the extension (sender already checked), not parsed yet: the core parses it. */
  onMessage(message: unknown): Promise<MentionsReply | boolean> | undefined;
}

/** Where src/entrypoints/content-core.ts leaves `startCore` in the content script's isolated world. */
export const CORE_GLOBAL = '__brieflightCore';
/** The core module's path in the extension (web-accessible: wxt.config.ts). */
export const CORE_PATH = `/${CORE_FILE}`;

/** The core's entry: starts it on this document. */
export type StartCore = (handover: CoreHandover) => Core;
