import { CARD_FADE_IN_MS } from '@/utils/timings';
import badgesCss from '@/components/badges.css?inline';
import cardCss from '@/card/card.css?inline';

/**
 * What the host adds to card.css (docs/adr/0015-card-host.md). The host is a popover in the top
 * layer, and the page's own CSS still matches it (`div`, `[popover]`, `:popover-open`,
 * `::backdrop`): declarations marked important in the shadow tree beat every declaration of the
 * page, important or inline, so these and card.css's `:host { all: initial !important }` hold.
 * - `all` leaves `direction` and `unicode-bidi` alone: a right-to-left page would pass its
 *   direction in; the card is English, left to right (its root also carries dir and lang).
 * - A popover has a ::backdrop; a page's `::backdrop { background: … }` for its own dialogs would
 *   tint the whole screen whenever a card is open.
 * - The bottom sheet (src/card/position.ts isSheet) runs edge to edge, rounded at the top only.
 */
const HOST_CSS = `
:host { direction: ltr !important; unicode-bidi: isolate !important; }
:host::backdrop { display: none !important; }
.bl-card[data-placement="sheet"] {
  border-width: 1px 0 0;
  border-radius: 12px 12px 0 0;
  box-shadow: 0 -4px 24px rgba(0, 0, 0, 0.18);
}
`;

/**
 * The card's whole stylesheet, for one constructed CSSStyleSheet in its shadow root. The fade's
 * duration comes from src/utils/timings.ts, where every timing lives.
 */
export const CARD_STYLES = `${cardCss}\n${badgesCss}\n${HOST_CSS}\n.bl-card { --bl-fade: ${CARD_FADE_IN_MS}ms; }`;

/**
 * The card's frame in the host's root (docs/adr/0015-card-host.md): fixed at the viewport's
 * corner and moved and sized by card-host.tsx; the card's shadow and rounded corners are the
 * iframe's, as the frame's edge would clip the card's own.
 */
const FRAME_HOST_CSS = `
iframe {
  all: initial;
  display: block;
  position: fixed;
  top: 0;
  left: 0;
  width: 0;
  height: 0;
  border: 0;
  border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  color-scheme: normal;
  background: transparent;
  pointer-events: auto;
}
iframe[data-placement="sheet"] { border-radius: 12px 12px 0 0; box-shadow: 0 -4px 24px rgba(0, 0, 0, 0.18); }
@media (prefers-color-scheme: dark) {
  iframe { box-shadow: 0 6px 24px rgba(0, 0, 0, 0.6); }
}
`;

/** The host's root: the host's reset (card.css `:host`, HOST_CSS) and the card's frame. */
export const CARD_HOST_STYLES = `${CARD_STYLES}\n${FRAME_HOST_CSS}`;
