import { getOverflowAncestors, type Rect, type VirtualElement } from '@floating-ui/dom';
import { cardWidthLimit, getCardPosition, intersectRects, isSheet, type Viewport } from '@/card/position';

// The card host's geometry in the page: the viewport, the mention's live range as Floating UI's
// reference, and where that range can be seen (split out of card-host.tsx).

/** The visual viewport, in the coordinates position: fixed uses (the layout viewport's). */
export function currentViewport(win: Window = window): Viewport {
  const vv = win.visualViewport;
  if (vv) return { x: vv.offsetLeft, y: vv.offsetTop, width: vv.width, height: vv.height };
  const html = win.document.documentElement;
  return { width: html.clientWidth, height: html.clientHeight };
}

/**
 * The CSS zoom in effect on `el` (a page may zoom its root). Rectangles are measured in viewport
 * pixels; lengths set on the card are in its own, zoomed pixels.
 */
export function cssZoomOf(el: Element): number {
  const zoom = (el as Element & { currentCSSZoom?: number }).currentCSSZoom;
  return typeof zoom === 'number' && zoom > 0 ? zoom : 1;
}

/** The element a range's text sits in: the one Floating UI watches for scrolling and resizing. */
export function contextElementOf(range: Range): Element | null {
  const node = range.commonAncestorContainer;
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
}

/** The mention as Floating UI's reference: a virtual element over its live range. */
export function virtualElementOf(range: Range): VirtualElement {
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: contextElementOf(range) ?? undefined,
  };
}

/**
 * True when the range no longer holds a mention: its text was removed (a live range then
 * collapses onto the removal point) or it left the document. A mention hidden by CSS keeps its
 * range but has an empty box at the viewport's corner: position.ts reports it as hidden.
 */
export function isRangeGone(range: Range): boolean {
  return range.collapsed || !range.commonAncestorContainer.isConnected;
}

/**
 * Where a mention inside `el` can be seen, in viewport coordinates: the intersection of the
 * padding boxes of its scrolling or clipping ancestors (Floating UI's getOverflowAncestors: any
 * overflow but visible, across shadow roots). The root scroller is left out: the viewport is
 * position.ts's own limit. Undefined when nothing clips it.
 */
export function anchorClipOf(el: Element): Rect | undefined {
  const doc = el.ownerDocument;
  let clip: Rect | undefined;
  for (const ancestor of getOverflowAncestors(el)) {
    if (!(ancestor instanceof Element) || ancestor === doc.documentElement || ancestor === doc.body) continue;
    const box = ancestor.getBoundingClientRect();
    const padding: Rect = {
      x: box.x + ancestor.clientLeft,
      y: box.y + ancestor.clientTop,
      width: ancestor.clientWidth,
      height: ancestor.clientHeight,
    };
    clip = clip ? intersectRects(clip, padding) : padding;
  }
  return clip;
}

export function coarsePointer(win: Window): boolean {
  return typeof win.matchMedia === 'function' && win.matchMedia('(pointer: coarse)').matches;
}

/** The width the card may take where `el` is, in its own CSS px: `width` is the sheet's, else null. */
export function cardLimitsAt(el: Element): { maxWidth: number; width: number | null } {
  const win = el.ownerDocument.defaultView ?? window;
  const zoom = cssZoomOf(el);
  const viewport = currentViewport(win);
  const sheet = isSheet(coarsePointer(win), viewport.width);
  return {
    maxWidth: cardWidthLimit(viewport.width, sheet) / zoom,
    width: sheet ? viewport.width / zoom : null,
  };
}

/** Where the card's iframe goes, in its own CSS px, and what its frame is told. */
export interface FramePlacement {
  transform: string;
  width: number;
  height: number;
  /** The card's height limit inside the frame (it scrolls beyond it). */
  maxHeight: number;
  placement: string;
  /** The mention is out of view or clipped: the card closes, nothing is applied. */
  hidden: boolean;
}

/**
 * Computes where the card goes (src/card/position.ts, a pure function) for a card of `size` (CSS px,
 * as its frame measured it) at the mention `anchor`, for the card's iframe `el`: its transform,
 * width, and height capped by the placement's limit. The caller applies it (if the card is still
 * the one shown).
 */
export async function placeCardFrame(
  anchor: Range,
  el: HTMLElement,
  size: { width: number; height: number },
  sheet: boolean,
): Promise<FramePlacement> {
  const context = contextElementOf(anchor);
  const zoom = cssZoomOf(el);
  const pos = await getCardPosition({
    anchorRect: anchor.getBoundingClientRect(),
    anchorClip: context ? anchorClipOf(context) : undefined,
    cardSize: { width: size.width * zoom, height: size.height * zoom },
    viewport: currentViewport(el.ownerDocument.defaultView ?? window),
    sheet,
  });
  const maxHeight = pos.maxHeight / zoom;
  return {
    transform: `translate(${pos.x / zoom}px, ${pos.y / zoom}px)`,
    width: Math.ceil(size.width),
    height: Math.ceil(Math.min(size.height, maxHeight)),
    maxHeight: pos.anchorHidden ? 0 : maxHeight,
    placement: pos.placement,
    hidden: pos.anchorHidden,
  };
}

/** Moves and sizes the card's iframe to `at` (a placement that is not hidden). */
export function applyFramePlacement(el: HTMLElement, at: FramePlacement): void {
  el.style.transform = at.transform;
  el.style.width = `${at.width}px`;
  el.style.height = `${at.height}px`;
  el.dataset.placement = at.placement;
}
