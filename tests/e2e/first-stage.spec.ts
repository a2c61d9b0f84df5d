// The content script's first stage (docs/adr/0013-first-stage.md): a page without mentions never
// loads the core module; mentions the page adds later load it once, in the content script's
// isolated world, and get shown.
import type { Page } from '@playwright/test';
import { expect, openPage, readMentions, resetSettings, test, writeSyncStorage } from './fixtures';
import { PROVE_QUIET_MS } from './timings';

interface Parsed {
  url: string;
  context: number;
}

/**
 * Every script the page's renderer parses, in any world, and the world it ran in (DevTools
 * protocol: Debugger.scriptParsed reports the scripts parsed before the session began too).
 */
async function watchScripts(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const types = new Map<number, string | undefined>();
  const scripts: Parsed[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    types.set(context.id, (context.auxData as { type?: string } | undefined)?.type);
  });
  cdp.on('Debugger.scriptParsed', (e) => scripts.push({ url: e.url, context: e.executionContextId }));
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  const named = (suffix: string) => scripts.filter((s) => s.url.endsWith(suffix));
  return {
    core: () => named('/content-core.js'),
    contentScript: () => named('/content-scripts/content.js'),
    typeOf: (id: number) => types.get(id),
  };
}

const state = (page: Page) =>
  page.evaluate(() => document.documentElement.getAttribute('data-brieflight-state'));

test('a page without mentions never loads the core module, also after changes without a candidate', async ({
  page,
  server,
}) => {
  await openPage(page, `${server.origin}/first-stage.html`);
  const scripts = await watchScripts(page);
  await expect.poll(() => scripts.contentScript().length).toBeGreaterThan(0);
  await page.evaluate(() => (window as unknown as { addQuiet(): void }).addQuiet());
  // The observer's records are delivered at the microtask checkpoint that ends the page's call, and a
  // candidate would turn the state to `scanning` right then, before the core is even requested.
  expect(await state(page)).toBe('idle');
  expect(scripts.core()).toEqual([]);
  expect(await readMentions(page)).toEqual([]);
  expect(await page.evaluate(() => '__brieflightCore' in window)).toBe(false);
});

test('mentions the page adds later, in an open shadow root, load the core once and are shown', async ({
  page,
  server,
}) => {
  await openPage(page, `${server.origin}/first-stage.html`);
  const scripts = await watchScripts(page);
  await expect.poll(() => scripts.contentScript().length).toBeGreaterThan(0);
  expect(scripts.core()).toEqual([]);
  await page.evaluate(() => (window as unknown as { addStory(): void }).addStory());
  await expect
    .poll(async () => (await readMentions(page)).map((m) => m.entity))
    .toEqual(['azerbaijan', 'israel', 'baku']);
  await expect.poll(() => state(page)).toBe('idle');
  const [core, ...again] = scripts.core();
  expect(again).toEqual([]);
  // The content script's world, not the page's: the page can neither call nor read the core.
  const [content] = scripts.contentScript();
  expect(core!.context).toBe(content!.context);
  expect(scripts.typeOf(core!.context)).toBe('isolated');
  expect(await page.evaluate(() => '__brieflightCore' in window)).toBe(false);
});

test('a page whose only mentions are split over inline elements loads the core and shows them', async ({
  page,
  server,
}) => {
  await openPage(page, `${server.origin}/first-stage-split.html`);
  await expect
    .poll(async () => (await readMentions(page)).map((m) => m.text))
    .toEqual(['Azerbaijan', 'Baku']);
});

test('a name the page completes later, its only mention, loads the core then (the first stage reads the change with its neighbours)', async ({
  page,
  server,
}) => {
  await openPage(page, `${server.origin}/first-stage-split-later.html`);
  const scripts = await watchScripts(page);
  await expect.poll(() => scripts.contentScript().length).toBeGreaterThan(0);
  expect(scripts.core()).toEqual([]);
  await page.evaluate(() => (window as unknown as { dropCap(): void }).dropCap());
  await expect.poll(async () => (await readMentions(page)).map((m) => m.text)).toEqual(['Israel’s']);
  expect(scripts.core()).toHaveLength(1);
});

// A reader's page (not opted in to the state attribute) is walked before its settings are read,
// and they are read at its first candidate (docs/adr/0023-first-stage-context.md): off there, the
// candidate loads nothing and shows nothing; turned on, the page is walked again and shown.
test('a page that did not opt in, on a site turned off: nothing shown, then shown once turned on', async ({
  page,
  server,
  extContext,
}) => {
  try {
    await writeSyncStorage(extContext, { disabledSites: ['127.0.0.1'] });
    // The page takes back the fixture's opt-in before the content script starts.
    await page.goto(`${server.origin}/hostile-off-trace.html`);
    const scripts = await watchScripts(page);
    await expect.poll(() => scripts.contentScript().length).toBeGreaterThan(0);
    await page.waitForTimeout(PROVE_QUIET_MS);
    expect(await readMentions(page)).toEqual([]);
    expect(scripts.core()).toEqual([]);
    await writeSyncStorage(extContext, { disabledSites: [] });
    await expect.poll(async () => (await readMentions(page)).length).toBeGreaterThan(0);
    expect(scripts.core()).toHaveLength(1);
  } finally {
    await resetSettings(extContext);
  }
});
