// Firefox smoke test (issue 8): loads the Firefox build (.output/firefox-mv2, built beforehand by
// `npm run build:firefox`) into Debian's Firefox ESR, headless, as a temporary add-on, and checks
// that the content script paints mentions (CSS Custom Highlights, issue 12) on fixture pages served
// from 127.0.0.1, that the reader's pointer resting on a mention opens the card (issue 12) in its
// extension frame, out of the page's reach (issue 17), that a no-referrer frame from another host
// is off on a site turned off (issue 17), and that the popup renders, with no error in the pages'
// consoles. Talks WebDriver BiDi to Firefox directly: no geckodriver, no
// web-ext, no dependency. Why: docs/adr/0006-firefox.md.
//
//   node scripts/firefox-smoke.mjs [extension dir]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, join, resolve } from 'node:path';
import { OPT_IN_STATE, ROOT, serveStatic } from './harness.mjs';
import { FIREFOX_INSTALL_HINT, findFirefox, launchFirefox } from './firefox/launch.mjs';

// Node 20 has WebSocket only behind a flag (Node 22 has it by default): run again with it.
if (typeof WebSocket === 'undefined') {
  const { status, signal } = spawnSync(
    process.execPath,
    ['--experimental-websocket', '--no-warnings=ExperimentalWarning', ...process.execArgv, ...process.argv.slice(1)],
    { stdio: 'inherit' },
  );
  process.exit(status ?? (signal ? 1 : 0));
}

const EXTENSION_DIR = resolve(process.argv[2] ?? join(ROOT, '.output', 'firefox-mv2'));
const PAGES = join(ROOT, 'tests', 'e2e', 'pages');
const ADDON_ID = 'brieflight@brieflight.example';
// Fixed through the extensions.webextensions.uuids pref, so the popup's URL is known.
const ADDON_UUID = 'b71e4f1a-9c3d-4e5f-8a6b-2c1d0e9f8a7b';
// A watchdog, not a target: six checks take 15–30 s here, more on a loaded two-core machine.
const TOTAL_TIMEOUT_MS = 90_000;
const IDLE_TIMEOUT_MS = 10_000;
// How long a page turned off gets to show a mention it must not (utils/timings.ts).
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
const mentionsInside = (selectors) =>
  `${JSON.stringify(selectors)}.filter((sel) => [...document.querySelectorAll(sel)].some((el) =>
    [...CSS.highlights].some(([name, h]) => name.startsWith('brieflight-') && [...h].some((r) => el.contains(r.startContainer)))))`;


/**
 * Serves one page at `/<its file name>` from 127.0.0.1 with `Content-Security-Policy: sandbox
 * allow-scripts`, which gives it an opaque origin (the shared fixture server has no such option).
 */
async function serveSandboxed(file) {
  const name = `/${basename(file)}`;
  const http = createServer((req, res) => {
    if (new URL(req.url ?? '/', 'http://127.0.0.1').pathname !== name) return void res.writeHead(404).end('not found');
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': 'sandbox allow-scripts',
    });
    res.end(readFileSync(file));
  });
  await new Promise((done) => http.listen(0, '127.0.0.1', done));
  const address = http.address();
  return {
    origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    close: () =>
      new Promise((done) => {
        http.close(() => done(undefined));
        http.closeAllConnections();
      }),
  };
}

const started = Date.now();
let passed = 0;
let failed = 0;
let server;
let sandboxed;
let browser;
let cleaning;
const cleanup = () =>
  (cleaning ??= (async () => {
    await browser?.close();
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
  sandboxed = await serveSandboxed(join(PAGES, 'hostile-blind-top.html'));
  browser = await launchFirefox(firefox, { extensionUuids: { [ADDON_ID]: ADDON_UUID } });
  const { bidi } = browser;

  const session = await bidi.send('session.new', { capabilities: {} });
  console.log(`Firefox ${session.capabilities.browserVersion} (${firefox}), extension ${EXTENSION_DIR}`);

  // Every error-level log entry (console.error, uncaught exception) with the context it came from.
  const errors = [];
  bidi.on('log.entryAdded', (entry) => {
    if (entry.level === 'error') errors.push({ context: entry.source?.context, text: entry.text });
  });
  await bidi.send('session.subscribe', { events: ['log.entryAdded'] });

  const { extension } = await bidi.send('webExtension.install', {
    extensionData: { type: 'path', path: EXTENSION_DIR },
  });
  if (extension !== ADDON_ID) throw new Error(`installed ${extension}, expected ${ADDON_ID}`);

  const { context } = await bidi.send('browsingContext.create', { type: 'tab' });
  await bidi.send('script.addPreloadScript', { functionDeclaration: OPT_IN_STATE, contexts: [context] });

  /** Navigates, then polls until the content script reports `idle`. */
  async function openPage(url) {
    await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
    const deadline = Date.now() + IDLE_TIMEOUT_MS;
    for (;;) {
      const state = await bidi.evaluate(context, `document.documentElement.getAttribute('data-brieflight-state')`);
      if (state === 'idle') return;
      if (Date.now() > deadline) throw new Error(`${url}: data-brieflight-state is ${state}, not idle, after ${IDLE_TIMEOUT_MS} ms`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  /** Throws on any error-level log entry from this context since the last call. */
  function expectNoErrors(ignore) {
    const mine = errors.filter((e) => e.context === context && !(ignore && ignore.test(e.text)));
    errors.length = 0;
    if (mine.length) throw new Error(`console errors:\n    ${mine.map((e) => e.text).join('\n    ')}`);
  }

  await check('contract.html: painted highlights follow the contract, nothing in excluded elements, no DOM change', async () => {
    await openPage(`${server.origin}/contract.html`);
    // The same expectations as the first test of tests/e2e/skeleton.spec.ts.
    assertEqual(
      await bidi.evaluate(context, MENTIONS_EXPR),
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
    assertEqual(await bidi.evaluate(context, `document.querySelectorAll('mark.brieflight-mark').length`), 1, 'marks (the page’s own)');
    const excluded = ['#input', '#textarea', '#select', '#button', '#editable', '#code', '#pre', '#kbd', '#samp', '#svg', '#math'];
    assertEqual(await bidi.evaluate(context, mentionsInside(excluded)), [], 'excluded elements with mentions');
    assertEqual(
      await bidi.evaluate(context, `document.getElementById('running').textContent`),
      "Officials from Azerbaijan met Israel's envoy in Baku, and SOCAR signed a deal.",
      'text of #running',
    );
    assertEqual(
      await bidi.evaluate(context, `document.querySelector('#forged mark').outerHTML`),
      '<mark class="brieflight-mark" data-brieflight-entity="__proto__">Azerbaijan</mark>',
      'forged mark',
    );
    expectNoErrors();
  });

  await check('news.html: all four entities painted, none in code or form controls', async () => {
    await openPage(`${server.origin}/news.html`);
    const marks = await bidi.evaluate(context, MENTIONS_EXPR);
    const entities = [...new Set(marks.map((m) => m.entity))].sort();
    assertEqual(entities, ['azerbaijan', 'baku', 'israel', 'socar'], 'painted entities');
    assertEqual(await bidi.evaluate(context, mentionsInside(['code', 'input', 'select', 'button', 'title'])), [], 'excluded elements with mentions');
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
  async function hoverOpensCardInFrame(page, ignore) {
    await openPage(`${server.origin}/${page}`);
    // The mention's box, measured on a Range over its text (nothing of ours is in the DOM to ask).
    const box = await bidi.evaluate(
      context,
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
    assertEqual(await bidi.evaluate(context, open), false, 'card open before the hover');
    // The reader's pointer (trusted input, WebDriver BiDi input actions): from the page's corner,
    // across the line, to rest in the middle of the mention.
    const y = Math.round(box.y + box.height / 2);
    await bidi.send('input.performActions', {
      context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: 1, y: 1, duration: 0 },
            { type: 'pointerMove', x: Math.round(box.x + 2), y, duration: 100 },
            { type: 'pointerMove', x: Math.round(box.x + box.width / 2), y, duration: 100 },
          ],
        },
      ],
    });
    const deadline = Date.now() + IDLE_TIMEOUT_MS;
    while (!(await bidi.evaluate(context, open))) {
      if (Date.now() > deadline) throw new Error(`no open card host (html > div[popover]:popover-open) after ${IDLE_TIMEOUT_MS} ms`);
      await new Promise((done) => setTimeout(done, 50));
    }
    // One element added to the page, the host; its root is closed, so the page sees no card text.
    assertEqual(
      await bidi.evaluate(context, `[...document.querySelectorAll('html > div[popover]')].map((el) => el.shadowRoot === null)`),
      [true],
      'card hosts (closed root)',
    );
    // The card itself is rendered in the extension's own frame (card-frame.html, at the install's
    // moz-extension UUID) inside that root: its text is there, and not in the page's reach.
    const cardFrame = async () => {
      const { contexts } = await bidi.send('browsingContext.getTree', { root: context });
      const all = [];
      const walk = (c) => {
        all.push(c);
        for (const child of c.children ?? []) walk(child);
      };
      for (const c of contexts) walk(c);
      return all.find((c) => c.url.startsWith(`moz-extension://${ADDON_UUID}/card-frame.html#`));
    };
    const name = `document.querySelector('[role="dialog"][data-placed]')?.getAttribute('aria-label') ?? null`;
    const until = Date.now() + IDLE_TIMEOUT_MS;
    for (;;) {
      const frame = await cardFrame();
      if (frame && (await bidi.evaluate(frame.context, name)) === 'Azerbaijan — key facts') break;
      if (Date.now() > until) throw new Error(`no placed card in a card-frame.html frame after ${IDLE_TIMEOUT_MS} ms`);
      await new Promise((done) => setTimeout(done, 50));
    }
    assertEqual(
      await bidi.evaluate(context, `(() => { const found = window.find('key facts'); const text = getSelection().toString(); getSelection().removeAllRanges(); return [found, text, window.frames.length]; })()`),
      [false, '', 0],
      "the page's window.find('key facts'), its selection, its window.frames",
    );
    await bidi.send('input.releaseActions', { context });
    expectNoErrors(ignore);
  }

  await check('host-remount.html: the pointer resting on a mention opens the card in the top layer, rendered in its extension frame', () =>
    hoverOpensCardInFrame('host-remount.html'),
  );
  // A page whose CSP allows no frame (default-src 'none'): the card's frame is the extension's own.
  await check('card-csp.html with a strict CSP (default-src none): the card still opens in its frame, with no CSP error', () =>
    // Firefox's own request for /favicon.ico is refused by the page's img-src, and says so.
    hoverOpensCardInFrame('card-csp.html?csp=strict', /\/favicon\.ico because it violates the following directive: “img-src 'none'”/),
  );

  /** Writes the extension's sync storage from one of its pages (`null`: clears it), and waits. */
  async function setSettings(values) {
    await bidi.send('browsingContext.navigate', { context, url: `moz-extension://${ADDON_UUID}/options.html`, wait: 'complete' });
    const write = values === null ? 'browser.storage.sync.clear()' : `browser.storage.sync.set(${JSON.stringify(values)})`;
    await bidi.evaluate(context, `(window.__written = false, ${write}.then(() => { window.__written = true; }), true)`);
    const deadline = Date.now() + IDLE_TIMEOUT_MS;
    while (!(await bidi.evaluate(context, 'window.__written'))) {
      if (Date.now() > deadline) throw new Error(`storage write ${write} did not finish`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  /** The only child browsing context of the tab (the fixture's frame), once it has loaded `urlStart`. */
  async function childContext(urlStart) {
    const deadline = Date.now() + IDLE_TIMEOUT_MS;
    for (;;) {
      const { contexts } = await bidi.send('browsingContext.getTree', { root: context });
      const child = contexts[0]?.children?.find((c) => c.url.startsWith(urlStart));
      if (child && (await bidi.evaluate(child.context, 'document.readyState')) === 'complete') return child.context;
      if (Date.now() > deadline) throw new Error(`no frame at ${urlStart}`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  /** Polls the frame until it is idle or marked (the fault); returns its marks. */
  async function frameSettled(frame) {
    const deadline = Date.now() + IDLE_TIMEOUT_MS;
    for (;;) {
      // One read of both: the frame may finish between two.
      const { marks, state } = await bidi.evaluate(
        frame,
        `{ marks: ${MENTIONS_EXPR}, state: document.documentElement.getAttribute('data-brieflight-state') }`,
      );
      if (marks.length > 0 || state === 'idle') return marks;
      if (Date.now() > deadline) throw new Error(`frame: data-brieflight-state is ${state}, not idle, after ${IDLE_TIMEOUT_MS} ms`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  // A frame from another host (localhost, not 127.0.0.1) embedded with referrerpolicy="no-referrer":
  // its location.ancestorOrigins is "null", and its own host is not the site's (issue 17). On a
  // plain top page the content script can still read the top's location; on a sandboxed one
  // (opaque origin) it cannot, and asks the background, which asks the top frame.
  const port = new URL(server.origin).port;
  const childUrl = `http://localhost:${port}/hostile-blind-child.html`;
  for (const [name, origin] of [
    ['a no-referrer frame from another host', server.origin],
    ['a no-referrer frame from another host in a sandboxed page', sandboxed.origin],
  ]) await check(`${name} follows the top site: on, then turned off`, async () => {
    const url = `${origin}/hostile-blind-top.html?child=${encodeURIComponent(childUrl)}`;
    try {
      await setSettings(null);
      await openPage(url);
      let frame = await childContext('http://localhost:');
      assertEqual(await bidi.evaluate(frame, 'window.ancestors'), ['null'], 'the frame’s ancestorOrigins');
      const on = await frameSettled(frame);
      assertEqual(on.map((m) => m.text), ['Baku', 'Azerbaijan', 'Israel'], 'marks in the frame, site on');

      await setSettings({ disabledSites: ['127.0.0.1'] });
      // Where Brieflight is off it writes nothing, the state attribute included (issue 17): no
      // idle to wait for. The frame gets PROVE_QUIET_MS after its load to show a mention; the
      // "on" half above is the control that it would.
      await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
      frame = await childContext('http://localhost:');
      await new Promise((done) => setTimeout(done, PROVE_QUIET_MS));
      assertEqual(await bidi.evaluate(frame, MENTIONS_EXPR), [], 'marks in the frame, site turned off');
      assertEqual(await bidi.evaluate(context, MENTIONS_EXPR), [], 'marks in the top page, site turned off');
      expectNoErrors();
    } finally {
      await setSettings(null).catch(() => undefined);
    }
  });

  await check('popup.html: renders the briefing title', async () => {
    await bidi.send('browsingContext.navigate', {
      context,
      url: `moz-extension://${ADDON_UUID}/popup.html`,
      wait: 'complete',
    });
    const title = 'Does Azerbaijan have strong relations with Israel?';
    const deadline = Date.now() + IDLE_TIMEOUT_MS;
    let headings = [];
    while (!headings.includes(title) && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 50));
      headings = await bidi.evaluate(context, `[...document.querySelectorAll('h2')].map((h) => h.textContent.trim())`);
    }
    if (!headings.includes(title)) throw new Error(`no h2 "${title}"; h2s: ${JSON.stringify(headings)}`);
    expectNoErrors();
  });

  if (browser.strayHosts.length) {
    console.log(`note: Firefox tried to reach (refused, never sent): ${[...new Set(browser.strayHosts)].join(', ')}`);
  }
} catch (err) {
  failed++;
  console.log(`✖ firefox smoke: ${err instanceof Error ? err.message : err}`);
} finally {
  clearTimeout(watchdog);
  await cleanup();
}

console.log(`firefox smoke: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)}s)`);
process.exit(failed === 0 ? 0 : 1);
