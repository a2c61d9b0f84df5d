import type { BrowserContext, Page } from '@playwright/test';
import { HOVER_DWELL_MS } from '@/utils/timings';
import {
  collectErrors,
  countMentions as countMarks,
  expect,
  expectCard,
  hoverMention,
  openPage,
  readBadge,
  readCard,
  readMarks,
  readMentions,
  readSyncStorage,
  serviceWorker,
  resetSettings,
  seriousAxeViolations,
  tabIdOf,
  test,
  writeSyncStorage,
} from './fixtures';

test.beforeEach(async ({ extContext }) => resetSettings(extContext));
test.afterEach(async ({ extContext }) => resetSettings(extContext));

const ALL = { azerbaijan: 2, israel: 3, socar: 2, baku: 3 };

async function openOptions(context: BrowserContext, extensionId: string, errors: string[]): Promise<Page> {
  const options = collectErrors(await context.newPage(), errors);
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { level: 2, name: 'Where' })).toBeVisible();
  return options;
}

/** How a painted mention looks (a page can read it too, where Brieflight is on). */
const lookOf = (page: Page) =>
  page.evaluate(() => {
    const s = getComputedStyle(document.querySelector('p')!, '::highlight(brieflight-azerbaijan)');
    return { line: s.textDecorationLine, background: s.backgroundColor };
  });
/** No attribute tells a setting (issue 17): the highlight style used to be one on <html>. */
const styleAttr = (page: Page) =>
  page.evaluate(() => document.documentElement.getAttribute('data-brieflight-style'));
const UNDERLINE = { line: 'underline', background: 'rgba(0, 0, 0, 0)' };
const TINT = { line: 'none', background: 'rgba(255, 214, 0, 0.35)' };

test('changes made in the options page apply live to an open page', async ({
  page,
  server,
  extContext,
  extensionId,
  errors,
}) => {
  await openPage(page, `${server.origin}/settings-article.html`);
  expect(await countMarks(page)).toEqual(ALL);
  expect(await lookOf(page)).toEqual(UNDERLINE);
  const options = await openOptions(extContext, extensionId, errors);

  // Which entities.
  await options.getByRole('checkbox', { name: 'Israel' }).uncheck();
  await expect.poll(() => countMarks(page)).toEqual({ azerbaijan: 2, socar: 2, baku: 3 });
  // The mode.
  await options.getByRole('radio', { name: 'The first mention on the page' }).check();
  await expect
    .poll(() => readMentions(page))
    .toEqual([
      { entity: 'azerbaijan', text: 'Azerbaijan' },
      { entity: 'baku', text: 'Baku' },
      { entity: 'socar', text: 'SOCAR' },
    ]);
  await options.getByRole('checkbox', { name: 'Israel' }).check();
  await expect.poll(() => countMarks(page)).toEqual({ azerbaijan: 1, israel: 1, socar: 1, baku: 1 });
  await options.getByRole('radio', { name: 'Every mention' }).check();
  await expect.poll(() => countMarks(page)).toEqual(ALL);

  // The style: a tint instead of the underline, with no attribute on the page telling it.
  await options.getByRole('radio', { name: 'Background tint' }).check();
  await expect.poll(() => lookOf(page)).toEqual(TINT);
  expect(await styleAttr(page)).toBeNull();
  await options.getByRole('radio', { name: 'Dotted underline' }).check();
  await expect.poll(() => lookOf(page)).toEqual(UNDERLINE);

  // How mentions are shown: element marks, then painted again; nothing of the other way stays.
  await options.getByRole('radio', { name: /^As page elements/ }).check();
  await expect.poll(async () => (await readMarks(page)).length).toBe(10);
  expect(
    await page.evaluate(() => [...CSS.highlights.keys()].filter((n) => !n.startsWith('brieflight-ui-'))),
  ).toEqual([]);
  await options.getByRole('radio', { name: /^Painted on the page/ }).check();
  await expect.poll(() => countMarks(page)).toEqual(ALL);
  expect(await readMarks(page)).toEqual([]);

  // Disabled sites: an invalid one is refused with the reason; a valid one turns the page off.
  const site = options.getByRole('textbox', { name: 'Turn Brieflight off on' });
  await site.fill('127.0.0.1:8080');
  await options.getByRole('button', { name: 'Add site' }).click();
  await expect(options.getByRole('alert').filter({ hasText: 'port' })).toHaveText(
    'Leave out the port: a site is turned off on every port.',
  );
  await expect(site).toHaveAttribute('aria-invalid', 'true');
  await site.fill('127.0.0.1');
  await site.press('Enter');
  await expect.poll(() => readMentions(page)).toEqual([]);
  await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
  await expect.poll(() => countMarks(page)).toEqual(ALL);

  // Global off and on.
  const global = options.getByRole('switch', { name: 'Brieflight on all sites' });
  await global.uncheck();
  await expect.poll(() => readMentions(page)).toEqual([]);
  await global.check();
  await expect.poll(() => countMarks(page)).toEqual(ALL);

  // Reset to defaults.
  await options.getByRole('checkbox', { name: 'SOCAR' }).uncheck();
  await expect.poll(() => countMarks(page)).toEqual({ azerbaijan: 2, israel: 3, baku: 3 });
  await options.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect.poll(() => countMarks(page)).toEqual(ALL);
  await expect(options.getByRole('status')).toHaveText('All settings are back to their defaults.');
  await options.close();
});

/** Where each painted Israel mention of the page is, in document order: in its article or outside. */
const israelPlaces = (page: Page) =>
  page.evaluate(() => {
    const h = CSS.highlights.get('brieflight-israel') as Iterable<AbstractRange> | undefined;
    const ranges = [...(h ?? [])] as Range[];
    // Painted viewport first: put them back in document order.
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => {
      const el = r.startContainer.parentElement!;
      return el.closest('article') ? 'article' : el.closest('header, nav') ? 'header or nav' : 'other';
    });
  });

test('how often, on wapo-2: "first on the page" and "first in each section" count in the article, not its header (issue 15)', async ({
  page,
  server,
  extContext,
}) => {
  await openPage(page, `${server.origin}/corpus/wapo-2.html`);
  const every = await israelPlaces(page);
  // The page's header (its sticky title bar beside the menu) names Israel before the article does:
  // that is what the rule is for.
  expect(every[0]).toBe('header or nav');
  expect(every.filter((p) => p === 'article').length).toBeGreaterThan(1);
  await writeSyncStorage(extContext, { mode: 'page' });
  await expect.poll(() => israelPlaces(page)).toEqual(['article']);
  // The article has no heading or section of its own: it is one section, with one first mention.
  await writeSyncStorage(extContext, { mode: 'every' });
  await expect.poll(async () => (await israelPlaces(page)).length).toBe(every.length);
  await writeSyncStorage(extContext, { mode: 'section' });
  await expect.poll(() => israelPlaces(page)).toEqual(['article']);
});

test('the "Open a card" trigger applies live: hover, with Alt or Shift held, or a click (issue 15)', async ({
  page,
  server,
  extContext,
  extensionId,
  errors,
}) => {
  await openPage(page, `${server.origin}/settings-article.html`);
  const options = await openOptions(extContext, extensionId, errors);
  await options.getByRole('radio', { name: 'When a name is clicked' }).check();
  await expect.poll(async () => (await readSyncStorage(extContext))['trigger']).toBe('click');
  await page.bringToFront();
  await hoverMention(page, 'Azerbaijan');
  // Proving that resting opens nothing needs a wait: twice the dwell.
  await page.waitForTimeout(HOVER_DWELL_MS * 2);
  expect(await readCard(page)).toBeNull();
  await page.mouse.down();
  await page.mouse.up();
  expect((await expectCard(page, 'open'))?.name).toBe('Azerbaijan — key facts');
  // Pinned: moving away leaves it open.
  await page.mouse.move(5, 5);
  await page.waitForTimeout(HOVER_DWELL_MS * 2);
  expect(await readCard(page)).not.toBeNull();
  await page.keyboard.press('Escape');
  await expectCard(page, null);

  await options
    .getByRole('radio', { name: 'When the pointer rests on a name with Alt or Shift held' })
    .check();
  await expect.poll(async () => (await readSyncStorage(extContext))['trigger']).toBe('modifier');
  await page.bringToFront();
  await hoverMention(page, 'Baku');
  await page.waitForTimeout(HOVER_DWELL_MS * 2);
  expect(await readCard(page)).toBeNull();
  await page.keyboard.down('Shift');
  expect((await expectCard(page, 'open'))?.name).toBe('Baku — key facts');
  await page.keyboard.up('Shift');
  await page.keyboard.press('Escape');
  await expectCard(page, null);

  await options.getByRole('radio', { name: 'When the pointer rests on a name', exact: true }).check();
  await expect.poll(async () => (await readSyncStorage(extContext))['trigger']).toBe('hover');
  await options.close();
  await page.mouse.move(5, 5);
  await hoverMention(page, 'Israel');
  expect((await expectCard(page, 'open'))?.name).toBe('Israel — key facts');
});

test('the card delay applies live', async ({ page, server, extContext, extensionId, errors }) => {
  await openPage(page, `${server.origin}/settings-article.html`);
  const options = await openOptions(extContext, extensionId, errors);
  const slider = options.getByRole('slider', { name: 'Card delay' });
  await slider.fill('2000');
  await expect.poll(async () => (await readSyncStorage(extContext))['cardDelayMs']).toBe(2000);
  await options.close();
  await page.bringToFront();
  await hoverMention(page, 'Azerbaijan');
  // Proving the card does not open at the default delay needs a wait: twice that delay.
  await page.waitForTimeout(HOVER_DWELL_MS * 2);
  expect(await readCard(page)).toBeNull();
  // It does open after the 2 s chosen (expect's 5 s covers it).
  const card = await expectCard(page, 'open');
  expect(card?.name).toBe('Azerbaijan — key facts');
});

test('corrupt values written into storage leave the extension working with defaults', async ({
  page,
  server,
  extContext,
  extensionId,
  errors,
}) => {
  await openPage(page, `${server.origin}/settings-article.html`);
  const tabId = await tabIdOf(page);
  // A megabyte string cannot even reach sync storage: Chrome refuses it (8 KB per item).
  const refused = await (
    await serviceWorker(extContext)
  ).evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }
    ).chrome.storage.sync
      .set({ mode: 'x'.repeat(1_000_000) })
      .then(
        () => 'stored',
        (e: Error) => e.message,
      ),
  );
  expect(refused).toMatch(/quota/i);
  // Wrong types, unknown keys, long strings and broken version stamps, written while a page is open.
  await writeSyncStorage(extContext, {
    enabled: 'yes',
    disabledSites: 'x'.repeat(7000),
    hiddenEntities: { israel: 'no', extra: [1, 2] },
    mode: 42,
    highlightStyle: ['background'],
    cardDelayMs: -1,
    mode$: 'garbage',
    cardDelayMs$: { v: 99 },
    __proto__: { polluted: true },
    foreign: { nested: { deep: true } },
  });
  // The open page is unharmed: same marks, same badge.
  await expect.poll(() => countMarks(page)).toEqual(ALL);
  await expect.poll(() => readBadge(extContext, tabId)).toBe('10');
  // A page loaded now works with the defaults.
  await openPage(page, `${server.origin}/settings-article.html`);
  expect(await countMarks(page)).toEqual(ALL);
  expect(await lookOf(page)).toEqual(UNDERLINE);
  await expect.poll(() => readBadge(extContext, tabId)).toBe('10');

  // The popup works.
  const popup = collectErrors(await extContext.newPage(), errors);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByRole('switch', { name: 'On 127.0.0.1' })).toBeChecked();
  await expect(popup.getByRole('switch', { name: 'On all sites' })).toBeChecked();
  await expect(popup.getByRole('button', { name: /^Israel 3 mentions/ })).toBeVisible();
  await popup.close();

  // The options page says what it reset, shows the defaults, and repairs storage.
  const options = await openOptions(extContext, extensionId, errors);
  const note = options.getByTestId('repaired-note');
  await expect(note).toBeVisible();
  await expect(note).toContainText('could not be read');
  await expect(note).toContainText(
    'Brieflight on all sites, Sites where Brieflight is off, Names to highlight, How often, Highlight style, Card delay',
  );
  await expect(options.getByRole('radio', { name: 'Every mention' })).toBeChecked();
  await expect(options.getByRole('slider', { name: 'Card delay' })).toHaveValue(String(HOVER_DWELL_MS));
  await expect
    .poll(async () => {
      const raw = await readSyncStorage(extContext);
      return [
        raw['enabled'],
        raw['disabledSites'],
        raw['hiddenEntities'],
        raw['mode'],
        raw['highlightStyle'],
        raw['cardDelayMs'],
      ];
    })
    .toEqual([true, [], [], 'every', 'underline', HOVER_DWELL_MS]);
  // And settings still apply live afterwards.
  await options.getByRole('checkbox', { name: 'Baku' }).uncheck();
  await expect.poll(() => countMarks(page)).toEqual({ azerbaijan: 2, israel: 3, socar: 2 });
  // Reloaded, the page shows no note: the values were repaired.
  await options.reload();
  await expect(options.getByRole('heading', { level: 2, name: 'Where' })).toBeVisible();
  await expect(options.getByTestId('repaired-note')).toHaveCount(0);
  await options.close();
});

test('the options page lists the keyboard shortcuts from the manifest', async ({
  extContext,
  extensionId,
  errors,
}) => {
  const options = await openOptions(extContext, extensionId, errors);
  const table = options.getByRole('table');
  await expect(table.locator('tr[data-command="toggle-site"]')).toContainText(
    'Turn highlights off (or back on) for this site',
  );
  await expect(table.locator('tr[data-command="next-mention"]')).toContainText(
    'Go to the next mention on the page and open its card',
  );
  await expect(table.locator('tr[data-command="_execute_action"]')).toContainText(
    'Open the Brieflight popup',
  );
  // Chrome assigned every suggested key (it leaves a key that clashes with its own unassigned).
  await expect(table.locator('tr[data-command="toggle-site"] kbd')).toHaveText(/H$/);
  await expect(table.locator('tr[data-command="next-mention"] kbd')).toHaveText(/M$/);
  await expect(table.locator('tr[data-command="_execute_action"] kbd')).toHaveText(/L$/);
  await options.close();
});

test('the options page works from the keyboard alone', async ({
  page,
  server,
  extContext,
  extensionId,
  errors,
}) => {
  await openPage(page, `${server.origin}/settings-article.html`);
  const options = await openOptions(extContext, extensionId, errors);
  const focused = () =>
    options.evaluate(() => {
      const a = document.activeElement as HTMLInputElement | null;
      return a ? a.labels?.[0]?.textContent?.trim() || a.getAttribute('aria-label') || a.textContent : null;
    });
  // Tab: global switch, site field, add button, then the entity checkboxes.
  await options.keyboard.press('Tab');
  expect(await focused()).toBe('Brieflight on all sites');
  await options.keyboard.press('Tab');
  expect(await focused()).toBe('Turn Brieflight off on');
  await options.keyboard.type('127.0.0.1');
  await options.keyboard.press('Enter');
  await expect.poll(() => readMentions(page)).toEqual([]);
  // Focus stays in the field; Tab on to the list's remove button.
  expect(await focused()).toBe('Turn Brieflight off on');
  await options.keyboard.press('Tab');
  await options.keyboard.press('Tab');
  expect(await focused()).toBe('Remove 127.0.0.1');
  await options.keyboard.press('Enter');
  await expect.poll(() => countMarks(page)).toEqual(ALL);
  // Space toggles a checkbox; arrows move through a radio group.
  await options.getByRole('checkbox', { name: 'Azerbaijan' }).focus();
  await options.keyboard.press('Space');
  await expect.poll(() => countMarks(page)).toEqual({ israel: 3, socar: 2, baku: 3 });
  await options.getByRole('radio', { name: 'Every mention' }).focus();
  await options.keyboard.press('ArrowDown');
  await expect.poll(() => countMarks(page)).toEqual({ israel: 1, socar: 1, baku: 1 });
  // The slider moves by one step per arrow key.
  await options.getByRole('slider', { name: 'Card delay' }).focus();
  await options.keyboard.press('ArrowRight');
  await expect.poll(async () => (await readSyncStorage(extContext))['cardDelayMs']).toBe(HOVER_DWELL_MS + 50);
  await options.getByRole('button', { name: 'Reset to defaults' }).focus();
  await options.keyboard.press('Enter');
  await expect.poll(() => countMarks(page)).toEqual(ALL);
  await options.close();
});

test('the options page has no serious accessibility violations, also with an error and the note shown', async ({
  extContext,
  extensionId,
  errors,
}) => {
  await writeSyncStorage(extContext, { mode: 42 });
  const options = await openOptions(extContext, extensionId, errors);
  await expect(options.getByTestId('repaired-note')).toBeVisible();
  await options.getByRole('textbox', { name: 'Turn Brieflight off on' }).fill('not a host');
  await options.getByRole('button', { name: 'Add site' }).click();
  await expect(options.getByRole('textbox', { name: 'Turn Brieflight off on' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await options.getByRole('textbox', { name: 'Turn Brieflight off on' }).fill('a.example.org');
  await options.getByRole('button', { name: 'Add site' }).click();
  await expect(options.getByRole('button', { name: 'Remove a.example.org' })).toBeVisible();
  expect(await seriousAxeViolations(options)).toEqual([]);
  await options.close();
});
