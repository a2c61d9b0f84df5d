import { CARD_FADE_IN_MS } from '@/utils/timings';
import badgesCss from '@/components/badges.css?inline';
import cardCss from '@/components/card.css?inline';

/**
 * The card's whole stylesheet, for one constructed CSSStyleSheet in its shadow root. The fade's
 * duration comes from utils/timings.ts, where every timing lives.
 */
export const CARD_STYLES = `${cardCss}\n${badgesCss}\n.bl-card { --bl-fade: ${CARD_FADE_IN_MS}ms; }`;
