// The (B) method of `npm run bench`: Brieflight's first pass, from the project's own modules,
// bundled by scripts/bench.mjs (esbuild, minified) into .output/bench/brieflight.js and injected
// into each benchmark page. It must do what entrypoints/content/page.ts does for the first pass;
// keep the two in step (docs/adr/0005-benchmark.md).
//
// FIRST_PASS picks what is measured: 'scanner' (utils/scanner.ts's Scanner, which owns the first
// pass and `data-brieflight-state`), or 'highlighter' (`new Highlighter().markAll(body)`, the
// walking skeleton's pass). When utils/scanner.ts has no usable Scanner, the highlighter is used.
// The Scanner is reached through a loose type on purpose: a change of its signature must not
// break `npm run typecheck`; it shows up here, as a bench error, instead.
import { Highlighter } from '@/utils/highlight';
import * as scannerModule from '@/utils/scanner';

const FIRST_PASS: 'scanner' | 'highlighter' = 'scanner';

const STATE_ATTR = 'data-brieflight-state';

interface ScannerLike {
  start(): unknown;
  stop?(): void;
  destroy?(): void;
  dispose?(): void;
}
type ScannerClass = new (
  doc: Document,
  highlighter: Highlighter,
  opts?: { onChange?: () => void },
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
  /** Milliseconds the bundle's evaluation took (module code, building the matcher). */
  initMs: number;
  run(doc: Document): BenchRun;
}

declare global {
  interface Window {
    __brieflight?: BrieflightBench;
    /** Set by the bundle's banner, before any module code runs. */
    __brieflightT0?: number;
  }
}

const Scanner = (scannerModule as unknown as { Scanner?: unknown }).Scanner as ScannerClass | undefined;
const kind: BrieflightBench['kind'] = FIRST_PASS === 'scanner' && typeof Scanner === 'function' ? 'scanner' : 'highlighter';

function idle(doc: Document): Promise<void> {
  const root = doc.documentElement;
  if (root.getAttribute(STATE_ATTR) === 'idle') return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (root.getAttribute(STATE_ATTR) !== 'idle') return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { attributes: true, attributeFilter: [STATE_ATTR] });
  });
}

function runScanner(doc: Document, ScannerCtor: ScannerClass): BenchRun {
  const highlighter = new Highlighter();
  // As page.ts: after a pass that changed marks it counts them (and sends the total to the
  // background, which the bench has not: the message is left out).
  const counts = (highlighter as unknown as { counts?: (root: ParentNode) => unknown }).counts;
  const scanner = new ScannerCtor(doc, highlighter, {
    onChange: () => void counts?.call(highlighter, doc),
  });
  const started = scanner.start();
  const thenable = started !== null && typeof started === 'object' && 'then' in started;
  let over = !thenable && doc.documentElement.getAttribute(STATE_ATTR) === 'idle';
  const done = (thenable ? Promise.resolve(started).then(() => idle(doc)) : idle(doc)).then(() => {
    over = true;
  });
  return {
    finished: () => over,
    done,
    dispose: () => {
      if (scanner.destroy) scanner.destroy();
      else if (scanner.dispose) scanner.dispose();
      else scanner.stop?.();
    },
  };
}

function runHighlighter(doc: Document): BenchRun {
  const root = doc.documentElement;
  root.setAttribute(STATE_ATTR, 'scanning');
  if (doc.body) new Highlighter().markAll(doc.body);
  root.setAttribute(STATE_ATTR, 'idle');
  return { finished: () => true, done: Promise.resolve(), dispose: () => {} };
}

window.__brieflight = {
  kind,
  initMs: performance.now() - (window.__brieflightT0 ?? performance.now()),
  run: (doc) => (kind === 'scanner' && Scanner ? runScanner(doc, Scanner) : runHighlighter(doc)),
};
