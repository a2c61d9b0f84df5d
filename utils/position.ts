import {
  computePosition,
  flip,
  hide,
  offset,
  shift,
  size,
  type Placement,
  type Platform,
  type Rect,
  type VirtualElement,
} from '@floating-ui/dom';

// The card's geometry as a pure function of three rectangles. It runs Floating UI's own
// computePosition and middleware (offset → flip → shift → size → hide), but on a platform made of
// plain numbers instead of the DOM, so the unit tests check exactly what the page gets.

/** Space the card keeps from every edge of the viewport. */
export const CARD_PADDING_PX = 8;
/** Gap between the mark and the card. */
export const CARD_OFFSET_PX = 6;
/** The card is never wider than this, nor than the viewport less its padding. */
export const CARD_MAX_WIDTH_PX = 360;
/** Below this the card would be a sliver; it scrolls inside this height instead. */
export const CARD_MIN_HEIGHT_PX = 48;
/** Where the card goes first: under the mark, aligned with its start. Above is the fallback. */
export const CARD_PLACEMENT: Placement = 'bottom-start';
export const CARD_FALLBACK_PLACEMENT: Placement = 'top-start';

export interface Size {
  width: number;
  height: number;
}

/** The visual viewport in layout-viewport coordinates (x, y are its scroll offset; 0 without pinch zoom). */
export interface Viewport extends Size {
  x?: number;
  y?: number;
}

export interface CardPositionInput {
  /** The mark's bounding box, in viewport coordinates (getBoundingClientRect). */
  anchorRect: Rect;
  /** The card's size with no height limit but CARD_MAX_WIDTH applied (see cardMaxWidth). */
  cardSize: Size;
  viewport: Viewport;
}

export interface CardPosition {
  /** Top-left corner of the card, in viewport coordinates. */
  x: number;
  y: number;
  placement: Placement;
  /** The card's height limit (at most its measured height): it scrolls inside rather than leave the viewport. */
  maxHeight: number;
  /** The mark is entirely out of view (scrolled away): the card should not be shown. */
  anchorHidden: boolean;
}

/** min(360 px, viewport width − 2 × 8 px): the card's width limit. */
export function cardMaxWidth(viewportWidth: number): number {
  return Math.max(0, Math.min(CARD_MAX_WIDTH_PX, Math.floor(viewportWidth - 2 * CARD_PADDING_PX)));
}

/** A stand-in for the floating element: Floating UI only hands it back to the platform below. */
const FLOATING = {} as HTMLElement;

/**
 * Where the card goes: below the mark if it fits, else above; shifted sideways to stay 8 px inside
 * the viewport; never taller than the room on its side (a tall card scrolls instead of leaving
 * the viewport).
 */
export async function getCardPosition(input: CardPositionInput): Promise<CardPosition> {
  const { cardSize, viewport } = input;
  // Copied field by field: a DOMRect's fields are getters, which spreading would lose.
  const anchorRect: Rect = { x: input.anchorRect.x, y: input.anchorRect.y, width: input.anchorRect.width, height: input.anchorRect.height };
  const clip: Rect = { x: viewport.x ?? 0, y: viewport.y ?? 0, width: viewport.width, height: viewport.height };
  const width = Math.min(cardSize.width, cardMaxWidth(viewport.width));
  let maxHeight = Infinity;
  // What the DOM would measure after size() sets max-height: the card shrinks to it.
  const floatingSize = (): Size => ({ width, height: Math.min(cardSize.height, maxHeight) });
  const platform: Platform = {
    getElementRects: () => ({ reference: { ...anchorRect }, floating: { x: 0, y: 0, ...floatingSize() } }),
    getClippingRect: () => clip,
    getDimensions: () => floatingSize(),
    convertOffsetParentRelativeRectToViewportRelativeRect: ({ rect }) => rect,
    getOffsetParent: () => FLOATING,
    isElement: () => false,
    getDocumentElement: () => FLOATING,
    getClientRects: () => [],
    isRTL: () => false,
    getScale: () => ({ x: 1, y: 1 }),
  };
  const reference: VirtualElement = {
    getBoundingClientRect: () => ({
      ...anchorRect,
      top: anchorRect.y,
      left: anchorRect.x,
      right: anchorRect.x + anchorRect.width,
      bottom: anchorRect.y + anchorRect.height,
    }),
  };
  const result = await computePosition(reference, FLOATING, {
    strategy: 'fixed',
    placement: CARD_PLACEMENT,
    platform,
    middleware: [
      offset(CARD_OFFSET_PX),
      flip({ padding: CARD_PADDING_PX, fallbackPlacements: [CARD_FALLBACK_PLACEMENT], crossAxis: false }),
      shift({ padding: CARD_PADDING_PX }),
      size({
        padding: CARD_PADDING_PX,
        apply: ({ availableHeight }) => {
          maxHeight = Math.max(CARD_MIN_HEIGHT_PX, Math.floor(availableHeight));
        },
      }),
      hide({ strategy: 'referenceHidden' }),
    ],
  });
  return {
    x: Math.round(result.x),
    y: Math.round(result.y),
    placement: result.placement,
    // Never more than the height measured: the limit the page applies must not let the card grow
    // past the size it was placed with (its stylesheet may cap the height that was measured).
    maxHeight: Math.min(maxHeight, Math.ceil(cardSize.height)),
    anchorHidden: result.middlewareData.hide?.referenceHidden === true,
  };
}
