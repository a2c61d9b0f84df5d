import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CARD_UI, type CardUi } from '@/card/card-host';

/**
 * The card module (docs/adr/0004-card.md, "Card code asleep until the first hover"): everything
 * only the card needs, out of the content script. The content script imports this file with
 * `import(runtime.getURL('/card-ui.js'))` on the first show; it runs in the content script's
 * isolated world and hands its API over through that world's global (src/card/card-controller.ts,
 * CARD_UI_GLOBAL). The page's own world never sees it. The card's host registers itself in
 * src/card/ui-host.ts's set, which lives on the same global, so the content script recognises it
 * (docs/adr/0015-card-host.md).
 */
export default defineUnlistedScript({
  // No top-level variable: the bundle is one anonymous IIFE.
  globalName: false,
  main() {
    (globalThis as typeof globalThis & { __brieflightCardUi?: CardUi }).__brieflightCardUi = CARD_UI;
  },
});
