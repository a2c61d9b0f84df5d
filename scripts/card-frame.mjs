// Measures what moving the card's content into an extension-origin frame would cost (issue 17,
// "The card's text is readable through window.find()"; docs/adr/0015-card-host.md has the result).
// Usage: npx wxt build && node scripts/card-frame.mjs [runs]
//
// A copy of the built extension gets one more web-accessible page, card-frame.html, which renders
// the real card (bench/card-frame-entry.tsx). On a fixture page served from 127.0.0.1, each run
// opens a fresh tab and times, from the page:
// - frame, first show: creating the iframe until the frame has rendered the card and produced a
//   frame (its requestAnimationFrame + a task), on a tab that has shown no card yet;
// - frame, later show: a message to that frame to render another entity, until it has painted;
// - frame, new frame: a second iframe in the same tab (the extension's process is warm);
// - shadow root, first / later show: the same card rendered into a closed shadow root in the page
//   (what src/card/card-host.tsx does, less loading card-ui.js), for comparison.
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
    resolve: { alias: [{ find: '@@', replacement: ROOT }, { find: '@', replacement: join(ROOT, 'src') }] },
    define: { 'import.meta.env.MODE': '"production"' },
    build: {
      write: false,
      minify: true,
      lib: { entry: join(ROOT, 'bench', 'card-frame-entry.tsx'), formats: ['iife'], name: 'CardFrame', fileName: 'card-frame' },
    },
  });
  for (const o of Array.isArray(built) ? built : [built]) {
    if ('output' in o) for (const chunk of o.output) if (chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('no bundle');
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) => `median ${median(xs).toFixed(1)} ms, min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}`;

const code = await bundle();
const dir = mkdtempSync(join(tmpdir(), 'brieflight-card-frame-'));
const ext = join(dir, 'ext');
cpSync(CHROME_EXTENSION_DIR, ext, { recursive: true });
writeFileSync(join(ext, 'card-frame.js'), code);
writeFileSync(
  join(ext, 'card-frame.html'),
  '<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><script defer src="card-frame.js"></script></head><body style="margin:0"></body></html>',
);
const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8'));
manifest.web_accessible_resources.push({ resources: ['card-frame.html', 'card-frame.js'], matches: ['<all_urls>'] });
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
  const results = { frameFirst: [], frameLater: [], frameNew: [], shadowFirst: [], shadowLater: [] };
  for (let i = 0; i < RUNS; i++) {
    const page = await context.newPage();
    await page.goto(`${server.origin}/plain.html`);
    const r = await page.evaluate(async (url) => {
      const rendered = () =>
        new Promise((done) => {
          const on = (e) => {
            if (e.data?.type !== 'brieflight-frame-rendered') return;
            removeEventListener('message', on);
            done();
          };
          addEventListener('message', on);
        });
      const open = async () => {
        const t0 = performance.now();
        const frame = document.createElement('iframe');
        frame.style.cssText = 'position:fixed;top:0;left:0;width:360px;height:480px;border:0';
        const done = rendered();
        frame.src = url;
        document.documentElement.append(frame);
        await done;
        return { frame, ms: performance.now() - t0 };
      };
      const first = await open();
      const t1 = performance.now();
      const again = rendered();
      first.frame.contentWindow.postMessage({ type: 'brieflight-frame-show', entity: 'socar' }, '*');
      await again;
      const later = performance.now() - t1;
      const second = await open();
      first.frame.remove();
      second.frame.remove();
      return { frameFirst: first.ms, frameLater: later, frameNew: second.ms };
    }, frameUrl);
    await page.addScriptTag({ content: code });
    const shadowFirst = await page.evaluate(() => window.renderInShadow('azerbaijan'));
    const shadowLater = await page.evaluate(() => window.renderInShadow('socar'));
    for (const [k, v] of Object.entries({ ...r, shadowFirst, shadowLater })) results[k].push(v);
    await page.close();
  }
  console.log(`card in an extension frame vs a closed shadow root, ${RUNS} fresh tabs (Chromium ${context.browser()?.version() ?? ''})`);
  console.log(`frame, first show:        ${fmt(results.frameFirst)}`);
  console.log(`frame, later show:        ${fmt(results.frameLater)}`);
  console.log(`frame, a new frame:       ${fmt(results.frameNew)}`);
  console.log(`shadow root, first show:  ${fmt(results.shadowFirst)}`);
  console.log(`shadow root, later show:  ${fmt(results.shadowLater)}`);
  // The first tab also starts the extension's renderer process (later tabs reuse it).
  console.log(`frame, first show, run by run: ${results.frameFirst.map((x) => x.toFixed(0)).join(', ')} ms`);
} finally {
  await context.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
