import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { ROOT } from '../../scripts/harness.mjs';
import { FACTS } from '@/data/facts';
import { CARD_PADDING_PX } from '@/card/position';
import { LIVE_REGION_DELAY_MS } from '@/utils/timings';
import { PROVE_CARD_STAYS_MS, PROVE_NO_CARD_MS } from './timings';
import {
  type CardLayout,
  clickInCard,
  evalOnCard,
  expect,
  expectCard,
  openPage,
  placedCard,
  readCard,
  readCardFocus,
  readCardLayout,
  readSyncStorage,
  resetSettings,
  test,
  waitIdle,
  withTouchPage,
} from './fixtures';

// A page opened before the extension has loaded gets no content script: every test first waits for
// the extension's service worker (the extensionId fixture).
test.beforeEach(({ extensionId }) => {
  expect(extensionId).not.toBe('');
});

/** Moves the pointer onto nothing: the top-right corner of the viewport, away from marks and card. */
async function restPointer(page: Page): Promise<void> {
  const { width } = page.viewportSize()!;
  await page.mouse.move(width - 4, 4);
}

/**
 * The centre of the first mention's text (Azerbaijan, Israel, SOCAR or Baku) inside `selector`,
 * whichever way mentions are shown: a painted range and a mark cover the same characters.
 */
async function mentionCentre(page: Page, selector: string): Promise<{ x: number; y: number }> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector)!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const m = /Azerbaijan|Israel|SOCAR|Baku/.exec((n as Text).data);
      if (!m) continue;
      const range = document.createRange();
      range.setStart(n, m.index);
      range.setEnd(n, m.index + m[0].length);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    throw new Error(`no mention in ${selector}`);
  }, selector);
}

/** The reader's mouse rests on the first mention inside `selector`. */
async function hoverMention(page: Page, selector: string): Promise<void> {
  const c = await mentionCentre(page, selector);
  await page.mouse.move(c.x, c.y);
}

/** The reader taps the first mention inside `selector`. */
async function tapMention(page: Page, selector: string): Promise<void> {
  const c = await mentionCentre(page, selector);
  await page.touchscreen.tap(c.x, c.y);
}

/** How many mentions the extension shows: painted ranges, or its marks. */
async function mentionCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = document.querySelectorAll('mark.brieflight-mark').length;
    const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
    if (registry)
      for (const [name, h] of registry)
        if (name.startsWith('brieflight-') && !name.startsWith('brieflight-ui-')) n += h.size;
    return n;
  });
}

/** What document.activeElement is, as "#id", "mark:Text" or a tag name. */
async function activeElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (!a) return 'none';
    if (a.id) return `#${a.id}`;
    if (a.localName === 'mark') return `mark:${a.textContent}`;
    return a.localName;
  });
}

/** The text of the window's selection. */
async function selectionText(page: Page): Promise<string> {
  return page.evaluate(() => document.getSelection()?.toString() ?? '');
}

/** The client rect of the window's selection. */
async function selectionBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  return page.evaluate(() => {
    const r = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
}

/**
 * The client rect of the first occurrence of `text` in `selector`'s text, whichever way mentions
 * are shown (a mark's text or the page's own text node: the range is over the same characters).
 */
async function textBox(
  page: Page,
  selector: string,
  text: string,
): Promise<{ x: number; y: number; width: number; height: number }> {
  return page.evaluate(
    ([selector, text]) => {
      const root = document.querySelector(selector!)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(text!);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + text!.length);
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
      throw new Error(`no "${text}" in ${selector}`);
    },
    [selector, text],
  );
}

/** Selects the first occurrence of `text` in `selector`'s text, as the reader would. */
async function selectText(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate(
    ([selector, text]) => {
      const root = document.querySelector(selector!)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(text!);
        if (at >= 0) {
          document.getSelection()!.setBaseAndExtent(n, at, n, at + text!.length);
          return;
        }
      }
      throw new Error(`no "${text}" in ${selector}`);
    },
    [selector, text],
  );
}

/**
 * Sends the focus-next message to every tab, as the manifest command does through the background
 * (tabs without our content script refuse it). Returns the content scripts' replies.
 */
async function focusNext(extContext: BrowserContext, extensionId: string): Promise<unknown[]> {
  const sw =
    extContext.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)) ??
    (await extContext.waitForEvent('serviceworker'));
  return sw.evaluate(async () => {
    interface Tabs {
      query(q: object): Promise<{ id?: number }[]>;
      sendMessage(id: number, m: object): Promise<unknown>;
    }
    const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
    const replies: unknown[] = [];
    for (const tab of await tabs.query({})) {
      if (tab.id === undefined) continue;
      try {
        replies.push(await tabs.sendMessage(tab.id, { type: 'focus-next' }));
      } catch {
        // No content script in this tab (about:blank, an extension page).
      }
    }
    return replies;
  });
}

function insideViewport(l: CardLayout): boolean {
  const slack = 1; // sub-pixel rounding under zoom
  return (
    l.x >= CARD_PADDING_PX - slack &&
    l.y >= CARD_PADDING_PX - slack &&
    l.x + l.width <= l.viewport.width - CARD_PADDING_PX + slack &&
    l.y + l.height <= l.viewport.height - CARD_PADDING_PX + slack
  );
}

test.describe('hover intent', () => {
  test('hover shows the card; a pointer passing over a mark shows nothing', async ({ page, server }) => {
    await openPage(page, `${server.origin}/card-hover.html`);
    // Pass through: onto the mention and off again at once.
    const c = await mentionCentre(page, '#israel-host');
    await page.mouse.move(c.x, c.y);
    await restPointer(page);
    await page.waitForTimeout(PROVE_NO_CARD_MS);
    expect(await readCard(page)).toBeNull();
    // Rest on it: the card opens.
    await page.mouse.move(c.x, c.y);
    const card = await expectCard(page, 'open');
    expect(card?.role).toBe('dialog');
    expect(card?.name).toBe('Israel — key facts');
  });

  test('the card stays while the pointer is on it, hides after it leaves both, and Escape closes it', async ({
    page,
    server,
  }) => {
    await openPage(page, `${server.origin}/card-hover.html`);
    await hoverMention(page, '#energy');
    await expectCard(page, 'open');
    const layout = await placedCard(page);
    // Straight from the mark into the card.
    await page.mouse.move(layout.x + layout.width / 2, layout.y + Math.min(40, layout.height / 2));
    await page.waitForTimeout(PROVE_CARD_STAYS_MS);
    expect((await readCard(page))?.name).toBe('SOCAR — key facts');
    // Off both: it goes.
    await restPointer(page);
    await expectCard(page, null);
    // Escape closes a hovered card at once.
    await hoverMention(page, '#energy');
    await expectCard(page, 'open');
    await page.keyboard.press('Escape');
    await expectCard(page, null);
  });

  test('a new hover replaces the card in place: the same element, never closed in between', async ({
    page,
    server,
  }) => {
    await openPage(page, `${server.origin}/card-hover.html`);
    await hoverMention(page, '#israel-host');
    await expectCard(page, 'open');
    await placedCard(page);
    // Tag the card element; a replacement that re-created it (a close, then an open) loses the tag.
    await evalOnCard(page, 'function () { this.dataset.testTag = "first"; return true; }');
    await hoverMention(page, '#energy');
    await expect.poll(async () => (await readCard(page))?.name).toBe('SOCAR — key facts');
    expect(await evalOnCard(page, 'function () { return this.dataset.testTag ?? null; }')).toBe('first');
  });

  test('the card shows facts for the paragraph and opens the briefing at its section', async ({
    page,
    server,
    extContext,
  }) => {
    await openPage(page, `${server.origin}/card-hover.html`);
    await hoverMention(page, '#israel-host');
    await expectCard(page, 'open');
    await placedCard(page);
    const shown = await evalOnCard<string[]>(
      page,
      'function () { return [...this.querySelectorAll("[data-fact]")].map((li) => li.dataset.fact); }',
    );
    // Two or three facts before "More facts" (src/card/Card.tsx visibleFactCount).
    expect(shown!.length).toBeGreaterThanOrEqual(2);
    expect(shown!.length).toBeLessThanOrEqual(3);
    const first = FACTS.find((f) => f.id === shown![0]);
    expect(first?.topics).toContain('defence');
    const opened = extContext.waitForEvent('page');
    await clickInCard(page, 'Open briefing');
    const briefing = await opened;
    await expect.poll(() => briefing.url()).toMatch(/\/briefing\.html#defence$/);
    await briefing.close();
  });

  test('showing the card shifts nothing on the page; its host is a fixed popover in the top layer, last in <html>', async ({
    page,
    server,
  }) => {
    await openPage(page, `${server.origin}/card-hover.html`);
    const measure = () =>
      page.evaluate(() => ({
        scrollHeight: document.documentElement.scrollHeight,
        scrollWidth: document.documentElement.scrollWidth,
        rects: ['#start', '#defence', '#energy', '#links', '#far'].map((s) => {
          const r = document.querySelector(s)!.getBoundingClientRect();
          return [r.x, r.y, r.width, r.height];
        }),
      }));
    const before = await measure();
    await hoverMention(page, '#links');
    await expectCard(page, 'open');
    await placedCard(page);
    expect(await measure()).toEqual(before);
    const host = await page.evaluate(() => {
      const h = document.documentElement.lastElementChild as HTMLElement;
      const s = getComputedStyle(h);
      return {
        tag: h.localName,
        position: s.position,
        zIndex: s.zIndex,
        width: s.width,
        height: s.height,
        popover: h.matches(':popover-open'),
        // The root is closed: the page sees no shadowRoot.
        shadowRoot: h.shadowRoot,
      };
    });
    expect(host).toEqual({
      tag: 'div',
      position: 'fixed',
      zIndex: '2147483647',
      width: '0px',
      height: '0px',
      popover: true,
      shadowRoot: null,
    });
  });
});

test.describe('controls in the card (issue 15)', () => {
  test('"Settings" opens the options page; "Turn off on this site" closes the card and the page shows no mentions at once', async ({
    page,
    server,
    extContext,
  }) => {
    try {
      await openPage(page, `${server.origin}/card-hover.html`);
      expect(await mentionCount(page)).toBeGreaterThan(0);
      await hoverMention(page, '#israel-host');
      await expectCard(page, 'open');
      await placedCard(page);
      const opened = extContext.waitForEvent('page');
      await clickInCard(page, 'Settings');
      const options = await opened;
      await expect.poll(() => options.url()).toMatch(/\/options\.html/);
      await options.close();
      await page.bringToFront();
      await hoverMention(page, '#israel-host');
      await expectCard(page, 'open');
      await placedCard(page);
      await clickInCard(page, 'Turn off on this site');
      await expectCard(page, null);
      await expect.poll(() => mentionCount(page)).toBe(0);
      expect((await readSyncStorage(extContext)).disabledSites).toEqual([new URL(server.origin).hostname]);
    } finally {
      await resetSettings(extContext);
    }
  });
});

test.describe('keyboard', () => {
  test('focus on a link holding a mark opens its card; Tab goes in, Shift+Tab back, Tab on past it; Escape returns focus', async ({
    page,
    server,
  }) => {
    await openPage(page, `${server.origin}/card-hover.html`);
    await page.focus('#start');
    // The first link holds a mark ("Baku").
    await page.keyboard.press('Tab');
    expect(await activeElement(page)).toBe('#link-baku');
    expect((await expectCard(page, 'open'))?.name).toBe('Baku — key facts');
    await placedCard(page);

    // Tab moves into the card (its close button comes first: a card opened from the keyboard is
    // pinned already and has no pin).
    // Each crossing between the page and the card's frame is a message between two documents:
    // the test waits for focus to land before the next key (docs/adr/0015-card-host.md).
    await page.keyboard.press('Tab');
    await expect.poll(() => readCardFocus(page)).toBe('Close');
    // Focus inside a closed root shows the page only the host (a plain div).
    expect(await activeElement(page)).toBe('div');
    // The focus ring is visible.
    expect(
      await evalOnCard(
        page,
        'function () { const a = this.getRootNode().activeElement; return getComputedStyle(a).outlineStyle; }',
      ),
    ).toBe('solid');

    // Shift+Tab from the first item goes back to the link; the card stays.
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => activeElement(page)).toBe('#link-baku');
    expect(await readCard(page)).not.toBeNull();

    // Tab through every item; Tab on the last goes on to what follows the link, and the card closes.
    const items = (await evalOnCard<number>(
      page,
      'function () { return this.querySelectorAll("a[href], button, .bl-badge").length; }',
    ))!;
    expect(items).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Tab');
    await expect.poll(() => readCardFocus(page)).toBe('Close');
    for (let i = 1; i < items; i++) await page.keyboard.press('Tab');
    // "Open briefing" ends the card, after its controls ("Turn off on this site", "Settings").
    expect(await readCardFocus(page)).toBe('Open briefing');
    await page.keyboard.press('Tab');
    await expect.poll(() => activeElement(page)).toBe('#after');
    await expectCard(page, null);

    // Back to the link, into the card, and Escape: the card closes and focus returns to the link.
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => activeElement(page)).toBe('#link-baku');
    await expectCard(page, 'open');
    await page.keyboard.press('Tab');
    await expect.poll(() => readCardFocus(page)).toBe('Close');
    await page.keyboard.press('Escape');
    await expectCard(page, null);
    await expect.poll(() => activeElement(page)).toBe('#link-baku');
  });

  test('a card opened from the keyboard is announced by a polite live region in its closed root; a hovered one is not (issue 15)', async ({
    page,
    server,
  }) => {
    await openPage(page, `${server.origin}/card-hover.html`);
    const live = () =>
      evalOnCard<{ role: string | null; text: string } | null>(
        page,
        'function () { const r = this.getRootNode().querySelector(".bl-live"); return r && { role: r.getAttribute("role"), text: r.textContent }; }',
      );
    await hoverMention(page, '#israel-host');
    await expectCard(page, 'open');
    // Present, and silent, for a hovered card (its text is what a screen reader would repeat).
    await page.waitForTimeout(LIVE_REGION_DELAY_MS * 3);
    expect(await live()).toEqual({ role: 'status', text: '' });
    await page.keyboard.press('Escape');
    await expectCard(page, null);
    await page.mouse.move(1, 1);
    await page.focus('#start');
    await page.keyboard.press('Tab');
    expect((await expectCard(page, 'open'))?.name).toBe('Baku — key facts');
    await expect
      .poll(() => live())
      .toEqual({ role: 'status', text: 'Card: Baku — key facts. Press Tab to read it, Escape to close' });
    // The page sees nothing of it: not in its DOM, not in its text.
    expect(
      await page.evaluate(() => document.documentElement.innerText.includes('Press Tab to read it')),
    ).toBe(false);
  });

  test('the focus-next command selects each mention in turn, scrolled into view, its card open with focus inside; Escape puts focus and selection back', async ({
    page,
    server,
    extContext,
    extensionId,
  }) => {
    await openPage(page, `${server.origin}/card-hover.html`);
    await page.bringToFront();
    await page.focus('#start');
    // The reader had selected something before: Escape puts it back.
    await selectText(page, '#quiet', 'quiet line');
    const order = ['Israel', 'SOCAR', 'Baku', 'Azerbaijan'];

    expect(await focusNext(extContext, extensionId)).toContain(true);
    expect((await expectCard(page, 'open'))?.name).toBe('Israel — key facts');
    expect(await selectionText(page)).toBe(order[0]);
    // Focus is inside the card (its closed root: the page sees only the host).
    await expect.poll(() => readCardFocus(page)).toBe('Close');

    expect(await focusNext(extContext, extensionId)).toContain(true);
    await expect.poll(async () => (await readCard(page))?.name).toBe('SOCAR — key facts');
    expect(await selectionText(page)).toBe(order[1]);

    // On to the last mention, far down the page: it is scrolled into view.
    for (let i = 2; i < order.length; i++) await focusNext(extContext, extensionId);
    await expect.poll(async () => (await readCard(page))?.name).toBe('Azerbaijan — key facts');
    expect(await selectionText(page)).toBe(order[order.length - 1]);
    const far = await textBox(page, '#far', 'Azerbaijan');
    expect(far.y >= 0 && far.y + far.height <= page.viewportSize()!.height).toBe(true);
    expect(insideViewport(await placedCard(page))).toBe(true);
    // The page's Tab order is unchanged: nothing was given a tabindex.
    expect(await page.locator('[tabindex]').count()).toBe(0);

    // Escape closes it and puts focus and the selection back where they were before the first command.
    await page.keyboard.press('Escape');
    await expectCard(page, null);
    expect(await activeElement(page)).toBe('#start');
    expect(await selectionText(page)).toBe('quiet line');
  });
});

test.describe('touch', () => {
  test('a tap opens the card without following the link; a second tap follows it; a tap outside closes', async ({
    server,
  }) => {
    await withTouchPage(`${server.origin}/card-links.html`, async (page) => {
      await tapMention(page, '#link-baku');
      expect((await expectCard(page, 'open'))?.name).toBe('Baku — key facts');
      expect(new URL(page.url()).hash).toBe('');

      // The card is open: the second tap on the mark follows the link.
      await tapMention(page, '#link-baku');
      await expect.poll(() => new URL(page.url()).hash).toBe('#baku-news');

      // A tap outside: on a phone the card is a bottom sheet (tests/e2e/card-host.spec.ts), so
      // on the page's top margin, above anything the sheet can cover.
      const { width } = page.viewportSize()!;
      await page.touchscreen.tap(width / 2, 3);
      await expectCard(page, null);
    });
  });
});

test.describe('positioning', () => {
  const EDGES = ['top', 'bottom', 'left', 'right', 'top-left', 'top-right', 'bottom-left', 'bottom-right'];

  for (const viewport of [
    { width: 1000, height: 700 },
    { width: 360, height: 360 },
  ]) {
    test(`the card stays inside a ${viewport.width}×${viewport.height} viewport for marks at every edge`, async ({
      page,
      server,
    }) => {
      await page.setViewportSize(viewport);
      await openPage(page, `${server.origin}/card-edges.html`);
      for (const edge of EDGES) {
        await hoverMention(page, `#${edge}`);
        const layout = await placedCard(page);
        expect({ edge, layout, inside: insideViewport(layout) }).toMatchObject({ edge, inside: true });
        expect(layout.width).toBeLessThanOrEqual(Math.min(360, viewport.width - 2 * CARD_PADDING_PX) + 1);
        await page.keyboard.press('Escape');
        await expectCard(page, null);
      }
    });
  }

  test('under page zoom the card stays inside the viewport at the edges', async ({ page, server }) => {
    await page.setViewportSize({ width: 900, height: 600 });
    await openPage(page, `${server.origin}/card-edges.html`);
    await page.evaluate(() => {
      document.documentElement.style.zoom = '1.5';
    });
    for (const edge of ['bottom-right', 'top-left', 'right', 'bottom']) {
      await hoverMention(page, `#${edge}`);
      const layout = await placedCard(page);
      expect({ edge, layout, inside: insideViewport(layout) }).toMatchObject({ edge, inside: true });
      await page.keyboard.press('Escape');
      await expectCard(page, null);
    }
  });

  test('the card follows its mark when the page scrolls', async ({
    page,
    server,
    extContext,
    extensionId,
  }) => {
    await openPage(page, `${server.origin}/card-scroll.html`);
    await page.bringToFront();
    // Opened by the command, so no pointer movement can close it while the page scrolls.
    expect(await focusNext(extContext, extensionId)).toContain(true);
    await expectCard(page, 'open');
    const before = await placedCard(page);
    const markBefore = (await textBox(page, '#para', 'Azerbaijan')).y;
    await page.evaluate(() => window.scrollBy(0, 80));
    const markAfter = (await textBox(page, '#para', 'Azerbaijan')).y;
    expect(markAfter).toBeCloseTo(markBefore - 80, 0);
    await expect
      .poll(async () => Math.round((await readCardLayout(page))!.y))
      .toBe(Math.round(before.y - 80));
  });
});

test.describe('isolation and looks', () => {
  test('a page with a strict CSP gets a styled card, and no CSP error', async ({ page, server }) => {
    const response = await page.goto(`${server.origin}/card-csp.html?csp=strict`);
    expect(response?.headers()['content-security-policy']).toContain("style-src 'none'");
    await waitIdle(page);
    await hoverMention(page, '#para');
    const card = await expectCard(page, 'open');
    expect(card?.name).toBe('Azerbaijan — key facts');
    expect(card?.style).toMatchObject({
      position: 'fixed',
      'background-color': 'rgb(255, 255, 255)',
      'border-top-left-radius': '8px',
      'font-size': '13px',
      'box-sizing': 'border-box',
    });
    // No <style> element in the shadow root: the styles are one adopted sheet.
    expect(
      await evalOnCard(
        page,
        'function () { const r = this.getRootNode(); return [r.querySelectorAll("style").length, r.adoptedStyleSheets.length]; }',
      ),
    ).toEqual([0, 1]);
    // The host's reset applies too (page styles stay out).
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement.lastElementChild!).zIndex),
    ).toBe('2147483647');
  });

  test('dark mode follows prefers-color-scheme, and reduced motion turns the fade off', async ({
    page,
    server,
  }) => {
    await openPage(page, `${server.origin}/card-hover.html`);
    await hoverMention(page, '#energy');
    const light = await expectCard(page, 'open');
    expect(light?.style['background-color']).toBe('rgb(255, 255, 255)');
    expect(light?.style['transition-duration']).toBe('0.12s');
    await page.keyboard.press('Escape');
    await expectCard(page, null);

    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await restPointer(page);
    await hoverMention(page, '#energy');
    const dark = await expectCard(page, 'open');
    expect(dark?.style['background-color']).toBe('rgb(30, 31, 34)');
    expect(dark?.style['color']).toBe('rgb(240, 240, 240)');
    expect(dark?.style['transition-duration']).toBe('0s');
  });

  test('forged marks open nothing, by pointer, keyboard or command, and throw nothing', async ({
    page,
    server,
    extContext,
    extensionId,
  }) => {
    await openPage(page, `${server.origin}/card-forged.html`);
    await page.bringToFront();
    for (const id of ['f-proto', 'f-constructor', 'f-tostring', 'f-real-id']) {
      await page.locator(`#${id}`).hover();
      await page.waitForTimeout(PROVE_NO_CARD_MS);
      expect({ id, card: await readCard(page) }).toEqual({ id, card: null });
    }
    // Keyboard focus on a link holding a forged mark.
    await page.keyboard.press('Tab');
    expect(await activeElement(page)).toBe('#forged-link');
    expect(await readCard(page)).toBeNull();
    // The command skips forged marks and goes to the one the extension made.
    expect(await focusNext(extContext, extensionId)).toContain(true);
    expect((await expectCard(page, 'open'))?.name).toBe('Israel — key facts');
    expect(await selectionText(page)).toBe('Israel');
    expect(await textBox(page, '#real', 'Israel')).toEqual(await selectionBox(page));
    await page.keyboard.press('Escape');
    await expectCard(page, null);
    // And the real mark opens on hover, so the waits above were long enough.
    await hoverMention(page, '#real');
    expect((await expectCard(page, 'open'))?.name).toBe('Israel — key facts');
  });

  test('axe-core finds nothing serious or critical in any card state, light or dark', async ({
    page,
    server,
  }) => {
    const { build } = await import('vite');
    const { default: preact } = await import('@preact/preset-vite');
    const built = await build({
      configFile: false,
      logLevel: 'silent',
      root: ROOT,
      plugins: [preact()],
      resolve: {
        alias: [
          { find: '@@', replacement: ROOT },
          { find: '@', replacement: join(ROOT, 'src') },
        ],
      },
      build: {
        write: false,
        minify: false,
        lib: {
          entry: join(ROOT, 'tests', 'e2e', 'card-axe-entry.tsx'),
          formats: ['iife'],
          name: 'CardStates',
          fileName: 'card-states',
        },
      },
    });
    const outputs = Array.isArray(built) ? built : [built];
    let code = '';
    for (const o of outputs)
      if ('output' in o) for (const chunk of o.output) if (chunk.type === 'chunk') code = chunk.code;
    expect(code).not.toBe('');

    await openPage(page, `${server.origin}/card-axe.html`);
    await page.addScriptTag({ content: code });
    const states = Number(await page.evaluate(() => document.documentElement.dataset.cardStates));
    expect(states).toBeGreaterThanOrEqual(5);
    await page.addScriptTag({ path: join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });

    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      // The fade-in has finished on every card.
      await page.waitForFunction(() =>
        [...document.querySelectorAll('brieflight-card-state')].every(
          (h) => getComputedStyle(h.shadowRoot!.querySelector('.bl-card')!).opacity === '1',
        ),
      );
      const result = await page.evaluate(async () => {
        interface AxeNode {
          target: unknown[];
        }
        interface AxeRule {
          id: string;
          impact: string | null;
          nodes: AxeNode[];
        }
        const axe = (
          window as unknown as {
            axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeRule[]; passes: AxeRule[] }> };
          }
        ).axe;
        const r = await axe.run(document, { resultTypes: ['violations', 'passes'] });
        const summary = (rules: AxeRule[]) =>
          rules.map((v) => ({
            id: v.id,
            impact: v.impact,
            nodes: v.nodes.map((n) => JSON.stringify(n.target)),
          }));
        return { violations: summary(r.violations), passes: summary(r.passes) };
      });
      const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect({ colorScheme, serious }).toEqual({ colorScheme, serious: [] });
      // axe did look inside the cards: contrast and dialog names were checked there.
      const inCards = (id: string) =>
        result.passes.find((p) => p.id === id)?.nodes.filter((n) => n.includes('brieflight-card-state'))
          .length ?? 0;
      expect(inCards('color-contrast')).toBeGreaterThan(states);
      expect(inCards('aria-dialog-name')).toBe(states);
    }
  });
});

test.describe('card module loaded on the first show', () => {
  interface Parsed {
    url: string;
    context: number;
  }
  interface Context {
    name: string;
    origin: string;
    type: string | undefined;
  }

  /**
   * Every script the page's renderer parses, in any world, and the world it ran in (DevTools
   * protocol: Debugger.scriptParsed, Runtime.executionContextCreated). Scripts parsed before the
   * session began are reported too.
   */
  async function watchScripts(page: Page) {
    const cdp = await page.context().newCDPSession(page);
    const contexts = new Map<number, Context>();
    const scripts: Parsed[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { type?: string } | undefined;
      contexts.set(context.id, { name: context.name, origin: context.origin, type: aux?.type });
    });
    cdp.on('Debugger.scriptParsed', (e) => scripts.push({ url: e.url, context: e.executionContextId }));
    await cdp.send('Runtime.enable');
    await cdp.send('Debugger.enable');
    const named = (suffix: string) => scripts.filter((s) => s.url.endsWith(suffix));
    return {
      cardModule: () => named('/card-ui.js'),
      contentScript: () => named('/content-scripts/content.js'),
      contextOf: (id: number) => contexts.get(id),
    };
  }

  test('a page with marks that nobody hovers never loads the card module', async ({ page, server }) => {
    await openPage(page, `${server.origin}/card-hover.html`);
    const scripts = await watchScripts(page);
    await expect.poll(() => scripts.contentScript().length).toBeGreaterThan(0);
    expect(await mentionCount(page)).toBeGreaterThan(0);
    await page.waitForTimeout(PROVE_NO_CARD_MS);
    expect(scripts.cardModule()).toEqual([]);
    expect(await readCard(page)).toBeNull();
  });

  test('the first hover loads it once, in the content script’s isolated world, and the card opens', async ({
    page,
    server,
  }) => {
    await openPage(page, `${server.origin}/card-hover.html`);
    const scripts = await watchScripts(page);
    await hoverMention(page, '#israel-host');
    expect((await expectCard(page, 'open'))?.name).toBe('Israel — key facts');
    await hoverMention(page, '#socar-host');
    await expect.poll(async () => (await readCard(page))?.name).toBe('SOCAR — key facts');
    const [module, ...again] = scripts.cardModule();
    expect(again).toEqual([]);
    // The same world as the content script, and not the page's: the page can neither call nor read it.
    const [content] = scripts.contentScript();
    expect(module!.context).toBe(content!.context);
    expect(scripts.contextOf(module!.context)?.type).toBe('isolated');
    expect(await page.evaluate(() => '__brieflightCardUi' in window)).toBe(false);
  });
});

test.describe('only the reader’s input counts', () => {
  test('pointer, mouse, touch, focus and key events a page dispatches open and close nothing', async ({
    page,
    server,
  }) => {
    await openPage(page, `${server.origin}/card-hover.html`);
    const israel = await textBox(page, '#israel-host', 'Israel');
    const baku = await textBox(page, '#link-baku', 'Baku');
    // The page plays the reader: at the mention's own coordinates, every kind of event.
    await page.evaluate(
      ([israel, baku]) => {
        const fire = (box: typeof israel, pointerType: string, types: string[]) => {
          const x = box!.x + box!.width / 2;
          const y = box!.y + box!.height / 2;
          const target = document.elementFromPoint(x, y)!;
          const init = {
            bubbles: true,
            composed: true,
            cancelable: true,
            clientX: x,
            clientY: y,
            pointerType,
          };
          for (const type of types) {
            const e = type.startsWith('pointer') ? new PointerEvent(type, init) : new MouseEvent(type, init);
            target.dispatchEvent(e);
          }
        };
        fire(israel, 'mouse', ['pointerover', 'pointerenter', 'mouseover', 'pointermove', 'mousemove']);
        // A synthetic tap on the mention in a link: its click is the page's own, and follows the link.
        fire(baku, 'touch', ['pointerdown', 'pointerup', 'click']);
        const link = document.getElementById('link-baku')!;
        link.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
        link.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true, cancelable: true }),
        );
      },
      [israel, baku],
    );
    await page.waitForTimeout(PROVE_NO_CARD_MS);
    expect(await readCard(page)).toBeNull();
    expect(new URL(page.url()).hash).toBe('#baku-news');

    // The reader's own hover on the same mention opens it, so the wait was long enough.
    await page.mouse.move(israel.x + israel.width / 2, israel.y + israel.height / 2);
    expect((await expectCard(page, 'open'))?.name).toBe('Israel — key facts');
    // A page's Escape, or its pointerdown elsewhere, does not close it.
    await page.evaluate(() => {
      document.body.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
      );
      document
        .getElementById('quiet')!
        .dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    });
    await page.waitForTimeout(PROVE_CARD_STAYS_MS);
    expect((await readCard(page))?.name).toBe('Israel — key facts');
    await page.keyboard.press('Escape');
    await expectCard(page, null);
  });
});

test.describe('only the extension’s own mentions', () => {
  test('a highlight the page registers under the extension’s names opens nothing', async ({
    page,
    server,
  }) => {
    await openPage(page, `${server.origin}/card-page-highlights.html`);
    // Added to our own highlight too, if the page finds it: still no mention of ours.
    await page.waitForFunction(() =>
      (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('brieflight-israel'),
    );
    for (const word of ['Armenia', 'Georgia', 'neighbours']) {
      const box = await textBox(page, '#forged', word);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForTimeout(PROVE_NO_CARD_MS);
      expect({ word, card: await readCard(page) }).toEqual({ word, card: null });
    }
    // The extension's own mention on the same page opens, so the waits were long enough.
    await hoverMention(page, '#real');
    expect((await expectCard(page, 'open'))?.name).toBe('Azerbaijan — key facts');
  });
});
