// The page/background boundary (issue 17): what a page can do to the badge, the back-off, the
// background's tabs and the site switch. Each test loads a hostile-*.html fixture that does what the
// review found a page could do, and fails on the code before the fix.
//
// The only waits are the ones that prove something does NOT happen (PROVE_QUIET_MS); each is
// preceded by the same kind of thing happening for real.
import type { Frame, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/harness.mjs';
import { MENTION_REPORT_INTERVAL_MS, REWRITE_LIMIT } from '@/utils/timings';
import { PROVE_QUIET_MS } from './timings';
import {
  collectErrors,
  expect,
  openPage,
  readBadge,
  readMentions,
  type Display,
  resetSettings,
  serviceWorker,
  tabIdOf,
  test,
  waitIdle,
  writeSyncStorage,
} from './fixtures';

const PAGES = join(ROOT, 'tests', 'e2e', 'pages');

test.beforeEach(async ({ extContext }) => resetSettings(extContext));
test.afterEach(async ({ extContext }) => resetSettings(extContext));

/** Proves the tab's badge does NOT change: it still reads `text` after PROVE_QUIET_MS. */
async function expectBadgeStays(page: Page, tabId: number, text: string, what = 'badge'): Promise<void> {
  await page.waitForTimeout(PROVE_QUIET_MS);
  expect({ what, badge: await readBadge(page.context(), tabId) }).toEqual({ what, badge: text });
}

interface FakeWindow {
  fake: Record<'pagehide' | 'pageshow' | 'popstate' | 'hashchange', () => void>;
}

test('events the page makes itself (pagehide, pageshow, popstate, hashchange) leave the badge alone', async ({
  page,
  server,
  extContext,
}) => {
  await openPage(page, `${server.origin}/hostile-badge.html`);
  const tabId = await tabIdOf(page);
  await expect.poll(() => readBadge(extContext, tabId)).toBe('3');
  // Each on its own: a fake pageshow after a fake pagehide would put the count back and hide the fault.
  for (const type of ['pagehide', 'popstate', 'hashchange', 'pageshow'] as const) {
    await page.evaluate((t) => (window as unknown as FakeWindow).fake[t](), type);
    await expectBadgeStays(page, tabId, '3', `after a fake ${type}`);
  }
  // The page's own listener heard its own event: only ours ignores it.
  await expect(page.locator('#log')).toHaveText('1');
  // The browser's own pagehide still empties it.
  await openPage(page, `${server.origin}/plain.html`);
  await expect.poll(() => readBadge(extContext, tabId)).toBe('');
});

// Both ways of showing mentions: the display is written to the settings before the page opens
// (a worker option cannot be set per describe); resetSettings() puts it back after.
for (const display of ['paint', 'marks'] as const) {
  test(`document.open() in a frame: the frame’s count goes with its document, and the next page counts alone (${display})`, async ({
    page,
    server,
    extContext,
  }) => {
    await writeSyncStorage(extContext, { display });
    await openPage(page, `${server.origin}/hostile-docopen.html`);
    const tabId = await tabIdOf(page);
    const child = page.frame({ url: /hostile-docopen-child\.html$/ })!;
    await expect.poll(() => mentionCount(child, display)).toBe(6);
    await expect.poll(() => readBadge(extContext, tabId)).toBe('7');
    // The frame replaces its document: the six mentions are gone, and every listener with them.
    await child.evaluate(() =>
      (window as unknown as { reopen(html: string): void }).reopen('<p>Nothing to see here.</p>'),
    );
    await expect.poll(() => readBadge(extContext, tabId)).toBe('1');
    // The reported case: the next site in the tab showed the old frame's count on top of its own.
    await openPage(page, `${server.origin}/hostile-badge.html`);
    await expect.poll(() => readBadge(extContext, tabId)).toBe('3');
    await expectBadgeStays(page, tabId, '3');
  });
}

test('a same-document navigation (pushState, a hash change) keeps the badge: the frames still there report again', async ({
  page,
  server,
  extContext,
}) => {
  await openPage(page, `${server.origin}/hostile-docopen.html`);
  const tabId = await tabIdOf(page);
  await expect.poll(() => readBadge(extContext, tabId)).toBe('7');
  // Chrome reports status 'loading' for each of these, and the background drops the tab's counts.
  await page.evaluate(() => history.pushState({}, '', '/elsewhere'));
  await expectBadgeStays(page, tabId, '7', 'after pushState');
  await page.evaluate(() => {
    location.hash = 'section';
  });
  await expectBadgeStays(page, tabId, '7', 'after a hash change');
});

for (const display of ['paint', 'marks'] as const) {
  test(`a page that adds mentions in a loop: about one report per interval, and the last count (${display})`, async ({
    page,
    server,
    extContext,
  }) => {
    await writeSyncStorage(extContext, { display });
    await openPage(page, `${server.origin}/hostile-flood.html`);
    const tabId = await tabIdOf(page);
    await expect.poll(() => readBadge(extContext, tabId)).toBe('2');
    const worker = await serviceWorker(extContext);
    const key = `__reports_${tabId}_${Date.now()}`;
    // A second listener in the service worker counts the reports this tab sends.
    await worker.evaluate(
      ({ key, tabId }) => {
        const g = globalThis as unknown as Record<string, unknown> & {
          chrome: {
            runtime: {
              onMessage: { addListener(f: (m: unknown, s: { tab?: { id?: number } }) => void): void };
            };
          };
        };
        g[key] = 0;
        g.chrome.runtime.onMessage.addListener((m, sender) => {
          if (sender.tab?.id === tabId && (m as { type?: string } | null)?.type === 'mentions')
            (g[key] as number)++;
        });
      },
      { key, tabId },
    );
    const ran = await page.evaluate(() =>
      (window as unknown as { flood(ms: number): Promise<number> }).flood(2000),
    );
    await waitIdle(page);
    // The last count arrives.
    const total = await mentionCount(page, display);
    expect(total).toBeGreaterThan(50);
    await expect.poll(() => readBadge(extContext, tabId)).toBe(String(total));
    await page.waitForTimeout(PROVE_QUIET_MS);
    const reports = await worker.evaluate((k) => (globalThis as unknown as Record<string, number>)[k], key);
    // Before the fix: one per batch of the page's changes (here 10 to 50 a second, by the machine's
    // load). Now: the first at once, then at most one per interval, the last one included.
    expect(reports).toBeGreaterThanOrEqual(1);
    expect(reports).toBeLessThanOrEqual(Math.ceil(ran / MENTION_REPORT_INTERVAL_MS) + 2);
    expect(await readBadge(extContext, tabId)).toBe(String(total));
  });
}

// Element marks only: painted highlights change nothing in the page's DOM, so there is no mark for
// the page to delete, no repair and no back-off to reset.
test('a page that fakes navigations before each rewrite does not reset the back-off (marks)', async ({
  page,
  server,
  extContext,
}) => {
  await writeSyncStorage(extContext, { display: 'marks' });
  await openPage(page, `${server.origin}/hostile-backoff.html`);
  await page.waitForFunction((n) => (window as unknown as { deleted: number }).deleted >= n, REWRITE_LIMIT);
  await waitIdle(page);
  const deleted = await page.evaluate(() => (window as unknown as { deleted: number }).deleted);
  await page.waitForTimeout(PROVE_QUIET_MS);
  expect(await page.evaluate(() => (window as unknown as { deleted: number }).deleted)).toBe(deleted);
  // Three mentions per round: at most REWRITE_LIMIT rounds and the first pass (before: 164 re-marks).
  expect(deleted).toBeLessThanOrEqual(3 * (REWRITE_LIMIT + 1));
  expect(await page.locator('#text').textContent()).toBe(
    'Officials from Azerbaijan met in Baku today, and Israel sent a delegation.',
  );
});

test('open-briefing opens at most one tab per second for one tab, however often it is asked', async ({
  extContext,
  extensionId,
  errors,
}) => {
  const sender = collectErrors(await extContext.newPage(), errors);
  await sender.goto(`chrome-extension://${extensionId}/options.html`);
  const opened: Page[] = [];
  const onPage = (p: Page) => opened.push(p);
  extContext.on('page', onPage);
  const replies = await sender.evaluate(() => {
    const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } })
      .chrome;
    const ask = () => c.runtime.sendMessage({ type: 'open-briefing', section: 'energy' });
    return Promise.all([ask(), ask(), ask()]);
  });
  expect(replies).toEqual([true, false, false]);
  await expect.poll(() => opened.filter((p) => p.url().includes('/briefing.html')).length).toBe(1);
  await sender.waitForTimeout(PROVE_QUIET_MS);
  expect(opened.filter((p) => p.url().includes('/briefing.html'))).toHaveLength(1);
  extContext.off('page', onPage);
  for (const p of opened) await p.close();
  await sender.close();
});

/** Serves the blind-frame fixtures: the top page sandboxed (opaque origin), the frame from another host. */
async function routeBlindFrame(page: Page, origin: string): Promise<string> {
  const child = 'http://blind-frame.test/hostile-blind-child.html';
  await page.route('http://blind-frame.test/**', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: readFileSync(join(PAGES, 'hostile-blind-child.html'), 'utf8'),
    }),
  );
  const top = `${origin}/hostile-blind-top.html?child=${encodeURIComponent(child)}`;
  await page.route(top, async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': 'sandbox allow-scripts' },
    });
  });
  return top;
}

async function blindChild(page: Page): Promise<Frame> {
  await expect
    .poll(() => page.frames().some((f) => f.url().startsWith('http://blind-frame.test/')))
    .toBe(true);
  const child = page.frames().find((f) => f.url().startsWith('http://blind-frame.test/'))!;
  await child.waitForLoadState('load');
  return child;
}

/** How many mentions `frame` shows: painted ones (this worker's display) or element marks. */
async function mentionCount(frame: Page | Frame, display: Display): Promise<number> {
  return display === 'marks'
    ? frame.locator('mark.brieflight-mark').count()
    : (await readMentions(frame)).length;
}

// The finding holds whichever way mentions are shown (issue 17: "in both ways of showing
// mentions"). The setting is written before the page opens; resetSettings() puts it back after.
for (const display of ['paint', 'marks'] as const) {
  test.describe(display, () => {
    test('a frame that cannot see the top page’s site follows the top site’s switch (asks the background)', async ({
      page,
      server,
      extContext,
    }) => {
      await writeSyncStorage(extContext, { display });
      const url = await routeBlindFrame(page, server.origin);
      // On: the frame shows its mentions (its content script runs and learns the site).
      await openPage(page, url);
      let child = await blindChild(page);
      // The scenario: the frame sees no top origin, and its own host is not the site's.
      expect(await child.evaluate(() => (window as unknown as { ancestors: string[] }).ancestors)).toEqual([
        'null',
      ]);
      await expect.poll(() => mentionCount(child, display)).toBe(3);

      // The reader turns this site off: the frame is off too, though its own host is not listed.
      await writeSyncStorage(extContext, { disabledSites: ['127.0.0.1'] });
      await expect.poll(() => mentionCount(page, display)).toBe(0);
      // Where Brieflight is off it writes nothing, the state attribute included (issue 17, "Off
      // leaves no trace"): there is no idle to wait for, so the frame gets PROVE_QUIET_MS to show
      // a mention, after the load. The "on" half above is the control that it would.
      await page.reload();
      child = await blindChild(page);
      await page.waitForTimeout(PROVE_QUIET_MS);
      expect(await mentionCount(child, display)).toBe(0);
      expect(await mentionCount(page, display)).toBe(0);
    });
  });
}
