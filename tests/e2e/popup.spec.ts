import type { BrowserContext, Page } from '@playwright/test';
import {
  collectErrors,
  countMentions as countMarks,
  expect,
  expectCard,
  openPage,
  readBadge,
  readMentions as readMarks,
  resetSettings,
  seriousAxeViolations,
  tabIdOf,
  test,
} from './fixtures';

// Settings live in the worker's browser profile: every test starts, and leaves, them at defaults.
test.beforeEach(async ({ extContext }) => resetSettings(extContext));
test.afterEach(async ({ extContext }) => resetSettings(extContext));

/** Opens `popup.html?tab=ID` for the tab of `page`, in a tab of its own. */
async function openPopup(
  context: BrowserContext,
  extensionId: string,
  tabId: number,
  errors: string[],
): Promise<Page> {
  const popup = collectErrors(await context.newPage(), errors);
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** The popup's "On this page" list, as { entity: count }. */
async function popupCounts(popup: Page): Promise<Record<string, number>> {
  const items = popup.getByRole('region', { name: 'On this page' }).locator('button[data-entity]');
  const out: Record<string, number> = {};
  for (const item of await items.all()) {
    const entity = (await item.getAttribute('data-entity'))!;
    out[entity] = Number((await item.locator('.bl-mentions__count').innerText()).match(/\d+/)![0]);
  }
  return out;
}

test('the popup lists the mentions on its tab, with counts that match the marks', async ({
  page,
  server,
  extContext,
  extensionId,
  errors,
}) => {
  await openPage(page, `${server.origin}/settings-article.html`);
  const marks = await countMarks(page);
  expect(marks).toEqual({ azerbaijan: 2, israel: 3, socar: 2, baku: 3 });
  const tabId = await tabIdOf(page);
  const popup = await openPopup(extContext, extensionId, tabId, errors);
  await expect(popup.getByRole('switch', { name: 'On 127.0.0.1' })).toBeChecked();
  await expect.poll(() => popupCounts(popup)).toEqual(marks);
  // The next-mention shortcut, as the browser assigned it, beside the list.
  await expect(popup.getByRole('region', { name: 'On this page' }).locator('kbd')).toHaveText('Alt+Shift+M');
  // The badge counts the same marks.
  await expect.poll(() => readBadge(extContext, tabId)).toBe('10');
  await popup.close();
});

test('choosing an entity scrolls the tab to its next mention and opens its card', async ({
  page,
  server,
  extContext,
  extensionId,
  errors,
}) => {
  await openPage(page, `${server.origin}/settings-article.html`);
  const tabId = await tabIdOf(page);
  const popup = await openPopup(extContext, extensionId, tabId, errors);
  const baku = popup.getByRole('button', { name: /^Baku 3 mentions/ });
  await baku.click();
  // The mention is selected (issue 12: no focusable mark; focus goes into its card).
  const selected = () =>
    page.evaluate(() => {
      const s = document.getSelection();
      if (!s || s.rangeCount === 0) return null;
      const node = s.getRangeAt(0).commonAncestorContainer;
      const el = node instanceof Element ? node : node.parentElement;
      return `${s.toString()} in ${el?.closest('p')?.id}`;
    });
  await expect.poll(selected).toBe('Baku in p1');
  // From the keyboard: the next one is further down the page.
  await baku.focus();
  await popup.keyboard.press('Enter');
  await expect.poll(selected).toBe('Baku in p3');
  expect(
    await page.evaluate(() => document.querySelector('#p3')!.getBoundingClientRect().top < innerHeight),
  ).toBe(true);
  await page.bringToFront();
  const card = await expectCard(page, 'open');
  expect(card?.name).toBe('Baku — key facts');
  await popup.close();
});

test('turning the site off removes every mark and clears the badge; on again restores both', async ({
  page,
  server,
  extContext,
  extensionId,
  errors,
}) => {
  await openPage(page, `${server.origin}/settings-article.html`);
  const before = await readMarks(page);
  const text = await page.evaluate(() => document.body.innerHTML);
  const tabId = await tabIdOf(page);
  await expect.poll(() => readBadge(extContext, tabId)).toBe('10');
  const popup = await openPopup(extContext, extensionId, tabId, errors);
  const site = popup.getByRole('switch', { name: 'On 127.0.0.1' });
  await expect(site).toBeEnabled();

  await site.click();
  await expect.poll(() => readMarks(page)).toEqual([]);
  await expect.poll(() => readBadge(extContext, tabId)).toBe('');
  await expect(site).not.toBeChecked();
  await expect(popup.getByRole('region', { name: 'On this page' })).toContainText(
    'Brieflight is off on 127.0.0.1.',
  );
  // The page's DOM is as it was (painting never changed it), and nothing is painted.
  expect(
    await page.evaluate(() => [...CSS.highlights.keys()].filter((n) => !n.startsWith('brieflight-ui-'))),
  ).toEqual([]);
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(text);

  await site.click();
  await expect.poll(() => readMarks(page)).toEqual(before);
  await expect.poll(() => readBadge(extContext, tabId)).toBe('10');
  await expect.poll(() => popupCounts(popup)).toEqual({ azerbaijan: 2, israel: 3, socar: 2, baku: 3 });

  // The global switch does the same for every site.
  const all = popup.getByRole('switch', { name: 'On all sites' });
  await all.click();
  await expect.poll(() => readMarks(page)).toEqual([]);
  await expect.poll(() => readBadge(extContext, tabId)).toBe('');
  await expect(popup.getByRole('region', { name: 'On this page' })).toContainText(
    'Brieflight is off on all sites.',
  );
  // The site switch agrees: off, disabled, with the reason.
  await expect(site).not.toBeChecked();
  await expect(site).toBeDisabled();
  await all.click();
  await expect(site).toBeChecked();
  await expect.poll(() => readMarks(page)).toEqual(before);
  await expect.poll(() => readBadge(extContext, tabId)).toBe('10');
  await popup.close();
});

test('the badge sums the marks of every frame, and a navigation clears it', async ({
  page,
  server,
  extContext,
}) => {
  await openPage(page, `${server.origin}/settings-frames.html`);
  const perFrame = async () => {
    let sum = 0;
    for (const frame of page.frames()) sum += (await readMarks(frame)).length;
    return sum;
  };
  // Each frame's content script paints its own document.
  await expect.poll(perFrame).toBeGreaterThanOrEqual(5);
  const total = await perFrame();
  const tabId = await tabIdOf(page);
  await expect.poll(() => readBadge(extContext, tabId)).toBe(String(total));
  await openPage(page, `${server.origin}/plain.html`);
  await expect.poll(() => readBadge(extContext, tabId)).toBe('');
  await openPage(page, `${server.origin}/settings-article.html`);
  await expect.poll(() => readBadge(extContext, tabId)).toBe('10');
});

test('the popup works from the keyboard alone', async ({ page, server, extContext, extensionId, errors }) => {
  await openPage(page, `${server.origin}/settings-article.html`);
  const tabId = await tabIdOf(page);
  const popup = await openPopup(extContext, extensionId, tabId, errors);
  await expect.poll(() => popupCounts(popup)).toEqual({ azerbaijan: 2, israel: 3, socar: 2, baku: 3 });
  const focusedName = () =>
    popup.evaluate(
      () => document.activeElement?.getAttribute('role') ?? document.activeElement?.textContent ?? '',
    );

  // Tab reaches the options gear at the top, then the site switch; Space turns the site off.
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('link', { name: 'Options' })).toBeFocused();
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('switch', { name: 'On 127.0.0.1' })).toBeFocused();
  await popup.keyboard.press('Space');
  await expect.poll(() => readMarks(page)).toEqual([]);
  await popup.keyboard.press('Space');
  await expect.poll(async () => (await readMarks(page)).length).toBe(10);
  // The list follows the page's reports, which come at most one per MENTION_REPORT_INTERVAL_MS.
  await expect.poll(() => popupCounts(popup)).toEqual({ azerbaijan: 2, israel: 3, socar: 2, baku: 3 });

  // Then the mentions, then "Open briefing".
  await popup.keyboard.press('Tab');
  expect(await focusedName()).toBe('Azerbaijan 2 mentions');
  for (let i = 0; i < 4; i++) await popup.keyboard.press('Tab');
  await expect(popup.getByRole('link', { name: 'Open briefing' })).toBeFocused();

  // A section's button opens it.
  const energy = popup.getByRole('button', { name: 'Energy and economic ties' });
  await energy.focus();
  await popup.keyboard.press('Enter');
  await expect(energy).toHaveAttribute('aria-expanded', 'true');
  await expect(popup.locator('#energy-body')).toBeVisible();
  // Enter on a section's heading folds it again.
  await popup.keyboard.press('Enter');
  await expect(energy).toHaveAttribute('aria-expanded', 'false');
  await expect(popup.locator('#energy-body')).toBeHidden();
  await popup.close();
});

test('the popup fits 400 × 600 and has no serious accessibility violations', async ({
  page,
  server,
  extContext,
  extensionId,
  errors,
}) => {
  await openPage(page, `${server.origin}/settings-article.html`);
  const tabId = await tabIdOf(page);
  const popup = await openPopup(extContext, extensionId, tabId, errors);
  await expect.poll(() => popupCounts(popup)).toEqual({ azerbaijan: 2, israel: 3, socar: 2, baku: 3 });
  const box = await popup.locator('main.bl-popup').boundingBox();
  expect(box!.width).toBeLessThanOrEqual(400);
  expect(box!.height).toBeLessThanOrEqual(600);
  expect(await seriousAxeViolations(popup)).toEqual([]);
  // With every section open, too.
  for (const button of await popup.locator('.bl-briefing__foldhead button').all()) await button.click();
  expect(await seriousAxeViolations(popup)).toEqual([]);
  await popup.close();
});

test('the briefing page has no serious accessibility violations', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/briefing.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('the popup links open the briefing as a page and the options', async ({
  page,
  server,
  extContext,
  extensionId,
  errors,
}) => {
  await openPage(page, `${server.origin}/settings-article.html`);
  const tabId = await tabIdOf(page);
  const popup = await openPopup(extContext, extensionId, tabId, errors);
  const [briefing] = await Promise.all([
    extContext.waitForEvent('page'),
    popup.getByRole('link', { name: 'Open briefing' }).click(),
  ]);
  await expect(briefing).toHaveURL(`chrome-extension://${extensionId}/briefing.html`);
  await briefing.close();
  const [options] = await Promise.all([
    extContext.waitForEvent('page'),
    popup.getByRole('link', { name: 'Options' }).click(),
  ]);
  await expect(options).toHaveURL(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Brieflight settings');
  await options.close();
  await popup.close();
});
