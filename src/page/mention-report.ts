// A frame's mention count, as its content script reports it to the background (the toolbar
// badge). Reports are coalesced (src/utils/coalesce.ts): a page that adds and removes a mention in a
// loop costs one message per MENTION_REPORT_INTERVAL_MS, and the last value always arrives. A
// count the background already has is not sent again, so a page without mentions sends nothing.
import { Coalescer, browserTimers, type Timers } from '@/utils/coalesce';
import { MENTION_REPORT_INTERVAL_MS } from '@/utils/timings';

export class MentionReporter {
  /** The frame's count now. */
  private latest = 0;
  /** What the background has for this frame: nothing, which it shows as 0. */
  private sent = 0;
  private readonly coalescer: Coalescer<0>;

  constructor(
    /** Sends `{ type: 'mentions', total }`; must not throw. */
    private readonly send: (total: number) => void,
    timers: Timers = browserTimers,
    intervalMs = MENTION_REPORT_INTERVAL_MS,
  ) {
    this.coalescer = new Coalescer(() => this.flush(), intervalMs, timers);
  }

  /** The frame's count changed (or may have): the background hears of it within one interval. */
  report(total: number): void {
    this.latest = total;
    this.coalescer.poke(0);
  }

  /** The page is leaving (pagehide): it has no mentions any more, and there is no later. */
  leave(): void {
    this.latest = 0;
    this.coalescer.now(0);
  }

  /**
   * The background forgot this frame (the tab's top frame started loading, which also happens on a
   * same-document navigation) and asks every frame again; `total` is the count now.
   */
  resend(total: number): void {
    this.sent = 0;
    this.report(total);
  }

  /** Drops a pending report (the content script is going away). */
  dispose(): void {
    this.coalescer.cancel(0);
  }

  private flush(): void {
    if (this.latest === this.sent) return;
    this.sent = this.latest;
    this.send(this.latest);
  }
}
