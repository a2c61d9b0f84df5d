import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CARD_MAX_WIDTH_PX,
  CARD_OFFSET_PX,
  CARD_PADDING_PX,
  SHEET_MAX_HEIGHT_PX,
  cardMaxWidth,
  cardWidthLimit,
  getCardPosition,
  intersectRects,
  isSheet,
  sheetMaxHeight,
  type CardPositionInput,
} from '@/card/position';

const VIEWPORT = { width: 1000, height: 800 };
const CARD = { width: 320, height: 240 };
const mark = (x: number, y: number, width = 80, height = 20) => ({ x, y, width, height });

/** The card's box as the page shows it: its height capped at maxHeight. */
async function place(input: CardPositionInput) {
  const pos = await getCardPosition(input);
  const width = Math.min(input.cardSize.width, cardMaxWidth(input.viewport.width));
  const height = Math.min(input.cardSize.height, pos.maxHeight);
  return { ...pos, width, height, right: pos.x + width, bottom: pos.y + height };
}

describe('cardMaxWidth', () => {
  it('is 360 px on a wide viewport', () => {
    expect(cardMaxWidth(1280)).toBe(CARD_MAX_WIDTH_PX);
  });
  it('is the viewport less 8 px each side on a narrow one', () => {
    expect(cardMaxWidth(320)).toBe(320 - 2 * CARD_PADDING_PX);
    expect(cardMaxWidth(376)).toBe(360);
    expect(cardMaxWidth(375)).toBe(359);
  });
  it('is never negative', () => {
    expect(cardMaxWidth(4)).toBe(0);
  });
});

describe('getCardPosition', () => {
  it('prefers below the mark, aligned with its start', async () => {
    const p = await place({ anchorRect: mark(200, 100), cardSize: CARD, viewport: VIEWPORT });
    expect(p.placement).toBe('bottom-start');
    expect(p).toMatchObject({ x: 200, y: 100 + 20 + CARD_OFFSET_PX, anchorHidden: false });
    expect(p.height).toBe(CARD.height);
  });

  it('flips above when there is no room below', async () => {
    const p = await place({ anchorRect: mark(200, 700), cardSize: CARD, viewport: VIEWPORT });
    expect(p.placement).toBe('top-start');
    expect(p.y).toBe(700 - CARD_OFFSET_PX - CARD.height);
  });

  it('stays below when the room below is just enough (padding included)', async () => {
    // bottom edge = 500 + 20 + 6 + 266 = 792 = 800 − 8
    const p = await place({
      anchorRect: mark(200, 500),
      cardSize: { width: 320, height: 266 },
      viewport: VIEWPORT,
    });
    expect(p.placement).toBe('bottom-start');
    expect(p.bottom).toBe(VIEWPORT.height - CARD_PADDING_PX);
  });

  it('flips above when one more pixel would cross the padding', async () => {
    const p = await place({
      anchorRect: mark(200, 500),
      cardSize: { width: 320, height: 267 },
      viewport: VIEWPORT,
    });
    expect(p.placement).toBe('top-start');
  });

  it('shifts right at the left edge, keeping 8 px', async () => {
    const p = await place({ anchorRect: mark(-30, 100), cardSize: CARD, viewport: VIEWPORT });
    expect(p.x).toBe(CARD_PADDING_PX);
  });

  it('shifts left at the right edge, keeping 8 px', async () => {
    const p = await place({ anchorRect: mark(950, 100, 40), cardSize: CARD, viewport: VIEWPORT });
    expect(p.right).toBe(VIEWPORT.width - CARD_PADDING_PX);
  });

  it('is no wider than the viewport less its padding on a phone', async () => {
    const phone = { width: 320, height: 640 };
    const p = await place({
      anchorRect: mark(250, 100, 60),
      cardSize: { width: 360, height: 200 },
      viewport: phone,
    });
    expect(p.width).toBe(304);
    expect(p.x).toBe(CARD_PADDING_PX);
    expect(p.right).toBe(phone.width - CARD_PADDING_PX);
  });

  it('limits a tall card flipped above to the room above, so its top stays inside', async () => {
    // Room below: 800 − 8 − (560 + 20 + 6) = 206; above: 560 − 6 − 8 = 546. The card is 700 tall.
    const p = await place({
      anchorRect: mark(200, 560),
      cardSize: { width: 320, height: 700 },
      viewport: VIEWPORT,
    });
    expect(p.placement).toBe('top-start');
    expect(p.maxHeight).toBe(546);
    expect(p.y).toBe(CARD_PADDING_PX);
    expect(p.bottom).toBe(560 - CARD_OFFSET_PX);
  });

  it('limits a tall card below to the room below when that is the larger side', async () => {
    const p = await place({
      anchorRect: mark(200, 150),
      cardSize: { width: 320, height: 900 },
      viewport: VIEWPORT,
    });
    expect(p.placement).toBe('bottom-start');
    expect(p.y).toBe(176);
    expect(p.maxHeight).toBe(800 - CARD_PADDING_PX - 176);
    expect(p.bottom).toBe(VIEWPORT.height - CARD_PADDING_PX);
  });

  it('never lets the card grow past the height it was placed with', async () => {
    const p = await getCardPosition({
      anchorRect: mark(200, 100),
      cardSize: { width: 320, height: 240.4 },
      viewport: VIEWPORT,
    });
    expect(p.maxHeight).toBe(241);
    const flipped = await getCardPosition({
      anchorRect: mark(200, 700),
      cardSize: { width: 320, height: 240.4 },
      viewport: VIEWPORT,
    });
    expect(flipped.maxHeight).toBe(241);
  });

  it('reports a mark scrolled out of view', async () => {
    const above = await place({ anchorRect: mark(200, -60), cardSize: CARD, viewport: VIEWPORT });
    const below = await place({ anchorRect: mark(200, 900), cardSize: CARD, viewport: VIEWPORT });
    expect(above.anchorHidden).toBe(true);
    expect(below.anchorHidden).toBe(true);
  });

  it('reports a mention hidden by CSS (an empty box at the viewport’s corner) as hidden', async () => {
    const p = await getCardPosition({
      anchorRect: { x: 0, y: 0, width: 0, height: 0 },
      cardSize: CARD,
      viewport: VIEWPORT,
    });
    expect(p.anchorHidden).toBe(true);
  });

  it('places within a pinch-zoomed visual viewport (offset inside the layout viewport)', async () => {
    const visual = { x: 300, y: 200, width: 500, height: 400 };
    const p = await place({ anchorRect: mark(310, 580), cardSize: CARD, viewport: visual });
    expect(p.placement).toBe('top-start');
    expect(p.x).toBeGreaterThanOrEqual(visual.x + CARD_PADDING_PX);
    expect(p.y).toBeGreaterThanOrEqual(visual.y + CARD_PADDING_PX);
  });

  it('at each of the four edges, the card stays inside the viewport with its padding', async () => {
    const w = VIEWPORT.width;
    const h = VIEWPORT.height;
    const edges = {
      top: mark(w / 2, 0),
      bottom: mark(w / 2, h - 20),
      left: mark(0, h / 2),
      right: mark(w - 80, h / 2),
      topLeft: mark(0, 0),
      bottomRight: mark(w - 80, h - 20),
    };
    for (const [name, anchorRect] of Object.entries(edges)) {
      const p = await place({ anchorRect, cardSize: CARD, viewport: VIEWPORT });
      expect({ name, inside: inside(p, VIEWPORT) }).toEqual({ name, inside: true });
    }
  });

  it('never leaves the viewport for any visible mark and any card (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          vw: fc.integer({ min: 240, max: 1600 }),
          vh: fc.integer({ min: 240, max: 1200 }),
          ax: fc.double({ min: 0, max: 1, noNaN: true }),
          ay: fc.double({ min: 0, max: 1, noNaN: true }),
          aw: fc.integer({ min: 4, max: 200 }),
          ah: fc.integer({ min: 8, max: 40 }),
          cw: fc.integer({ min: 120, max: 400 }),
          ch: fc.integer({ min: 60, max: 1400 }),
        }),
        async ({ vw, vh, ax, ay, aw, ah, cw, ch }) => {
          const viewport = { width: vw, height: vh };
          const anchorRect = mark(Math.round(ax * (vw - aw)), Math.round(ay * (vh - ah)), aw, ah);
          const p = await place({ anchorRect, cardSize: { width: cw, height: ch }, viewport });
          expect(inside(p, viewport)).toBe(true);
          // Never on top of the mark: wholly below it or wholly above it.
          const clear = p.placement.startsWith('bottom')
            ? p.y >= anchorRect.y + anchorRect.height
            : p.bottom <= anchorRect.y;
          expect(clear).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

function inside(
  p: { x: number; y: number; right: number; bottom: number },
  v: { width: number; height: number },
) {
  return (
    p.x >= CARD_PADDING_PX &&
    p.y >= CARD_PADDING_PX &&
    p.right <= v.width - CARD_PADDING_PX &&
    p.bottom <= v.height - CARD_PADDING_PX
  );
}

describe('a mention clipped by a scrolling container', () => {
  // A chat pane at y 100–400 in the viewport: its messages scroll inside it.
  const pane = { x: 100, y: 100, width: 400, height: 300 };

  it('is hidden once scrolled out of the pane, though still inside the viewport', async () => {
    const out = await getCardPosition({
      anchorRect: mark(150, 60),
      anchorClip: pane,
      cardSize: CARD,
      viewport: VIEWPORT,
    });
    expect(out.anchorHidden).toBe(true);
    const below = await getCardPosition({
      anchorRect: mark(150, 420),
      anchorClip: pane,
      cardSize: CARD,
      viewport: VIEWPORT,
    });
    expect(below.anchorHidden).toBe(true);
  });

  it('is shown while any of it is inside the pane', async () => {
    const inside = await getCardPosition({
      anchorRect: mark(150, 200),
      anchorClip: pane,
      cardSize: CARD,
      viewport: VIEWPORT,
    });
    expect(inside.anchorHidden).toBe(false);
    const edge = await getCardPosition({
      anchorRect: mark(150, 90),
      anchorClip: pane,
      cardSize: CARD,
      viewport: VIEWPORT,
    });
    expect(edge.anchorHidden).toBe(false);
  });

  it('is hidden when the pane itself is scrolled out of the viewport', async () => {
    const p = await getCardPosition({
      anchorRect: mark(150, -200),
      anchorClip: { x: 100, y: -300, width: 400, height: 300 },
      cardSize: CARD,
      viewport: VIEWPORT,
    });
    expect(p.anchorHidden).toBe(true);
  });
});

describe('intersectRects', () => {
  it('is the overlap, or an empty rectangle where there is none', () => {
    expect(
      intersectRects({ x: 0, y: 0, width: 100, height: 100 }, { x: 50, y: 60, width: 100, height: 100 }),
    ).toEqual({
      x: 50,
      y: 60,
      width: 50,
      height: 40,
    });
    expect(
      intersectRects({ x: 0, y: 0, width: 10, height: 10 }, { x: 20, y: 0, width: 10, height: 10 }),
    ).toMatchObject({
      width: 0,
    });
  });
});

describe('the bottom sheet (a touch screen under 480 px wide)', () => {
  it('is used only for a coarse pointer on a narrow viewport', () => {
    expect(isSheet(true, 360)).toBe(true);
    expect(isSheet(true, 479)).toBe(true);
    expect(isSheet(true, 480)).toBe(false);
    expect(isSheet(false, 360)).toBe(false);
  });

  it('spans the viewport’s width, without the popover’s padding', () => {
    expect(cardWidthLimit(360, true)).toBe(360);
    expect(cardWidthLimit(360, false)).toBe(cardMaxWidth(360));
  });

  it('sits on the bottom edge, across the width, at most 320 px tall at 360 × 640', async () => {
    const phone = { width: 360, height: 640 };
    const p = await getCardPosition({
      anchorRect: mark(40, 500),
      cardSize: { width: 360, height: 700 },
      viewport: phone,
      sheet: true,
    });
    expect(p).toMatchObject({ placement: 'sheet', x: 0, maxHeight: 320, anchorHidden: false });
    expect(p.y + p.maxHeight).toBe(phone.height);
    expect(sheetMaxHeight(640)).toBeLessThanOrEqual(SHEET_MAX_HEIGHT_PX);
  });

  it('is no taller than half a short viewport, and as short as its content', async () => {
    expect(sheetMaxHeight(500)).toBe(250);
    const p = await getCardPosition({
      anchorRect: mark(40, 100),
      cardSize: { width: 390, height: 180.2 },
      viewport: { width: 390, height: 844 },
      sheet: true,
    });
    expect(p).toMatchObject({ maxHeight: 181, y: 844 - 181 });
  });

  it('sits at the bottom of a pinch-zoomed visual viewport', async () => {
    const visual = { x: 50, y: 900, width: 300, height: 500 };
    const p = await getCardPosition({
      anchorRect: mark(60, 1000),
      cardSize: { width: 300, height: 400 },
      viewport: visual,
      sheet: true,
    });
    expect(p).toMatchObject({ x: 50, y: 900 + 500 - 250, maxHeight: 250 });
  });

  it('still reports a mention scrolled out of view', async () => {
    const p = await getCardPosition({
      anchorRect: mark(40, -80),
      cardSize: CARD,
      viewport: { width: 360, height: 640 },
      sheet: true,
    });
    expect(p.anchorHidden).toBe(true);
  });
});

describe('getCardPosition with DOM rectangles', () => {
  it('reads a DOMRect (whose fields are getters) as well as a plain object', async () => {
    const rect = new DOMRect(200, 100, 80, 20);
    const p = await getCardPosition({ anchorRect: rect, cardSize: CARD, viewport: VIEWPORT });
    expect(p).toMatchObject({ x: 200, y: 126, placement: 'bottom-start', anchorHidden: false });
  });
});
