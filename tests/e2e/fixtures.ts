import { test as base, chromium, expect, type BrowserContext, type Frame, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Box } from './card-reader';
import {
  CHROME_EXTENSION_DIR,
  INSTALL_HINT,
  OPT_IN_STATE,
  ROOT,
  SHARED,
  chromeArgs,
  findChrome,
  serveStatic,
} from '../../scripts/harness.mjs';

export { expect };

/** How mentions are shown in a worker's browser (the "How mentions are shown" setting). */
export type Display = 'paint' | 'marks';

interface WorkerFixtures {
  /**
   * How mentions are shown: 'paint' (the default) or 'marks'. A suite that checks element marks
   * says `test.use({ display: 'marks' })`; it is written to sync storage before any page opens,
   * and resetSettings() keeps it.
   */
  display: Display;
  followDisplay: void;
  server: { origin: string };
  /** One Chromium per worker, with the built extension loaded. */
  extContext: BrowserContext;
  extensionId: string;
  /** Every request that tried to leave 127.0.0.1, from any page or the service worker. */
  offsite: string[];
}

interface TestFixtures {
  page: Page;
  /** Console and page errors of this test; the fixture fails the test when any remain. */
  errors: string[];
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  display: ['paint', { option: true, scope: 'worker' }],
  // Browsers launched by hand (withTouchPage) follow the worker's display option too.
  followDisplay: [
    async ({ display }, use) => {
      workerDisplay = display;
      await use();
    },
    { scope: 'worker', auto: true },
  ],

  server: [
    async ({}, use) => {
      const server = await serveStatic({
        '/corpus/': join(SHARED, 'corpus'),
        '/': join(ROOT, 'tests', 'e2e', 'pages'),
      });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  offsite: [async ({}, use) => use([]), { scope: 'worker' }],

  extContext: [
    async ({ offsite, display }, use) => {
      const { context, close } = await launchExtension(offsite);
      displays.set(context, display);
      await resetSettings(context);
      await use(context);
      await close();
    },
    { scope: 'worker' },
  ],

  extensionId: [
    async ({ extContext }, use) => {
      const worker = extContext.serviceWorkers()[0] ?? (await extContext.waitForEvent('serviceworker'));
      await use(new URL(worker.url()).host);
    },
    { scope: 'worker' },
  ],

  errors: async ({}, use) => use([]),

  page: async ({ extContext, errors, offsite }, use) => {
    const before = offsite.length;
    const page = await extContext.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
    await use(page);
    await page.close();
    expect(errors, 'console or page errors').toEqual([]);
    expect(offsite.slice(before), 'requests that left 127.0.0.1').toEqual([]);
  },
});

/**
 * Chromium with the built extension, in a fresh profile, that aborts every request leaving
 * 127.0.0.1 and records it in `offsite`. The worker fixture uses it; so do tests that need other
 * launch options (a touch screen).
 */
export async function launchExtension(
  offsite: string[],
  options: { hasTouch?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const userDataDir = mkdtempSync(join(tmpdir(), 'brieflight-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    ...options,
    args: chromeArgs(CHROME_EXTENSION_DIR),
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'chrome-extension:' || url.protocol === 'data:') {
      return route.continue();
    }
    offsite.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  // CONTRACT.md: the state attribute only on a page that opts in; every test page does, before
  // the content script starts (it runs at document_idle; <html> may not exist yet at this point).
  await context.addInitScript(`(${OPT_IN_STATE})();`);
  const close = async () => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, close };
}

/** Each browser's display option, kept by resetSettings(). */
const displays = new WeakMap<BrowserContext, Display>();
/** This worker's display option (a worker is a process of its own): browsers launched by hand follow it. */
let workerDisplay: Display = 'paint';

/** The display option of the browser `page` (or a frame of it) runs in. */
export function displayOf(page: Page | Frame): Display {
  const p = 'page' in page && typeof page.page === 'function' ? page.page() : (page as Page);
  return displays.get(p.context()) ?? 'paint';
}

/** CONTRACT.md: tests wait for `data-brieflight-state="idle"`, never sleep. */
export async function waitIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.getAttribute('data-brieflight-state') === 'idle');
}

/** Opens a fixture page and waits until the content script has caught up. */
export async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitIdle(page);
}

export interface MarkInfo {
  entity: string | null;
  text: string;
}

/** Every `mark.brieflight-mark` in the page, in document order. */
export async function readMarks(page: Page): Promise<MarkInfo[]> {
  return page.$$eval('mark.brieflight-mark', (els) =>
    els.map((el) => ({ entity: el.getAttribute('data-brieflight-entity'), text: el.textContent ?? '' })),
  );
}

export interface MentionInfo {
  entity: string | null;
  text: string;
}

/**
 * Every mention the extension shows, in document order (a shadow root's at its host): in painted
 * mode the ranges of the `brieflight-<id>` highlights in `CSS.highlights`, in marks mode the marks
 * (`mark.brieflight-mark`, also in open shadow roots). Only what the page can see is read: a
 * highlight the page registered itself under our name would count too, so tests of forged
 * highlights check the card instead.
 */
export async function readMentions(page: Page | Frame): Promise<MentionInfo[]> {
  const list = await page.evaluate(MENTIONS_IN_PAGE, { display: displayOf(page) });
  return list.map(({ entity, text }) => ({ entity, text }));
}

/**
 * The client rect of the n-th mention (0-based, document order) whose text is `text`, in either
 * mode: where to hover or tap. Throws when there is none.
 */
export async function mentionBox(page: Page | Frame, text: string, n = 0): Promise<Box> {
  const [hit] = await page.evaluate(MENTIONS_IN_PAGE, { display: displayOf(page), text, n });
  const box = hit?.box;
  if (!box) throw new Error(`mentionBox: no mention "${text}" #${n}`);
  return { x: box.x, y: box.y, width: box.width, height: box.height };
}

/**
 * Runs in the page: every mention shown, painted or marked, with its first client rect; with
 * `only`, just the n-th one with that text (or none).
 */
function MENTIONS_IN_PAGE(only: { display: Display; text?: string; n?: number; within?: string }): {
  entity: string | null;
  text: string;
  box: { x: number; y: number; width: number; height: number } | null;
}[] {
  type Found = { entity: string | null; text: string; box: DOMRect | null; node: Node; offset: number };
  const found: Found[] = [];
  const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<AbstractRange>> } }).CSS
    ?.highlights;
  if (registry && only.display === 'paint') {
    for (const [name, h] of registry) {
      if (!name.startsWith('brieflight-') || name.startsWith('brieflight-ui-')) continue;
      for (const r of h) {
        if (!(r instanceof Range) || r.collapsed) continue;
        found.push({
          entity: name.slice('brieflight-'.length),
          text: r.toString(),
          box: r.getClientRects()[0] ?? null,
          node: r.startContainer,
          offset: r.startOffset,
        });
      }
    }
  }
  const collect = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('mark.brieflight-mark')) {
      found.push({
        entity: el.getAttribute('data-brieflight-entity'),
        text: el.textContent ?? '',
        box: el.getClientRects()[0] ?? null,
        node: el,
        offset: 0,
      });
    }
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) collect(el.shadowRoot);
  };
  if (only.display === 'marks') collect(document);
  const chain = (n: Node): Node[] => {
    const c = [n];
    for (let r = n.getRootNode(); r instanceof ShadowRoot; r = r.host.getRootNode()) c.unshift(r.host);
    return c;
  };
  const order = (a: Node, b: Node) => {
    if (a === b) return 0;
    const p = a.compareDocumentPosition(b);
    return p & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : p & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
  };
  const compare = (x: Found, y: Found) => {
    if (x.node === y.node) return x.offset - y.offset;
    const a = chain(x.node);
    const b = chain(y.node);
    for (let i = 0; ; i++) {
      if (a[i] === undefined || b[i] === undefined) return a.length - b.length;
      if (a[i] !== b[i]) return order(a[i]!, b[i]!);
    }
  };
  const scope = only.within === undefined ? undefined : [...document.querySelectorAll(only.within)];
  // A selector that matches nothing would make "no mention in it" true of anything.
  if (scope?.length === 0) throw new Error(`no element matches ${only.within}`);
  const sorted = found.filter((m) => !scope || scope.some((el) => el.contains(m.node))).sort(compare);
  const n = only.n ?? 0;
  const list = only.text !== undefined ? sorted.filter((m) => m.text === only.text).slice(n, n + 1) : sorted;
  // DOMRect does not cross into the test: plain numbers do.
  return list.map(({ entity, text, box }) => ({
    entity,
    text,
    box: box && { x: box.x, y: box.y, width: box.width, height: box.height },
  }));
}

/** Moves the reader's mouse to the middle of the n-th mention with that text (either mode). */
export async function hoverMention(page: Page, text: string, n = 0): Promise<void> {
  const box = await mentionBox(page, text, n);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}

/**
 * Moves the reader's mouse to the middle of the first mention of `entity` (inside the elements
 * matching `within`, if given), in either mode, scrolling it into view first.
 */
export async function hoverEntity(page: Page, entity: string, within?: string): Promise<void> {
  const first = async () => {
    const list = await page.evaluate(MENTIONS_IN_PAGE, { display: displayOf(page), within });
    const hit = list.find((m) => m.entity === entity && m.box);
    if (!hit?.box) throw new Error(`hoverEntity: no mention of ${entity}${within ? ` in ${within}` : ''}`);
    return hit.box;
  };
  let box = await first();
  const height = page.viewportSize()?.height ?? 600;
  if (box.y < 0 || box.y + box.height > height) {
    await page.evaluate((dy) => window.scrollBy(0, dy), box.y - height / 3);
    box = await first();
  }
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}

/** The mentions inside the elements matching `selector`, as [entity, text] pairs in document order. */
export async function mentionsIn(page: Page | Frame, selector: string): Promise<[string | null, string][]> {
  const list = await page.evaluate(MENTIONS_IN_PAGE, { display: displayOf(page), within: selector });
  return list.map(({ entity, text }) => [entity, text]);
}

/** Counts of mentions per entity on a page (either mode), as `{ entity: n }`. */
export async function countMentions(page: Page | Frame): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const m of await readMentions(page)) if (m.entity) out[m.entity] = (out[m.entity] ?? 0) + 1;
  return out;
}

export {
  clickInCard,
  evalOnCard,
  expectCard,
  placedCard,
  readCard,
  readCardFocus,
  readCardLayout,
  readCardNameInFrames,
  type Box,
  type CardLayout,
} from './card-reader';

// ── Popup, options and settings helpers (issue 7) ───────────────────────────────────────────────

/** The few extension APIs these helpers call inside the service worker. */
interface SwGlobal {
  chrome: {
    tabs: { query(q: object): Promise<{ id?: number }[]> };
    action: { getBadgeText(d: { tabId: number }): Promise<string> };
    storage: {
      sync: {
        clear(): Promise<void>;
        set(v: Record<string, unknown>): Promise<void>;
        get(keys: null): Promise<Record<string, unknown>>;
      };
    };
  };
}

/** The extension's service worker (MV3 background). */
export async function serviceWorker(context: BrowserContext) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * The browser's id of the tab that shows `page`. The extension has no `tabs` permission, so tabs
 * cannot be matched by url; instead the page's tab is brought to the front and the service worker
 * asks which tab is active (each test's pages share one window).
 */
export async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await serviceWorker(page.context());
  const ids = await worker.evaluate(async () =>
    (
      await (globalThis as unknown as SwGlobal).chrome.tabs.query({ active: true, lastFocusedWindow: true })
    ).map((t) => t.id ?? -1),
  );
  if (ids.length !== 1 || ids[0]! < 0)
    throw new Error(`tabIdOf: expected one active tab, got ${JSON.stringify(ids)}`);
  return ids[0]!;
}

/** The toolbar badge's text on a tab, read in the service worker. */
export async function readBadge(context: BrowserContext, tabId: number): Promise<string> {
  const worker = await serviceWorker(context);
  return worker.evaluate(
    (id) => (globalThis as unknown as SwGlobal).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );
}

/**
 * Empties the extension's sync storage (the settings): every setting is back to its default, but
 * for how mentions are shown, which stays the worker's `display` option.
 */
export async function resetSettings(context: BrowserContext): Promise<void> {
  const worker = await serviceWorker(context);
  const display = displays.get(context) ?? 'paint';
  await worker.evaluate(async (d) => {
    const sync = (globalThis as unknown as SwGlobal).chrome.storage.sync;
    await sync.clear();
    if (d !== 'paint') await sync.set({ display: d });
  }, display);
}

/** Writes raw values into the extension's sync storage, as any code with access could. */
export async function writeSyncStorage(
  context: BrowserContext,
  values: Record<string, unknown>,
): Promise<void> {
  const worker = await serviceWorker(context);
  await worker.evaluate((v) => (globalThis as unknown as SwGlobal).chrome.storage.sync.set(v), values);
}

/** The raw contents of the extension's sync storage. */
export async function readSyncStorage(context: BrowserContext): Promise<Record<string, unknown>> {
  const worker = await serviceWorker(context);
  return worker.evaluate(() => (globalThis as unknown as SwGlobal).chrome.storage.sync.get(null));
}

/** Records console errors and page errors of another page of the test into `errors` (as `page` does). */
export function collectErrors(other: Page, errors: string[]): Page {
  other.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console (${other.url()}): ${msg.text()}`);
  });
  other.on('pageerror', (err) => errors.push(`pageerror (${other.url()}): ${err.message}`));
  return other;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core on the page and returns the violations whose impact is serious or critical.
 * Extension pages' CSP forbids inline scripts, so `page.addScriptTag` (which injects the file's
 * text inline) is blocked there; axe's source is evaluated through the DevTools protocol instead
 * (Runtime.evaluate), which no CSP applies to.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  const { readFileSync } = await import('node:fs');
  const source = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const session = await page.context().newCDPSession(page);
  try {
    const loaded = (await session.send('Runtime.evaluate', { expression: `${source};typeof axe` })) as {
      result: { value?: string };
    };
    if (loaded.result.value !== 'object') throw new Error('axe-core did not load');
  } finally {
    await session.detach();
  }
  const violations = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (
          ctx: Document,
          opts: object,
        ) => Promise<{
          violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
        }>;
      };
    };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => String(n.target)),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * Runs `use` on `url` in a Chromium of its own with a touch screen (a phone-sized viewport, 412 × 800
 * unless given), with the same checks as the `page` fixture: no console or page error, no request
 * leaving 127.0.0.1.
 */
export async function withTouchPage(
  url: string,
  use: (page: Page) => Promise<void>,
  viewport: { width: number; height: number } = { width: 412, height: 800 },
): Promise<void> {
  const offsite: string[] = [];
  const errors: string[] = [];
  const { context, close } = await launchExtension(offsite, { hasTouch: true, viewport });
  displays.set(context, workerDisplay);
  try {
    // The extension is loaded once its service worker runs; a page opened before gets no content script.
    await expect.poll(() => context.serviceWorkers().length, { timeout: 15_000 }).toBeGreaterThan(0);
    await resetSettings(context);
    const page = await context.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
    await page.goto(url);
    await waitIdle(page);
    await use(page);
    await page.close();
  } finally {
    await close();
  }
  expect(errors, 'console or page errors').toEqual([]);
  expect(offsite, 'requests that left 127.0.0.1').toEqual([]);
}

/** The clipboard's text/html and text/plain, read through the async clipboard API. */
export async function readClipboard(page: Page): Promise<{ html: string | null; text: string | null }> {
  return page.evaluate(async () => {
    const out: { html: string | null; text: string | null } = { html: null, text: null };
    for (const item of await navigator.clipboard.read()) {
      if (item.types.includes('text/html')) out.html = await (await item.getType('text/html')).text();
      if (item.types.includes('text/plain')) out.text = await (await item.getType('text/plain')).text();
    }
    return out;
  });
}
