// The core half of the (B) method of `npm run bench`: what src/entrypoints/content-core.ts brings to
// the first pass (the Scanner, the highlighter, the painter), bundled by scripts/bench.mjs into
// .output/bench/brieflight-core.js. The page loads it as the content script loads its core: a script
// file fetched from a URL, with V8's compile hint at its top (wxt.config.ts COMPILE_HINT), so Chromium
// compiles it while it streams in, off the main thread; the first stage's half
// (bench/brieflight-entry.ts) is injected inline, as Chrome injects a content script. Both are
// loaded before the timed run: the core's import is not timed (docs/adr/0005-benchmark.md).
// The Scanner is reached through a loose type on purpose: a change of its signature must not break
// `npm run typecheck`; it shows up here, as a bench error, instead.
import { Highlighter } from '@/page/highlighter';
import { Painter } from '@/page/paint';
import { browserHighlightApi } from '@/page/highlight-api';
import * as scannerModule from '@/page/scanner';
import type { BenchDisplay, BenchRun, BenchCore, ScannerClass } from './brieflight-types';

const Scanner = (scannerModule as unknown as { Scanner?: unknown }).Scanner as ScannerClass | undefined;
const kind: BenchCore['kind'] = typeof Scanner === 'function' ? 'scanner' : 'highlighter';

function runScanner(doc: Document, ScannerCtor: ScannerClass, display: BenchDisplay): BenchRun {
  const highlighter = new Highlighter();
  const api = display === 'paint' ? browserHighlightApi(doc.defaultView ?? window) : undefined;
  const painter = api && new Painter(doc, api);
  // As core.ts: after a pass that changed what is shown it counts the mentions (and sends the
  // total to the background, which the bench has not: the message is left out).
  const counts = () => (painter ? painter.counts() : highlighter.counts(doc));
  let over = false;
  let settled: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (settled = resolve));
  const scanner = new ScannerCtor(doc, highlighter, {
    onChange: () => void counts(),
    onSettle: () => {
      over = true;
      settled();
    },
    painter,
    display: () => display,
  });
  const started = scanner.start();
  const thenable = started !== null && typeof started === 'object' && 'then' in started;
  const finished = thenable ? Promise.resolve(started).then(() => done) : done;
  return {
    finished: () => over,
    done: finished,
    dispose: () => {
      if (scanner.destroy) scanner.destroy();
      else if (scanner.dispose) scanner.dispose();
      else scanner.stop?.();
      // Painted ranges would stay in the registry and be painted under the next method's work.
      painter?.clear();
    },
  };
}

function runHighlighter(doc: Document): BenchRun {
  if (doc.body) new Highlighter().markAll(doc.body);
  return { finished: () => true, done: Promise.resolve(), dispose: () => {} };
}

const displays: BenchDisplay[] = browserHighlightApi(window) ? ['paint', 'marks'] : ['marks'];

const core: BenchCore = {
  kind,
  displays,
  initMs: performance.now() - (window.__brieflightCoreT0 ?? performance.now()),
  runScanner: Scanner ? (doc, display) => runScanner(doc, Scanner, display) : undefined,
  runHighlighter,
};
window.__brieflightCore = core;
