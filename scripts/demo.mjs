// `npm run demo`: build the Chrome extension, serve the bundled demo news page on 127.0.0.1 and
// open Chromium with the extension. With a display it opens a window and waits until you close it;
// without one (no DISPLAY) it runs headless, hovers a mention, opens the popup, writes screenshots to
// .output/demo/ and prints their paths.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import {
  CHROME_EXTENSION_DIR,
  OPT_IN_STATE,
  ROOT,
  chromeArgs,
  requireChrome,
  serveStatic,
} from './harness.mjs';

const executablePath = requireChrome();

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', cwd: ROOT });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await serveStatic({ '/': join(ROOT, 'tests', 'e2e', 'pages') });
const url = `${server.origin}/news.html`;
const headed = Boolean(process.env.DISPLAY) && !process.env.CI;
const userDataDir = mkdtempSync(join(tmpdir(), 'brieflight-demo-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: !headed,
  viewport: { width: 1100, height: 800 },
  args: chromeArgs(CHROME_EXTENSION_DIR, { headless: !headed }),
});
// The demo, like the extension, talks to nothing but this machine.
await context.route('**/*', (route) => {
  const u = new URL(route.request().url());
  return u.hostname === '127.0.0.1' || u.protocol === 'chrome-extension:' ? route.continue() : route.abort();
});

// The demo page opts in to the state attribute (CONTRACT.md: written only where the page carries
// it), so the demo can wait for "idle" instead of sleeping.
await context.addInitScript(`(${OPT_IN_STATE})();`);
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
await page.waitForFunction(() => document.documentElement.getAttribute('data-brieflight-state') === 'idle');

if (headed) {
  console.log(`Brieflight demo: ${url} is open in Chromium. Close the window to stop.`);
  await new Promise((done) => context.on('close', done));
} else {
  const out = join(ROOT, '.output', 'demo');
  mkdirSync(out, { recursive: true });
  const shots = [];
  const shot = async (p, name) => {
    const path = join(out, name);
    await p.screenshot({ path });
    shots.push(path);
  };
  await shot(page, '1-highlights.png');
  // The first painted SOCAR mention (CONTRACT.md: its ranges are in CSS.highlights), scrolled into
  // view, under the reader's pointer.
  const socar = () =>
    page.evaluate(() => {
      const [range] = [...(CSS.highlights.get('brieflight-socar') ?? [])];
      const r = range?.getClientRects()[0];
      return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
    });
  let at = await socar();
  if (!at) throw new Error('demo: no SOCAR mention painted on the demo page');
  if (at.y > 700) {
    await page.evaluate((dy) => window.scrollBy(0, dy), at.y - 300);
    at = await socar();
  }
  await page.mouse.move(at.x, at.y);
  // The card lives in a closed shadow root; its host appears when it is first shown.
  await page.waitForSelector('html > div[popover]', { state: 'attached' });
  await page.waitForTimeout(300);
  await shot(page, '2-card.png');
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // popup.html?tab=ID (CONTRACT.md) shows the popup for the news page's tab, as the toolbar would.
  await page.bringToFront();
  const [tab] = await worker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tab.id}`);
  await popup.getByText('On this page').first().waitFor();
  await shot(popup, '3-popup.png');
  console.log('Brieflight demo (headless, no DISPLAY): screenshots written to');
  for (const s of shots) console.log(`  ${s}`);
}

await context.close().catch(() => {});
await server.close();
rmSync(userDataDir, { recursive: true, force: true });
