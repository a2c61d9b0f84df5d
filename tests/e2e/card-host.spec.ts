// The card's host wherever the page puts things (issue 12 "The card, wherever the page puts
// things"; issue 17 "A page can open the card's closed shadow root", "Switching the card off for
// itself"; issue 15 the phone sheet and the card's direction). Each fixture page is hostile in one
// way: tests/e2e/pages/host-*.html. The mention is found by its text (a Range in the page), not by
// a mark, so these tests hold whichever way mentions are shown.
import type { Page } from '@playwright/test';
import { CARD_OFFSET_PX, CARD_PADDING_PX, SHEET_MAX_HEIGHT_PX } from '@/card/position';
import { PROVE_NO_CARD_MS } from './timings';
import {
  type Box,
  clickInCard,
  evalOnCard,
  expect,
  expectCard,
  openPage,
  placedCard,
  readCard,
  readCardLayout,
  test,
  waitIdle,
  withTouchPage,
  readClipboard,
} from './fixtures';

test.beforeEach(({ extensionId }) => {
  expect(extensionId).not.toBe('');
});

/** The client box of the first occurrence of `text` inside `selector`, measured on a Range over it. */
async function textBox(page: Page, selector: string, text: string): Promise<Box> {
  const box = await page.evaluate(
    ([sel, t]) => {
      const root = document.querySelector(sel!);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(t!);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + t!.length);
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
      return null;
    },
    [selector, text],
  );
  if (!box) throw new Error(`no "${text}" in ${selector}`);
  return box;
}

const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** Rests the pointer on the mention `text` in `selector`; resolves with its box. */
async function hoverText(page: Page, selector: string, text: string): Promise<Box> {
  const box = await textBox(page, selector, text);
  const c = centre(box);
  await page.mouse.move(c.x, c.y);
  return box;
}

async function closeCard(page: Page): Promise<void> {
  await page.mouse.move(page.viewportSize()!.width - 4, page.viewportSize()!.height - 4);
  await page.keyboard.press('Escape');
  await expectCard(page, null);
}

test.describe('a page that defines custom elements', () => {
  test('gets nothing of the card: no constructor runs, no root, no text; its scripted clicks do nothing', async ({
    page,
    server,
    extContext,
  }) => {
    await openPage(page, `${server.origin}/host-define.html`);
    await hoverText(page, '#para', 'Azerbaijan');
    expect((await expectCard(page, 'open'))?.name).toBe('Azerbaijan — key facts');
    const layout = await placedCard(page);
    const probe = await page.evaluate(() => (window as unknown as { probe(): unknown }).probe());
    // The one element added is the host: a plain div, whose closed root the page cannot get.
    expect(probe).toMatchObject({ captured: [], roots: 0, openRoots: 0, texts: [] });
    expect((probe as { hosts: string[] }).hosts.filter((h) => h !== 'mark')).toEqual(['div']);

    // The page clicks the card by script, at its host and at the point where it shows.
    const opened: string[] = [];
    const onPage = (p: Page) => opened.push(p.url());
    extContext.on('page', onPage);
    try {
      const points = [
        { x: layout.x + layout.width / 2, y: layout.y + layout.height - 20 },
        { x: layout.x + layout.width - 20, y: layout.y + 20 },
      ];
      for (const p of points) {
        const at = await page.evaluate(
          ([x, y]) => (window as unknown as { attack(x: number, y: number): string | null }).attack(x!, y!),
          [p.x, p.y],
        );
        // What the page sees at the card is its host (it is on top), and nothing inside.
        expect(at).toBe('div');
      }
      await page.waitForTimeout(PROVE_NO_CARD_MS);
      expect(opened).toEqual([]);
      // Neither "Open briefing" nor the close button acted.
      expect((await readCard(page))?.name).toBe('Azerbaijan — key facts');
    } finally {
      extContext.off('page', onPage);
    }
    // The reader's own click still opens the briefing: the wait above was long enough.
    const briefing = extContext.waitForEvent('page');
    await clickInCard(page, 'Open briefing');
    await (await briefing).close();
  });
});

test.describe('the top layer', () => {
  test('a transformed, filtered body and the page’s popover CSS neither misplace nor hide the card', async ({
    page,
    server,
  }) => {
    await page.setViewportSize({ width: 800, height: 500 });
    await openPage(page, `${server.origin}/host-transform.html`);
    // Scrolled: the mention near the top of the viewport, the card below it.
    await page.evaluate(() => {
      const p = document.getElementById('para')!;
      window.scrollTo(0, p.getBoundingClientRect().top + window.scrollY - 120);
    });
    await waitIdle(page);
    const below = await hoverText(page, '#para', 'Azerbaijan');
    expect((await expectCard(page, 'open'))?.name).toBe('Azerbaijan — key facts');
    let layout = await placedCard(page);
    expect(layout.placement).toBe('bottom-start');
    expect(layout.y).toBeCloseTo(below.y + below.height + CARD_OFFSET_PX, 0);
    expect(Math.abs(layout.x - below.x)).toBeLessThanOrEqual(1);
    // The page's `html > div`, `[popover]` and `:popover-open` rules did not reach it, nor its
    // `::backdrop` rule: the host is open in the top layer, shown, with no backdrop.
    const host = await page.evaluate(() => {
      const h = document.documentElement.lastElementChild as HTMLElement;
      const s = getComputedStyle(h);
      return {
        open: h.matches(':popover-open'),
        display: s.display,
        opacity: s.opacity,
        transform: s.transform,
        backdrop: getComputedStyle(h, '::backdrop').display,
      };
    });
    expect(host).toEqual({ open: true, display: 'block', opacity: '1', transform: 'none', backdrop: 'none' });
    await closeCard(page);

    // The mention at the bottom of the viewport: the card opens above it, over the page's fixed
    // header on the highest z-index, and is what the reader sees there. The viewport is made just
    // tall enough for the card above the mention (whatever the card's height), so the card reaches
    // the top padding and covers the header.
    const top = Math.ceil(layout.height) + CARD_OFFSET_PX + CARD_PADDING_PX;
    await page.setViewportSize({ width: 800, height: top + Math.ceil(below.height) + 4 });
    const now = await textBox(page, '#para', 'Azerbaijan');
    await page.evaluate((dy) => window.scrollBy(0, dy), now.y - top);
    const above = await hoverText(page, '#para', 'Azerbaijan');
    await expectCard(page, 'open');
    layout = await placedCard(page);
    expect(layout.placement).toBe('top-start');
    expect(layout.y + layout.height).toBeCloseTo(above.y - CARD_OFFSET_PX, 0);
    expect(layout.y).toBeCloseTo(CARD_PADDING_PX, 0);
    const onTop = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!) === document.documentElement.lastElementChild,
      [layout.x + layout.width / 2, 24],
    );
    expect(onTop).toBe(true);
  });
});

test.describe('a modal dialog', () => {
  test('a mention inside the page’s open modal dialog gets a card the reader can point at and click', async ({
    page,
    server,
    extContext,
  }) => {
    await openPage(page, `${server.origin}/host-modal.html`);
    const mention = await hoverText(page, '#para', 'Azerbaijan');
    expect((await expectCard(page, 'open'))?.name).toBe('Azerbaijan — key facts');
    const layout = await placedCard(page);
    expect(layout.y).toBeCloseTo(mention.y + mention.height + CARD_OFFSET_PX, 0);
    // Outside a modal dialog everything is inert, the top layer too: the card must be inside it to
    // be hit by the pointer at all.
    const hit = await page.evaluate(
      ([x, y]) => {
        const at = document.elementFromPoint(x!, y!);
        return {
          host: at !== null && at.shadowRoot === null && at.localName === 'div',
          inDialog: document.getElementById('modal')!.contains(at),
        };
      },
      [layout.x + layout.width / 2, layout.y + 20],
    );
    expect(hit).toEqual({ host: true, inDialog: true });
    // The pointer moves from the mention into the card: it stays, and its button works.
    await page.mouse.move(layout.x + layout.width / 2, layout.y + 20);
    await page.waitForTimeout(PROVE_NO_CARD_MS);
    expect((await readCard(page))?.name).toBe('Azerbaijan — key facts');
    const briefing = extContext.waitForEvent('page');
    await clickInCard(page, 'Open briefing');
    await (await briefing).close();
  });
});

test.describe('a modal dialog, copied', () => {
  test('copying the dialog’s text after a card was shown there puts no trace of the card’s host in the clipboard', async ({
    page,
    server,
    extContext,
  }) => {
    await extContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await openPage(page, `${server.origin}/host-modal.html`);
    await hoverText(page, '#para', 'Azerbaijan');
    await expectCard(page, 'open');
    // The host is in the dialog (the top layer) for as long as the card is open.
    expect(await page.evaluate(() => document.querySelectorAll('#modal > div[popover]').length)).toBe(1);
    await page.evaluate(() => {
      const r = document.createRange();
      r.selectNodeContents(document.getElementById('modal')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    await page.keyboard.press('Control+c');
    const { html } = await readClipboard(page);
    expect(html).toContain('Officials from Azerbaijan met their counterparts yesterday.');
    expect(html).not.toMatch(/popover|<div/);
  });
});

test.describe('remount', () => {
  // rewrite() is document.open() + write: it erases every listener of the document, the card
  // controller's too, so the controller re-arms them when the document is replaced (issue 17,
  // "listeners survive document.open()"; src/page/page-listeners.ts).
  for (const attack of ['removeHost', 'replaceBody', 'rewrite'] as const) {
    test(`after the page runs ${attack}(), the next card still shows`, async ({ page, server }) => {
      await openPage(page, `${server.origin}/host-remount.html`);
      await hoverText(page, '#para', 'Azerbaijan');
      expect((await expectCard(page, 'open'))?.name).toBe('Azerbaijan — key facts');
      await closeCard(page);
      await page.evaluate((name) => (window as unknown as Record<string, () => void>)[name]!(), attack);
      await page.waitForFunction(() => document.getElementById('para') !== null);
      await waitIdle(page);
      await hoverText(page, '#para', 'Azerbaijan');
      expect((await expectCard(page, 'open'))?.name).toBe('Azerbaijan — key facts');
      const layout = await placedCard(page);
      const mention = await textBox(page, '#para', 'Azerbaijan');
      expect(layout.y).toBeCloseTo(mention.y + mention.height + CARD_OFFSET_PX, 0);
      // One host, open in the top layer.
      expect(
        await page.evaluate(() =>
          [...document.documentElement.querySelectorAll(':popover-open')].map((e) => e.localName),
        ),
      ).toEqual(['div']);
    });
  }
});

test.describe('anchor gone', () => {
  test('a card opened from focus closes when its mention is scrolled out of a chat pane', async ({
    page,
    server,
  }) => {
    await openPage(page, `${server.origin}/host-chat.html`);
    await page.focus('#start');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('link');
    expect((await expectCard(page, 'open'))?.name).toBe('Baku — key facts');
    await placedCard(page);
    // Scrolled a little: the mention is still in the pane, and the card stays with it.
    await page.evaluate(() => (document.getElementById('pane')!.scrollTop = 20));
    await page.waitForTimeout(PROVE_NO_CARD_MS);
    expect((await readCard(page))?.name).toBe('Baku — key facts');
    const mention = await textBox(page, '#link', 'Baku');
    await expect
      .poll(async () => Math.round((await readCardLayout(page))!.y))
      .toBe(Math.round(mention.y + mention.height + CARD_OFFSET_PX));
    // Scrolled out of the pane (the page itself has not moved): the card closes.
    await page.evaluate(() => (document.getElementById('pane')!.scrollTop = 400));
    await expectCard(page, null);
  });
});

test.describe('language and direction', () => {
  test('a Hebrew right-to-left page gets an English, left-to-right card', async ({ page, server }) => {
    await openPage(page, `${server.origin}/host-rtl.html`);
    await hoverText(page, '#para', 'Azerbaijan');
    expect((await expectCard(page, 'open'))?.name).toBe('Azerbaijan — key facts');
    await placedCard(page);
    const card = await evalOnCard(
      page,
      `function () {
        return {
          direction: getComputedStyle(this).direction,
          lang: this.closest('[lang]')?.getAttribute('lang') ?? null,
          dir: this.closest('[dir]')?.getAttribute('dir') ?? null,
          textAlign: getComputedStyle(this).textAlign,
        };
      }`,
    );
    expect(card).toEqual({ direction: 'ltr', lang: 'en', dir: 'ltr', textAlign: 'start' });
  });
});

test.describe('phone', () => {
  for (const viewport of [
    { width: 360, height: 640 },
    { width: 412, height: 800 },
  ]) {
    test(`on a ${viewport.width}×${viewport.height} touch screen the card is a bottom sheet across the width`, async ({
      server,
    }) => {
      await withTouchPage(
        `${server.origin}/host-define.html`,
        async (page) => {
          const box = await textBox(page, '#para', 'Azerbaijan');
          const c = centre(box);
          await page.touchscreen.tap(c.x, c.y);
          expect((await expectCard(page, 'open'))?.name).toBe('Azerbaijan — key facts');
          const layout = await placedCard(page);
          expect(layout.placement).toBe('sheet');
          expect(layout.x).toBe(0);
          expect(layout.width).toBeCloseTo(viewport.width, 0);
          expect(layout.y + layout.height).toBeCloseTo(viewport.height, 0);
          expect(layout.height).toBeLessThanOrEqual(Math.min(SHEET_MAX_HEIGHT_PX, viewport.height / 2) + 1);
        },
        viewport,
      );
    });
  }
});
