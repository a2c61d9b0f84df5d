// Firefox smoke test (issue 8): loads the Firefox build (.output/firefox-mv2, built beforehand by
// `npm run build:firefox`) into Debian's Firefox ESR, headless, as a temporary add-on, and checks
// that the content script paints mentions (CSS Custom Highlights, issue 12) on fixture pages served
// from 127.0.0.1, that the reader's pointer resting on a mention opens the card (issue 12) in its
// extension frame, out of the page's reach (issue 17), that a no-referrer frame from another host
// is off on a site turned off (issue 17), and that the popup renders, with no error in the pages'
// consoles. Drives Firefox with puppeteer-core over WebDriver BiDi: no geckodriver, no web-ext, no
// browser download. Why: docs/adr/0006-firefox.md.
//
//   node scripts/firefox-smoke.mjs [extension dir]
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXCLUDED_FIXTURE_IDS, OPT_IN_STATE, ROOT, serveStatic } from './harness.mjs';
import { FIREFOX_INSTALL_HINT, findFirefox, launchFirefox } from './firefox/launch.mjs';

const [extensionArg] = parseArgs({ allowPositionals: true }).positionals;
const EXTENSION_DIR = resolve(extensionArg ?? join(ROOT, '.output', 'firefox-mv2'));
const PAGES = join(ROOT, 'tests', 'e2e', 'pages');
const ADDON_ID = 'brieflight@brieflight.example';
// Fixed through the extensions.webextensions.uuids pref, so the popup's URL is known.
/** Firefox's report of its own favicon request refused by a page's img-src (not ours, not the page's script). */
const FIREFOX_FAVICON_CSP = /\/favicon\.ico because it violates the following directive: “img-src 'none'”/;
const ADDON_UUID = 'b71e4f1a-9c3d-4e5f-8a6b-2c1d0e9f8a7b';
// A watchdog, not a target: six checks take 15–30 s here, more on a loaded two-core machine.
const TOTAL_TIMEOUT_MS = 90_000;
const IDLE_TIMEOUT_MS = 10_000;
// How long a page turned off gets to show a mention it must not (src/utils/timings.ts).
const PROVE_QUIET_MS = 600;

const firefox = findFirefox();
if (!firefox) {
  console.error(FIREFOX_INSTALL_HINT);
  process.exit(1);
}
if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  console.error(`${EXTENSION_DIR} has no manifest.json: run \`npm run build:firefox\` first.`);
  process.exit(1);
}

/** Every painted mention (the `brieflight-<id>` highlights' ranges), in document order. */
const MENTIONS_EXPR = `[...CSS.highlights]
  .filter(([name]) => name.startsWith('brieflight-') && !name.startsWith('brieflight-ui-'))
  .flatMap(([name, h]) => [...h].map((r) => ({ entity: name.slice(11), r })))
  .sort((a, b) => a.r.compareBoundaryPoints(Range.START_TO_START, b.r))
  .map(({ entity, r }) => ({ entity, text: r.toString() }))`;

/** Mentions inside elements the content script must leave alone (ids or selectors of the page). */
// A selector that matches nothing is listed too: "no mention in it" would be true of anything.
const mentionsInside = (selectors) =>
  `${JSON.stringify(selectors)}.filter((sel) => { const els = [...document.querySelectorAll(sel)]; return els.length === 0 || els.some((el) =>
    [...CSS.highlights].some(([name, h]) => name.startsWith('brieflight-') && [...h].some((r) => el.contains(r.startContainer)))); })`;

const started = Date.now();
let passed = 0;
let failed = 0;
let server;
let sandboxed;
/** @type {ReturnType<typeof launchFirefox> | undefined} */
let launching;
let cleaning;
const cleanup = () =>
  (cleaning ??= (async () => {
    // A signal during start-up waits for Firefox to be up, then ends it.
    await launching?.then(
      (launched) => launched.close(),
      () => undefined,
    );
    await server?.close();
    await sandboxed?.close();
  })());
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`✖ firefox smoke: interrupted (${signal})`);
    void cleanup().finally(() => process.exit(130));
  });
}
const watchdog = setTimeout(() => {
  console.error(`✖ firefox smoke: gave up after ${TOTAL_TIMEOUT_MS / 1000}s`);
  void cleanup().finally(() => process.exit(1));
}, TOTAL_TIMEOUT_MS);

async function check(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    passed++;
    console.log(`✔ ${name} (${Date.now() - t0} ms)`);
  } catch (err) {
    failed++;
    console.log(`✖ ${name}: ${err instanceof Error ? err.message : err}`);
  }
}

function assertEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}\n    expected ${e}\n    actual   ${a}`);
}

try {
  server = await serveStatic({ '/': PAGES });
  // `sandbox allow-scripts` gives each page an opaque origin.
  sandboxed = await serveStatic(
    { '/': PAGES },
    { headers: { 'content-security-policy': 'sandbox allow-scripts' } },
  );
  launching = launchFirefox(firefox, { extensionUuids: { [ADDON_ID]: ADDON_UUID } });
  const { browser, strayHosts } = await launching;
  console.log(`${await browser.version()} (${firefox}), extension ${EXTENSION_DIR}`);

  const extension = await browser.installExtension(EXTENSION_DIR);
  if (extension !== ADDON_ID) throw new Error(`installed ${extension}, expected ${ADDON_ID}`);

  const page = await browser.newPage();
  // Every error-level log entry of the tab and its frames: console.error and uncaught exceptions,
  // the content script's included (BiDi reports both with the page's browsing context).
  const errors = [];
  const record = (text) => {
    if (!FIREFOX_FAVICON_CSP.test(text)) errors.push(text);
  };
  page.on('console', (message) => {
    // Firefox's own request for /favicon.ico, refused by a fixture page's strict CSP (img-src
    // 'none'), is reported whenever it comes, often after the check that loaded that page.
    if (message.type() === 'error') record(message.text());
  });
  page.on('pageerror', (error) => record(String(error?.message ?? error)));
  await page.evaluateOnNewDocument(`(${OPT_IN_STATE})()`);

  /** Navigates, waits for the load event; rejects when it does not come within IDLE_TIMEOUT_MS. */
  const navigate = (url) => page.goto(url, { waitUntil: 'load', timeout: IDLE_TIMEOUT_MS });

  /**
   * Opens one of the extension's pages (`options.html`) and waits until its document is complete.
   * Firefox sends no BiDi load event for a moz-extension:// document (puppeteer issue 14314, an
   * upstream Firefox bug), so Puppeteer's goto never settles there: the navigation is started and
   * left to time out quietly, and the document itself is polled. Nor does Firefox report the
   * frames of the page it replaces as destroyed, and Puppeteer's next goto would wait for them
   * forever: going through about:blank first ends them in a navigation Puppeteer sees complete.
   */
  async function openExtensionPage(path) {
    const url = `moz-extension://${ADDON_UUID}/${path}`;
    await navigate('about:blank');
    void page.goto(url, { timeout: IDLE_TIMEOUT_MS }).catch(() => undefined);
    const loaded = `location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`;
    const deadline = Date.now() + IDLE_TIMEOUT_MS;
    // A read may reach about:blank while it goes away: that counts as not loaded yet.
    while (!(await page.evaluate(loaded).catch(() => false))) {
      if (Date.now() > deadline) throw new Error(`${url} did not load within ${IDLE_TIMEOUT_MS} ms`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  /** Navigates, then polls until the content script reports `idle`. */
  async function openPage(url) {
    await navigate(url);
    const deadline = Date.now() + IDLE_TIMEOUT_MS;
    for (;;) {
      const state = await page.evaluate(`document.documentElement.getAttribute('data-brieflight-state')`);
      if (state === 'idle') return;
      if (Date.now() > deadline)
        throw new Error(`${url}: data-brieflight-state is ${state}, not idle, after ${IDLE_TIMEOUT_MS} ms`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  /** Throws on any error-level log entry since the last call. */
  function expectNoErrors() {
    const mine = errors.splice(0);
    if (mine.length) throw new Error(`console errors:\n    ${mine.join('\n    ')}`);
  }

  await check(
    'contract.html: painted highlights follow the contract, nothing in excluded elements, no DOM change',
    async () => {
      await openPage(`${server.origin}/contract.html`);
      // The same expectations as the first test of tests/e2e/skeleton.spec.ts.
      assertEqual(
        await page.evaluate(MENTIONS_EXPR),
        [
          { entity: 'azerbaijan', text: 'Azerbaijan' },
          { entity: 'israel', text: 'Israel' },
          { entity: 'azerbaijan', text: 'Azerbaijan' },
          { entity: 'israel', text: "Israel's" },
          { entity: 'baku', text: 'Baku' },
          { entity: 'socar', text: 'SOCAR' },
          { entity: 'azerbaijan', text: 'Azerbaijan' },
          { entity: 'israel', text: 'Israel' },
        ],
        'painted mentions',
      );
      assertEqual(
        await page.evaluate(`document.querySelectorAll('mark.brieflight-mark').length`),
        1,
        'marks (the page’s own)',
      );
      assertEqual(
        await page.evaluate(mentionsInside(EXCLUDED_FIXTURE_IDS)),
        [],
        'excluded elements with mentions',
      );
      assertEqual(
        await page.evaluate(`document.getElementById('running').textContent`),
        "Officials from Azerbaijan met Israel's envoy in Baku, and SOCAR signed a deal.",
        'text of #running',
      );
      assertEqual(
        await page.evaluate(`document.querySelector('#forged mark').outerHTML`),
        '<mark class="brieflight-mark" data-brieflight-entity="__proto__">Azerbaijan</mark>',
        'forged mark',
      );
      expectNoErrors();
    },
  );

  await check('news.html: all four entities painted, none in code or form controls', async () => {
    await openPage(`${server.origin}/news.html`);
    const marks = await page.evaluate(MENTIONS_EXPR);
    const entities = [...new Set(marks.map((m) => m.entity))].sort();
    assertEqual(entities, ['azerbaijan', 'baku', 'israel', 'socar'], 'painted entities');
    assertEqual(
      await page.evaluate(mentionsInside(['code', 'input', 'select', 'button', 'title'])),
      [],
      'excluded elements with mentions',
    );
    const first = marks.slice(0, 4);
    assertEqual(
      first,
      [
        { entity: 'baku', text: "Baku's" },
        { entity: 'israel', text: 'Israel' },
        { entity: 'israel', text: 'Israel' },
        { entity: 'baku', text: 'Baku' },
      ],
      'first mentions (headline, first sentence)',
    );
    expectNoErrors();
  });

  /**
   * The reader's pointer resting on the first "Azerbaijan" of #para on `page` opens the card in the
   * top layer, rendered in its extension frame, out of the page's reach.
   */
  async function hoverOpensCardInFrame(file) {
    await openPage(`${server.origin}/${file}`);
    // The mention's box, measured on a Range over its text (nothing of ours is in the DOM to ask).
    const box = await page.evaluate(
      `(() => {
        const text = document.getElementById('para').firstChild;
        const at = text.data.indexOf('Azerbaijan');
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 'Azerbaijan'.length);
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      })()`,
    );
    const open = `document.querySelector('html > div[popover]')?.matches(':popover-open') === true`;
    assertEqual(await page.evaluate(open), false, 'card open before the hover');
    // The reader's pointer (trusted input: BiDi input actions): from the page's corner, across the
    // line, to rest in the middle of the mention.
    const y = Math.round(box.y + box.height / 2);
    await page.mouse.move(1, 1);
    await page.mouse.move(Math.round(box.x + 2), y, { steps: 5 });
    await page.mouse.move(Math.round(box.x + box.width / 2), y, { steps: 5 });
    const deadline = Date.now() + IDLE_TIMEOUT_MS;
    while (!(await page.evaluate(open))) {
      if (Date.now() > deadline)
        throw new Error(`no open card host (html > div[popover]:popover-open) after ${IDLE_TIMEOUT_MS} ms`);
      await new Promise((done) => setTimeout(done, 50));
    }
    // One element added to the page, the host; its root is closed, so the page sees no card text.
    assertEqual(
      await page.evaluate(
        `[...document.querySelectorAll('html > div[popover]')].map((el) => el.shadowRoot === null)`,
      ),
      [true],
      'card hosts (closed root)',
    );
    // The card itself is rendered in the extension's own frame (card-frame.html, at the install's
    // moz-extension UUID) inside that root: its text is there, and not in the page's reach.
    const name = `document.querySelector('[role="dialog"][data-placed]')?.getAttribute('aria-label') ?? null`;
    const until = Date.now() + IDLE_TIMEOUT_MS;
    for (;;) {
      // Puppeteer may still list the frame at about:blank (Firefox reports no navigation of a
      // moz-extension document to it, puppeteer#14314): each child frame is asked where it is.
      let placed = false;
      for (const frame of page.mainFrame().childFrames()) {
        const seen = await frame.evaluate(`[location.href, ${name}]`).catch(() => [null, null]);
        if (
          String(seen[0]).startsWith(`moz-extension://${ADDON_UUID}/card-frame.html#`) &&
          seen[1] === 'Azerbaijan — key facts'
        )
          placed = true;
      }
      if (placed) break;
      if (Date.now() > until)
        throw new Error(`no placed card in a card-frame.html frame after ${IDLE_TIMEOUT_MS} ms`);
      await new Promise((done) => setTimeout(done, 50));
    }
    assertEqual(
      await page.evaluate(
        `(() => { const found = window.find('key facts'); const text = getSelection().toString(); getSelection().removeAllRanges(); return [found, text, window.frames.length]; })()`,
      ),
      [false, '', 0],
      "the page's window.find('key facts'), its selection, its window.frames",
    );
    await page.mouse.reset();
    expectNoErrors();
  }

  await check(
    'host-remount.html: the pointer resting on a mention opens the card in the top layer, rendered in its extension frame',
    () => hoverOpensCardInFrame('host-remount.html'),
  );
  // A page whose CSP allows no frame (default-src 'none'): the card's frame is the extension's own.
  await check(
    'card-csp.html with a strict CSP (default-src none): the card still opens in its frame, with no CSP error',
    () => hoverOpensCardInFrame('card-csp.html?csp=strict'),
  );

  /** Writes the extension's sync storage from one of its pages (`null`: clears it), and waits. */
  async function setSettings(values) {
    await openExtensionPage('options.html');
    const write =
      values === null
        ? 'browser.storage.sync.clear()'
        : `browser.storage.sync.set(${JSON.stringify(values)})`;
    // Puppeteer awaits the promise the expression gives.
    await page.evaluate(`${write}.then(() => true)`);
  }

  /** The only child frame of the tab (the fixture's frame), once it has loaded `urlStart`. */
  async function childFrame(urlStart) {
    const deadline = Date.now() + IDLE_TIMEOUT_MS;
    for (;;) {
      const child = page
        .mainFrame()
        .childFrames()
        .find((frame) => frame.url().startsWith(urlStart));
      if (child && (await child.evaluate('document.readyState').catch(() => undefined)) === 'complete')
        return child;
      if (Date.now() > deadline) throw new Error(`no frame at ${urlStart}`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  /** Polls the frame until it is idle or marked (the fault); returns its marks. */
  async function frameSettled(frame) {
    const deadline = Date.now() + IDLE_TIMEOUT_MS;
    for (;;) {
      // One read of both: the frame may finish between two.
      const { marks, state } = await frame.evaluate(
        `({ marks: ${MENTIONS_EXPR}, state: document.documentElement.getAttribute('data-brieflight-state') })`,
      );
      if (marks.length > 0 || state === 'idle') return marks;
      if (Date.now() > deadline)
        throw new Error(`frame: data-brieflight-state is ${state}, not idle, after ${IDLE_TIMEOUT_MS} ms`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  // A frame from another host (localhost, not 127.0.0.1) embedded with referrerpolicy="no-referrer":
  // its location.ancestorOrigins is "null", and its own host is not the site's (issue 17). On a
  // plain top page the content script can still read the top's location; on a sandboxed one
  // (opaque origin) it cannot, and asks the background, which asks the top frame.
  const port = new URL(server.origin).port;
  const childUrl = `http://localhost:${port}/hostile-blind-child.html`;
  for (const [name, origin, pageOrigin] of [
    ['a no-referrer frame from another host', server.origin, server.origin],
    ['a no-referrer frame from another host in a sandboxed page', sandboxed.origin, 'null'],
  ])
    await check(`${name} follows the top site: on, then turned off`, async () => {
      const url = `${origin}/hostile-blind-top.html?child=${encodeURIComponent(childUrl)}`;
      try {
        await setSettings(null);
        await openPage(url);
        assertEqual(await page.evaluate('self.origin'), pageOrigin, 'the top page’s origin');
        let frame = await childFrame('http://localhost:');
        assertEqual(await frame.evaluate('window.ancestors'), ['null'], 'the frame’s ancestorOrigins');
        const on = await frameSettled(frame);
        assertEqual(
          on.map((m) => m.text),
          ['Baku', 'Azerbaijan', 'Israel'],
          'marks in the frame, site on',
        );

        await setSettings({ disabledSites: ['127.0.0.1'] });
        // Where Brieflight is off it writes nothing, the state attribute included (issue 17): no
        // idle to wait for. The frame gets PROVE_QUIET_MS after its load to show a mention; the
        // "on" half above is the control that it would.
        await navigate(url);
        frame = await childFrame('http://localhost:');
        await new Promise((done) => setTimeout(done, PROVE_QUIET_MS));
        assertEqual(await frame.evaluate(MENTIONS_EXPR), [], 'marks in the frame, site turned off');
        assertEqual(await page.evaluate(MENTIONS_EXPR), [], 'marks in the top page, site turned off');
        expectNoErrors();
      } finally {
        await setSettings(null).catch(() => undefined);
      }
    });

  await check('popup.html: renders the briefing title', async () => {
    await openExtensionPage('popup.html');
    const title = 'Does Azerbaijan have strong relations with Israel?';
    const deadline = Date.now() + IDLE_TIMEOUT_MS;
    let headings = [];
    while (!headings.includes(title) && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 50));
      headings = await page.evaluate(`[...document.querySelectorAll('h2')].map((h) => h.textContent.trim())`);
    }
    if (!headings.includes(title)) throw new Error(`no h2 "${title}"; h2s: ${JSON.stringify(headings)}`);
    expectNoErrors();
  });

  if (strayHosts.length) {
    console.log(`note: Firefox tried to reach (refused, never sent): ${[...new Set(strayHosts)].join(', ')}`);
  }
} catch (err) {
  failed++;
  console.log(`✖ firefox smoke: ${err instanceof Error ? err.message : err}`);
} finally {
  clearTimeout(watchdog);
  await cleanup();
}

console.log(
  `firefox smoke: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)}s)`,
);
process.exit(failed === 0 ? 0 : 1);
