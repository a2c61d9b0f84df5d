import { Highlighter, type MarkOptions } from '@/utils/highlight';
import { setPageState } from '@/utils/page-state';

export interface ScannerOptions {
  /** Read before every pass, so a settings change applies to the next one. */
  markOptions?: () => MarkOptions;
  /** Called after a pass that added or removed marks. */
  onChange?: () => void;
}

/**
 * Owns when the page is scanned: the first pass, and `data-brieflight-state` around it.
 */
export class Scanner {
  private running = false;

  constructor(
    private readonly doc: Document,
    private readonly highlighter: Highlighter,
    private readonly opts: ScannerOptions = {},
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    setPageState(this.doc, 'scanning');
    const body = this.doc.body;
    const made = body ? this.highlighter.markAll(body, this.opts.markOptions?.()) : [];
    setPageState(this.doc, 'idle');
    if (made.length > 0) this.opts.onChange?.();
  }

  /** Stops scanning and removes every mark (site turned off, extension disabled). */
  stop(): void {
    this.running = false;
    const had = this.highlighter.current(this.doc).length > 0;
    this.highlighter.unmarkAll(this.doc);
    setPageState(this.doc, 'idle');
    if (had) this.opts.onChange?.();
  }

  /** Removes every mark and scans again (entities or mode changed). */
  restart(): void {
    this.stop();
    this.start();
  }
}
