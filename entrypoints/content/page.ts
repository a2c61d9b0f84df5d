import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { CardController } from '@/components/card-controller';
import { Highlighter } from '@/utils/highlight';
import { parseToContent, type MentionsReply, type ToBackground } from '@/utils/messages';
import { Scanner } from '@/utils/scanner';

/** Wires the highlighter, the scanner, the card and messaging together for one document. */
export function startPage(ctx: ContentScriptContext): void {
  const highlighter = new Highlighter();
  const cards = new CardController(ctx, highlighter);
  const scanner = new Scanner(document, highlighter, {
    onChange: () => reportMentions(highlighter),
  });
  scanner.start();

  const onMessage = (message: unknown): Promise<MentionsReply | boolean> | undefined => {
    const m = parseToContent(message);
    if (!m) return undefined;
    switch (m.type) {
      case 'get-mentions':
        return Promise.resolve({ host: location.hostname, ...highlighter.counts(document) });
      case 'focus-next':
        return Promise.resolve(cards.focusNext(m.entity));
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}

function reportMentions(highlighter: Highlighter): void {
  const message: ToBackground = { type: 'mentions', total: highlighter.counts(document).total };
  // The background may be asleep or reloading; a lost count is corrected by the next change.
  browser.runtime.sendMessage(message).catch(() => undefined);
}
