// Measures what the card costs in its extension-origin frame (issue 17, "The card's text is
// readable through window.find()"; docs/adr/0015-card-host.md has the results).
// Usage: npx wxt build && node scripts/card-frame.mjs [runs]
//
// The shipped frame (card-frame.html of the build) is driven from a fixture page on 127.0.0.1 with
// the host's own protocol (src/card/card-channel.ts): a token in the fragment, a MessagePort handed
// over on load, a render message (bench/card-frame-entry.tsx builds it as card-host.tsx does), and
// the frame's size reply, which is what the host places the card by. Each run opens a fresh tab:
// - frame, first show: creating the iframe until the frame has rendered the card and reported its
//   size, and the page's next frame, on a tab that has shown no card yet (the cost if the frame
//   were made at the show);
// - frame made at hover intent, first show: the frame was made and connected beforehand (as the
//   host does at hover intent for a frame it dropped; its first frame is made at the first show,
//   see ADR 0015): its first render until the size;
// - frame, later show: a render of another entity in the same frame until its size;
// - frame, a new frame: a second iframe in the same tab (the extension's process is warm);
// - shadow root, first / later show: the same card rendered into a closed shadow root in the page
//   until the next frame is produced (what the host did before the frame), for comparison.
// The copy of the build serves card-frame.html at its static URL (the page must know it; the
// shipped manifest has Chrome's per-session dynamic URL).
import { build } from 'vite';
import preact from '@preact/preset-vite';
import { chromium } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROME_EXTENSION_DIR, ROOT, chromeArgs, findChrome, serveStatic } from './harness.mjs';

const RUNS = Number(parseArgs({ allowPositionals: true }).positionals[0] ?? 11);

async function bundle() {
  const built = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    plugins: [preact()],
    resolve: {
      alias: [
        { find: '@@', replacement: ROOT },
        { find: '@', replacement: join(ROOT, 'src') },
      ],
    },
    define: { 'import.meta.env.MODE': '"production"' },
    build: {
      write: false,
      minify: true,
      lib: {
        entry: join(ROOT, 'bench', 'card-frame-entry.tsx'),
        formats: ['iife'],
        name: 'CardFrame',
        fileName: 'card-frame',
      },
    },
  });
  for (const o of Array.isArray(built) ? built : [built]) {
    if ('output' in o) for (const chunk of o.output) if (chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('no bundle');
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) =>
  `median ${median(xs).toFixed(1)} ms, min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}`;

const code = await bundle();
const dir = mkdtempSync(join(tmpdir(), 'brieflight-card-frame-'));
const ext = join(dir, 'ext');
cpSync(CHROME_EXTENSION_DIR, ext, { recursive: true });
const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8'));
for (const entry of manifest.web_accessible_resources) entry.use_dynamic_url = false;
writeFileSync(join(ext, 'manifest.json'), JSON.stringify(manifest));

const server = await serveStatic({ '/': join(ROOT, 'tests', 'e2e', 'pages') });
const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
  executablePath: findChrome(),
  headless: true,
  args: chromeArgs(ext),
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const frameUrl = `chrome-extension://${id}/card-frame.html`;
  const results = {
    frameFirst: [],
    framePrepared: [],
    frameLater: [],
    frameNew: [],
    shadowFirst: [],
    shadowLater: [],
  };
  for (let i = 0; i < RUNS; i++) {
    const page = await context.newPage();
    await page.goto(`${server.origin}/plain.html`);
    await page.addScriptTag({ content: code });
    const r = await page.evaluate(async (url) => {
      let seq = 0;
      const token = () =>
        [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
      // Makes a frame and connects to it as the host does; resolves with its port once connected.
      const connect = () =>
        new Promise((done) => {
          const t = token();
          const frame = document.createElement('iframe');
          frame.style.cssText = 'position:fixed;top:0;left:0;width:360px;height:480px;border:0';
          frame.addEventListener(
            'load',
            () => {
              const channel = new MessageChannel();
              frame.contentWindow.postMessage({ type: 'brieflight-card-connect', token: t }, '*', [
                channel.port2,
              ]);
              done({ frame, port: channel.port1 });
            },
            { once: true },
          );
          frame.src = `${url}#${t}`;
          document.documentElement.append(frame);
        });
      // Sends a render and resolves once the frame has reported the card's size for it and the
      // page has produced its next frame (the host places the card on the size: compared with the
      // shadow root's render-to-next-frame).
      const show = (port, entity) =>
        new Promise((done) => {
          const s = ++seq;
          port.onmessage = (e) => {
            if (e.data?.type === 'size' && e.data.seq === s) requestAnimationFrame(() => setTimeout(done, 0));
          };
          port.postMessage(window.renderMessage(entity, s));
        });
      const t0 = performance.now();
      const first = await connect();
      await show(first.port, 'azerbaijan');
      const frameFirst = performance.now() - t0;
      const t1 = performance.now();
      await show(first.port, 'socar');
      const frameLater = performance.now() - t1;
      const t2 = performance.now();
      const second = await connect();
      await show(second.port, 'israel');
      const frameNew = performance.now() - t2;
      // Made ahead (hover intent), rendered a dwell later: only the render is on the show's path.
      const third = await connect();
      await new Promise((done) => setTimeout(done, 350));
      const t3 = performance.now();
      await show(third.port, 'baku');
      const framePrepared = performance.now() - t3;
      for (const f of [first, second, third]) f.frame.remove();
      return { frameFirst, frameLater, frameNew, framePrepared };
    }, frameUrl);
    const shadowFirst = await page.evaluate(() => window.renderInShadow('azerbaijan'));
    const shadowLater = await page.evaluate(() => window.renderInShadow('socar'));
    for (const [k, v] of Object.entries({ ...r, shadowFirst, shadowLater })) results[k].push(v);
    await page.close();
  }
  console.log(
    `card in its extension frame vs a closed shadow root, ${RUNS} fresh tabs (Chromium ${context.browser()?.version() ?? ''})`,
  );
  console.log(`frame, first show (made at the show):  ${fmt(results.frameFirst)}`);
  console.log(`frame made at hover intent, first show: ${fmt(results.framePrepared)}`);
  console.log(`frame, later show:                      ${fmt(results.frameLater)}`);
  console.log(`frame, a new frame:                     ${fmt(results.frameNew)}`);
  console.log(`shadow root, first show:                ${fmt(results.shadowFirst)}`);
  console.log(`shadow root, later show:                ${fmt(results.shadowLater)}`);
  // The first tab also starts the extension's renderer process (later tabs reuse it).
  console.log(`frame, first show, run by run: ${results.frameFirst.map((x) => x.toFixed(0)).join(', ')} ms`);
} finally {
  await context.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
