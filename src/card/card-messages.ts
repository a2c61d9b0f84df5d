// What the card asks of the background: open the briefing or the options page, log a card that
// could not be shown. Messages only (src/utils/messages.ts); the background decides.
import { browser } from 'wxt/browser';
import type { BriefingAnchor } from '@/data/types';
import type { ToBackground } from '@/utils/messages';
import type { CardFailure } from '@/card/card-session';

export function openBriefing(section: BriefingAnchor): void {
  const message: ToBackground = { type: 'open-briefing', section };
  void browser.runtime.sendMessage(message).catch(() => undefined);
}

export function openOptions(): void {
  const message: ToBackground = { type: 'open-options' };
  void browser.runtime.sendMessage(message).catch(() => undefined);
}

export function reportToBackground(failure: CardFailure): void {
  const message: ToBackground = { type: 'card-failed', ...failure };
  // The background logs it (console.warn in the extension's own console); if it is unreachable
  // (an extension reload under way), there is no one to tell.
  void browser.runtime.sendMessage(message).catch(() => undefined);
}
