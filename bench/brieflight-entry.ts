// The (B) method of `npm run bench`: Brieflight's first pass, from the project's own modules, in two
// bundles as the extension ships it: this one, the first stage (bundled by scripts/bench.mjs into
// .output/bench/brieflight.js and injected inline, as Chrome injects a content script), and the core
// (bench/brieflight-core-entry.ts, loaded from a URL as the content script imports its core). It must
// do what src/entrypoints/content/page.ts and core.ts do for the first pass; keep them in step
// (docs/adr/0005-benchmark.md).
//
// FIRST_PASS picks what is measured: 'scanner' (the content script as shipped: the first stage's
// prefilter walk, then on its first candidate src/page/scanner.ts's Scanner, which owns the pass),
// or 'highlighter' (`new Highlighter().markAll(body)`, the walking skeleton's pass). When
// src/page/scanner.ts has no usable Scanner, the highlighter is used. The scanner shows mentions the
// way `run(doc, display)` asks: painted (the default, as the content script does, issue 12) or as
// element marks. The end of the pass is the scanner's own `onSettle`: the page is not given the
// opt-in state attribute (that would be a DOM write of the bench's own on a page without mentions).
import { createPrefilter, prefilterPretest } from '@/detect/prefilter';
import { PREFILTER } from '@/detect/prefilter.compiled';
import { FirstStage } from '@/page/first-stage';
import type { BenchCore, BenchDisplay, BenchRun } from './brieflight-types';

const FIRST_PASS: 'scanner' | 'highlighter' = 'scanner';

/**
 * What the content script runs, as shipped (docs/adr/0013-first-stage.md): the first stage walks the
 * page with the prefilter alone; only its first candidate starts the core's scanner (the core's
 * import is not timed: `initMs` is the bundle's evaluation). A page without mentions costs the first
 * stage's walk and nothing more, as in the browser.
 */
// Made once per page, as the content script makes it once when it starts (src/entrypoints/content/page.ts),
// like (p)'s RegExp in bench/methods.js: both are compiled by their first test inside a timed run.
const prefilter = createPrefilter(PREFILTER, { sieve: false });
const pretest = prefilterPretest(PREFILTER);

function runShipped(
  doc: Document,
  runScanner: NonNullable<BenchCore['runScanner']>,
  display: BenchDisplay,
): BenchRun {
  let core: BenchRun | undefined;
  let over = false;
  let settled: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (settled = resolve));
  const finish = () => {
    over = true;
    settled();
  };
  const stage = new FirstStage({
    doc,
    test: prefilter,
    pretest,
    loadCore: () => {
      core = runScanner(doc, display);
      if (core.finished()) finish();
      else void core.done.then(finish);
      return Promise.resolve();
    },
    // 'idle' without a core: the walk found no candidate, the pass is over.
    setState: (state) => {
      if (state === 'idle' && !core) finish();
    },
  });
  stage.apply(true);
  return {
    finished: () => over,
    done,
    dispose: () => {
      stage.dispose();
      core?.dispose();
    },
  };
}

const initMs = performance.now() - (window.__brieflightT0 ?? performance.now());
const core = window.__brieflightCore;
if (!core) throw new Error('bench: load .output/bench/brieflight-core.js before brieflight.js');
const runScanner = FIRST_PASS === 'scanner' ? core.runScanner : undefined;

window.__brieflight = {
  kind: runScanner ? 'scanner' : 'highlighter',
  displays: core.displays,
  initMs: initMs + core.initMs,
  run: (doc, display = core.displays[0]!) =>
    runScanner
      ? runShipped(doc, runScanner, core.displays.includes(display) ? display : 'marks')
      : core.runHighlighter(doc),
};
