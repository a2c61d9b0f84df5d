// The (B) method of `npm run bench`: Brieflight's first pass, from the project's own modules,
// bundled by scripts/bench.mjs (esbuild, minified) into .output/bench/brieflight.js and injected
// into each benchmark page. It must do what src/entrypoints/content/core.ts (the content script's core) does for the first pass;
// keep the two in step (docs/adr/0005-benchmark.md).
//
// FIRST_PASS picks what is measured: 'scanner' (the content script as shipped: the first stage's
// prefilter walk, then on its first candidate src/page/scanner.ts's Scanner, which owns the pass), or 'highlighter' (`new Highlighter().markAll(body)`, the walking skeleton's pass). When
// src/page/scanner.ts has no usable Scanner, the highlighter is used. The scanner shows mentions the
// way `run(doc, display)` asks: painted (the default, as the content script does, issue 12) or as
// element marks. The end of the pass is the scanner's own `onSettle`: the page is not given the
// opt-in state attribute (that would be a DOM write of the bench's own on a page without mentions).
// The Scanner is reached through a loose type on purpose: a change of its signature must not
// break `npm run typecheck`; it shows up here, as a bench error, instead.
import { createPrefilter, prefilterPretest } from '@/detect/prefilter';
import { PREFILTER } from '@/detect/prefilter.compiled';
import { FirstStage } from '@/page/first-stage';
import { Highlighter } from '@/page/highlighter';
import { Painter } from '@/page/paint';
import { browserHighlightApi } from '@/page/highlight-api';
import * as scannerModule from '@/page/scanner';

/** How mentions are shown: painted highlights (the content script's default) or element marks. */
export type BenchDisplay = 'paint' | 'marks';

const FIRST_PASS: 'scanner' | 'highlighter' = 'scanner';

interface ScannerLike {
  start(): unknown;
  stop?(): void;
  destroy?(): void;
  dispose?(): void;
}
type ScannerClass = new (
  doc: Document,
  highlighter: Highlighter,
  opts?: { onChange?: () => void; onSettle?: () => void; painter?: Painter; display?: () => BenchDisplay },
) => ScannerLike;

export interface BenchRun {
  /** True when the pass had already finished when run() returned (one synchronous task). */
  finished(): boolean;
  /** Resolves when the pass is over: `data-brieflight-state="idle"` and start()'s promise, if any. */
  done: Promise<void>;
  /** Stops whatever the pass left running (observers, timers), so the next method runs alone. */
  dispose(): void;
}

export interface BrieflightBench {
  kind: 'scanner' | 'highlighter';
  /** The ways of showing mentions run() can measure (painted needs the Custom Highlight API). */
  displays: BenchDisplay[];
  /** Milliseconds the bundle's evaluation took (module code, building the matcher). */
  initMs: number;
  /** One first pass; `display` defaults to 'paint' (as the content script), 'marks' where no API. */
  run(doc: Document, display?: BenchDisplay): BenchRun;
}

declare global {
  interface Window {
    __brieflight?: BrieflightBench;
    /** Set by the bundle's banner, before any module code runs. */
    __brieflightT0?: number;
  }
}

const Scanner = (scannerModule as unknown as { Scanner?: unknown }).Scanner as ScannerClass | undefined;
const kind: BrieflightBench['kind'] =
  FIRST_PASS === 'scanner' && typeof Scanner === 'function' ? 'scanner' : 'highlighter';

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

function runShipped(doc: Document, ScannerCtor: ScannerClass, display: BenchDisplay): BenchRun {
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
      core = runScanner(doc, ScannerCtor, display);
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

function runHighlighter(doc: Document): BenchRun {
  if (doc.body) new Highlighter().markAll(doc.body);
  return { finished: () => true, done: Promise.resolve(), dispose: () => {} };
}

const displays: BenchDisplay[] = browserHighlightApi(window) ? ['paint', 'marks'] : ['marks'];

window.__brieflight = {
  kind,
  displays,
  initMs: performance.now() - (window.__brieflightT0 ?? performance.now()),
  run: (doc, display = displays[0]!) =>
    kind === 'scanner' && Scanner
      ? runShipped(doc, Scanner, displays.includes(display) ? display : 'marks')
      : runHighlighter(doc),
};
