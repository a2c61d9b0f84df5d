// What the scanner's unit tests (src/page/scanner*.test.ts) share: clocks that move as work is
// done, the page's state and marks, and setup() of a Scanner on a page (torn down by resetScanner).
import { vi } from 'vitest';
import { Highlighter } from '@/page/highlighter';
import { STATE_ATTR } from '@/page/dom-contract';
import { optInPageState } from '@/page/page-state';
import { Scanner, type ScannerOptions } from '@/page/scanner';
import { ManualHost } from '@@/tests/support/manual-host';
import type { Locate } from '@/page/viewport';

/** A clock that moves by `tick` ms every time it is read: slices end after a bounded amount of work. */
export class TickingHost extends ManualHost {
  constructor(private readonly tick: number) {
    super();
  }
  override now(): number {
    this.time += this.tick;
    return this.time;
  }
}

/** A ticking host that also offers `laterAfterFrame`, and counts the slices that waited for a frame. */
export class FrameHost extends TickingHost {
  afterFrame = 0;
  laterAfterFrame(run: (budget: number) => void): () => void {
    this.afterFrame++;
    return this.later(run);
  }
}

export const state = () => document.documentElement.getAttribute(STATE_ATTR);
export const marks = (root: ParentNode = document) => [...root.querySelectorAll('mark.brieflight-mark')];
export const markTexts = (root: ParentNode = document) => marks(root).map((m) => m.textContent);

export let scanner: Scanner | undefined;

/** Destroys the scanner setup() made and empties the page (each file's afterEach). */
export function resetScanner(): void {
  scanner?.destroy();
  scanner = undefined;
  document.body.innerHTML = '';
  document.documentElement.removeAttribute(STATE_ATTR);
}

export function setup(html: string, opts: Partial<ScannerOptions> & { host?: ManualHost } = {}) {
  document.body.innerHTML = html;
  // The test opts in to the state attribute, as CONTRACT.md's tools do.
  document.documentElement.setAttribute(STATE_ATTR, 'opt-in');
  optInPageState(document);
  const host = opts.host ?? new ManualHost();
  const highlighter = new Highlighter();
  const onChange = vi.fn();
  const everywhere: Locate = () => 0;
  scanner = new Scanner(document, highlighter, { onChange, locate: everywhere, ...opts, host });
  return { host, highlighter, onChange, scanner };
}
