import { test as base, chromium, expect, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_EXTENSION_DIR, INSTALL_HINT, ROOT, SHARED, chromeArgs, findChrome, serveStatic } from '../../scripts/harness.mjs';

export { expect };

interface WorkerFixtures {
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
    async ({ offsite }, use) => {
      const executablePath = findChrome();
      if (!executablePath) throw new Error(INSTALL_HINT);
      const userDataDir = mkdtempSync(join(tmpdir(), 'brieflight-e2e-'));
      const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath,
        headless: true,
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
      await use(context);
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
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

export interface CardInfo {
  role: string | undefined;
  name: string;
  text: string;
  /** Computed styles of the card element, read through CDP. */
  style: Record<string, string>;
}

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  localName: string;
  nodeValue: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  shadowRootType?: string;
}

function attr(node: CdpNode, name: string): string | undefined {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
}

function* walk(node: CdpNode): Generator<CdpNode> {
  yield node;
  for (const s of node.shadowRoots ?? []) yield* walk(s);
  for (const c of node.children ?? []) yield* walk(c);
}

function textOf(node: CdpNode): string {
  // Text nodes joined with spaces, as a screen reader would separate the badge from the date.
  const parts: string[] = [];
  for (const n of walk(node)) if (n.nodeType === 3) parts.push(n.nodeValue);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * The open card, read through the DevTools protocol: its root is closed, so no page script (and
 * no Playwright locator) can reach it. Returns null when no card is shown.
 */
export async function readCard(page: Page, cdp?: CDPSession): Promise<CardInfo | null> {
  const session = cdp ?? (await page.context().newCDPSession(page));
  try {
    await session.send('DOM.enable');
    await session.send('CSS.enable');
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    for (const host of walk(root)) {
      if (host.localName !== 'brieflight-card') continue;
      const shadow = host.shadowRoots?.[0];
      if (!shadow) continue;
      for (const n of walk(shadow)) {
        if (n.nodeType === 1 && attr(n, 'role') === 'dialog') {
          const { computedStyle } = (await session.send('CSS.getComputedStyleForNode', { nodeId: n.nodeId })) as {
            computedStyle: { name: string; value: string }[];
          };
          const style: Record<string, string> = {};
          for (const { name, value } of computedStyle) style[name] = value;
          return { role: attr(n, 'role'), name: attr(n, 'aria-label') ?? '', text: textOf(n), style };
        }
      }
    }
    return null;
  } finally {
    if (!cdp) await session.detach();
  }
}

/** Waits for the card to be shown (or gone, with `expected: null`). */
export async function expectCard(page: Page, expected: 'open' | null = 'open'): Promise<CardInfo | null> {
  let card: CardInfo | null = null;
  await expect
    .poll(async () => {
      card = await readCard(page);
      return card ? 'open' : null;
    })
    .toBe(expected);
  return card;
}
