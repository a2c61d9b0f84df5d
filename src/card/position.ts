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

// The card's geometry as a pure function of a few rectangles. It runs Floating UI's own
// computePosition and middleware (offset → flip → shift → size → hide), but on a platform made of
// plain numbers instead of the DOM, so the unit tests check exactly what the page gets. The
// reference is a virtual element: the mention is a Range (CONTRACT.md), not an element.

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
/**
 * A touch screen narrower than this gets the card as a bottom sheet across its width (issue 15):
 * 480 px is the usual phone/tablet breakpoint, and below it a 360 px card beside its mention
 * leaves no room for the page either side.
 */
export const SHEET_BELOW_WIDTH_PX = 480;
/**
 * The sheet's height limit: at most this, and at most SHEET_MAX_HEIGHT_SHARE of the viewport, so
 * that on a 360 × 640 phone the sheet is at most 320 px tall (issue 15) and the page above it,
 * the mention often among it, stays in view.
 */
export const SHEET_MAX_HEIGHT_PX = 320;
export const SHEET_MAX_HEIGHT_SHARE = 0.5;

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
  /** The mention's bounding box, in viewport coordinates (its Range's getBoundingClientRect). */
  anchorRect: Rect;
  /**
   * Where the mention can be seen, in viewport coordinates: the intersection of the client boxes
   * of the scrolling or clipping containers around it (see anchorClipOf). Omitted: the viewport.
   */
  anchorClip?: Rect;
  /** The card's size with no height limit but its width limit applied (see cardWidthLimit). */
  cardSize: Size;
  viewport: Viewport;
  /** Show the card as a bottom sheet (see isSheet). */
  sheet?: boolean;
}

export interface CardPosition {
  /** Top-left corner of the card, in viewport coordinates. */
  x: number;
  y: number;
  /** Beside the mention (Floating UI's placement), or 'sheet': along the viewport's bottom edge. */
  placement: Placement | 'sheet';
  /** The card's height limit (at most its measured height): it scrolls inside rather than leave the viewport. */
  maxHeight: number;
  /**
   * The mention is entirely out of view: scrolled out of the viewport, or clipped by a scrolling
   * container (anchorClip). The card closes (CONTRACT.md).
   */
  anchorHidden: boolean;
}

/** min(360 px, viewport width − 2 × 8 px): the card's width limit. */
export function cardMaxWidth(viewportWidth: number): number {
  return Math.max(0, Math.min(CARD_MAX_WIDTH_PX, Math.floor(viewportWidth - 2 * CARD_PADDING_PX)));
}

/**
 * True when the card is a bottom sheet: a coarse pointer (a touch screen) and a viewport narrower
 * than SHEET_BELOW_WIDTH_PX.
 */
export function isSheet(coarsePointer: boolean, viewportWidth: number): boolean {
  return coarsePointer && viewportWidth < SHEET_BELOW_WIDTH_PX;
}

/** The card's width limit: the viewport's width for a sheet, else cardMaxWidth. */
export function cardWidthLimit(viewportWidth: number, sheet: boolean): number {
  return sheet ? Math.max(0, Math.floor(viewportWidth)) : cardMaxWidth(viewportWidth);
}

/** The sheet's height limit for a viewport this tall (SHEET_MAX_HEIGHT_PX, SHEET_MAX_HEIGHT_SHARE). */
export function sheetMaxHeight(viewportHeight: number): number {
  return Math.max(
    CARD_MIN_HEIGHT_PX,
    Math.floor(Math.min(SHEET_MAX_HEIGHT_PX, viewportHeight * SHEET_MAX_HEIGHT_SHARE)),
  );
}

/** The intersection of two rectangles (zero-sized, not negative, when they do not meet). */
export function intersectRects(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return { x, y, width: Math.max(0, right - x), height: Math.max(0, bottom - y) };
}

/** Stand-ins for the floating element and the reference's context: Floating UI only hands them back to the platform below. */
const FLOATING = {} as HTMLElement;
const REFERENCE_CONTEXT = {} as HTMLElement;

/**
 * Where the card goes: below the mention if it fits, else above; shifted sideways to stay 8 px
 * inside the viewport; never taller than the room on its side (a tall card scrolls instead of
 * leaving the viewport). As a sheet: across the viewport's width at its bottom edge, at most
 * sheetMaxHeight tall. Either way, `anchorHidden` says whether the mention can still be seen.
 */
export async function getCardPosition(input: CardPositionInput): Promise<CardPosition> {
  const { cardSize, viewport } = input;
  const sheet = input.sheet === true;
  // Copied field by field: a DOMRect's fields are getters, which spreading would lose.
  const anchorRect: Rect = {
    x: input.anchorRect.x,
    y: input.anchorRect.y,
    width: input.anchorRect.width,
    height: input.anchorRect.height,
  };
  const clip: Rect = {
    x: viewport.x ?? 0,
    y: viewport.y ?? 0,
    width: viewport.width,
    height: viewport.height,
  };
  const anchorClip = input.anchorClip ? intersectRects(clip, input.anchorClip) : clip;
  const width = Math.min(cardSize.width, cardWidthLimit(viewport.width, sheet));
  let maxHeight = Infinity;
  // What the DOM would measure after size() sets max-height: the card shrinks to it.
  const floatingSize = (): Size => ({ width, height: Math.min(cardSize.height, maxHeight) });
  const platform: Platform = {
    getElementRects: () => ({ reference: { ...anchorRect }, floating: { x: 0, y: 0, ...floatingSize() } }),
    // The hide middleware asks for the reference's clipping area (through its contextElement);
    // everything else for the card's, which is the viewport (the card is in the top layer).
    getClippingRect: ({ element }) => (element === REFERENCE_CONTEXT ? anchorClip : clip),
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
    contextElement: REFERENCE_CONTEXT,
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
  const anchorHidden = result.middlewareData.hide?.referenceHidden === true;
  if (sheet) {
    const limit = Math.min(sheetMaxHeight(viewport.height), Math.ceil(cardSize.height));
    return {
      x: Math.round(clip.x),
      y: Math.round(clip.y + clip.height - limit),
      placement: 'sheet',
      maxHeight: limit,
      anchorHidden,
    };
  }
  return {
    x: Math.round(result.x),
    y: Math.round(result.y),
    placement: result.placement,
    // Never more than the height measured: the limit the page applies must not let the card grow
    // past the size it was placed with (its stylesheet may cap the height that was measured).
    maxHeight: Math.min(maxHeight, Math.ceil(cardSize.height)),
    anchorHidden,
  };
}
