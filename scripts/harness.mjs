// Shared by the E2E fixture, the demo and the benchmark: find Chromium, serve pages from
// 127.0.0.1, and the flags that load the built extension. Plain JS so `node scripts/*.mjs` runs it
// without a compile step.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = process.env.BRIEFLIGHT_SHARED
  ? resolve(process.env.BRIEFLIGHT_SHARED)
  : resolve(ROOT, '..', 'shared');
export const CHROME_EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
/**
 * A function declaration (as source) that opts a document in to `<html data-brieflight-state>`
 * (CONTRACT.md: the attribute is written only where the page carries it when the content script
 * starts), at once or as soon as <html> exists. E2E (an init script), the Firefox smoke test (a
 * preload script) and the demo run it, so they can wait for "idle" instead of sleeping.
 */
export const OPT_IN_STATE = `() => {
  const set = () => document.documentElement.setAttribute('data-brieflight-state', 'opt-in');
  if (document.documentElement) return set();
  const o = new MutationObserver(() => {
    if (!document.documentElement) return;
    o.disconnect();
    set();
  });
  o.observe(document, { childList: true });
}`;

/**
 * The ids of the fixture pages' elements whose text is never a mention (CONTRACT.md: form controls,
 * editable regions, code, SVG, MathML): tests/e2e/pages/contract.html and detection.html have
 * each. The Firefox smoke test and the E2E suites check that nothing is shown in any of them.
 */
export const EXCLUDED_FIXTURE_IDS = [
  '#input',
  '#textarea',
  '#select',
  '#button',
  '#editable',
  '#code',
  '#pre',
  '#kbd',
  '#samp',
  '#svg',
  '#math',
];

export const INSTALL_HINT =
  'Chromium not found: install it with `apt-get install -y chromium` (Debian/Ubuntu), or set CHROME_PATH.';

/** $CHROME_PATH, else /usr/bin/chromium; undefined when neither exists. */
export function findChrome() {
  const candidate = process.env.CHROME_PATH || '/usr/bin/chromium';
  return existsSync(candidate) ? candidate : undefined;
}

/** Exits with the one line that says how to install Chromium when there is none. */
export function requireChrome() {
  const chrome = findChrome();
  if (!chrome) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  return chrome;
}

/**
 * Flags for a Chromium that loads only our extension and talks to nothing but loopback: the
 * background-networking flags stop Chromium's own calls home, which this machine's closed network
 * would refuse noisily.
 */
export function chromeArgs(extensionDir = CHROME_EXTENSION_DIR, { headless = true } = {}) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...(headless ? ['--headless=new'] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--metrics-recording-only',
    '--safebrowsing-disable-auto-update',
  ];
}

/**
 * Serves `mounts` ({ '/prefix/': '/dir' }; the longest prefix wins) from 127.0.0.1 on a free port,
 * each directory through sirv: content types, `index.html`, no path outside the directory, and
 * `Cache-Control: no-store` (its `dev` mode, which also reads each file when asked, so pages
 * written after the start are served). `headers` are added to every response; a page may ask for
 * a strict Content-Security-Policy with `?csp=strict` (the CSP tests). Anything else: 404.
 * Resolves with the origin (`http://127.0.0.1:<port>`) and `close()`.
 */
export async function serveStatic(mounts, { headers = {} } = {}) {
  const routes = Object.entries(mounts)
    .sort((a, b) => b[0].length - a[0].length)
    .map(([prefix, dir]) => ({ prefix, serve: sirv(dir, { dev: true }) }));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = routes.find(({ prefix }) => url.pathname.startsWith(prefix));
    if (!route) {
      res.writeHead(404).end('not found');
      return;
    }
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (url.searchParams.get('csp') === 'strict') {
      res.setHeader(
        'content-security-policy',
        "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'",
      );
    }
    // The mount's directory is the root of what sirv sees.
    req.url = `/${url.pathname.slice(route.prefix.length)}${url.search}`;
    route.serve(req, res);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    close: () =>
      new Promise((done) => {
        server.close(() => done(undefined));
        // Chromium keeps idle keep-alive sockets open; without this, close() waits for them.
        server.closeAllConnections();
      }),
  };
}
