// The types shared by the two halves of the bench's (B) method (bench/brieflight-entry.ts, the first
// stage, and bench/brieflight-core-entry.ts, the core) and bench/methods.js's reading of them.
import type { Highlighter } from '@/page/highlighter';
import type { Painter } from '@/page/paint';

/** How mentions are shown: painted highlights (the content script's default) or element marks. */
export type BenchDisplay = 'paint' | 'marks';

export interface ScannerLike {
  start(): unknown;
  stop?(): void;
  destroy?(): void;
  dispose?(): void;
}

export type ScannerClass = new (
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

/** What the core half gives the first stage's half (window.__brieflightCore). */
export interface BenchCore {
  kind: 'scanner' | 'highlighter';
  /** The ways of showing mentions the core can measure (painted needs the Custom Highlight API). */
  displays: BenchDisplay[];
  /** Milliseconds the core bundle's evaluation took (module code, building the matcher). */
  initMs: number;
  /** The Scanner's first pass; undefined when src/page/scanner.ts has no usable Scanner. */
  runScanner: ((doc: Document, display: BenchDisplay) => BenchRun) | undefined;
  /** `new Highlighter().markAll(body)`, the walking skeleton's pass. */
  runHighlighter(doc: Document): BenchRun;
}

export interface BrieflightBench {
  kind: 'scanner' | 'highlighter';
  /** The ways of showing mentions run() can measure (painted needs the Custom Highlight API). */
  displays: BenchDisplay[];
  /** Milliseconds the two bundles' evaluation took (module code, building the matcher). */
  initMs: number;
  /** One first pass; `display` defaults to 'paint' (as the content script), 'marks' where no API. */
  run(doc: Document, display?: BenchDisplay): BenchRun;
}

declare global {
  interface Window {
    __brieflight?: BrieflightBench;
    __brieflightCore?: BenchCore;
    /** Set by each bundle's banner, before any module code runs. */
    __brieflightT0?: number;
    __brieflightCoreT0?: number;
  }
}
