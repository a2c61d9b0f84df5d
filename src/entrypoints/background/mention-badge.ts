// The toolbar badge: the number of mentions on a tab, summed over its frames.
//
// Each frame's content script reports its own total ({ type: 'mentions', total }) when it changes,
// when it starts, and 0 when its page is hidden (navigation away, a removed iframe, the back-forward
// cache); a page restored from that cache reports again. The background keeps the last total of
// each (tab, frame) and shows their sum. The totals are kept in session storage too, because
// Chrome stops an idle service worker and a new one must not forget the other frames' totals.
//
// Writes are coalesced (src/utils/coalesce.ts): each tab's badge at most once per
// MENTION_REPORT_INTERVAL_MS, and the storage copy likewise, whatever the number of frames and
// reports; the totals in memory are always current.
//
// When a tab's top frame starts loading, the tab's totals are dropped (`navigated`): a frame that
// could not say it left (its listeners erased, its script gone) must not count on the next page.
// Chrome also reports 'loading' for a same-document navigation (pushState, a hash change), whose
// frames are still there: the background then asks them to report again (ToContent
// 'resend-mentions'), and the badge is written once their answers are in.

/** tab id → frame id → that frame's total (keys are strings: the shape survives storage). */
export type FrameTotals = Record<string, Record<string, number>>;

import { Coalescer, browserTimers, type Timers } from '@/utils/coalesce';
import { MENTION_REPORT_INTERVAL_MS } from '@/utils/timings';

export interface BadgeDeps {
  load(): Promise<FrameTotals>;
  save(totals: FrameTotals): Promise<void>;
  /** Shows `text` on the tab's badge (and `title` as the button's tooltip). */
  show(tabId: number, text: string, title: string): Promise<void>;
  /** Default: the global setTimeout. */
  timers?: Timers;
  /** Default: MENTION_REPORT_INTERVAL_MS. */
  intervalMs?: number;
}

/** "" for none, else the count; badges have room for four characters. */
export function badgeText(total: number): string {
  if (!(total > 0)) return '';
  return total > 999 ? '999+' : String(total);
}

export function badgeTitle(total: number): string {
  if (!(total > 0)) return 'Brieflight';
  return `Brieflight: ${total} ${total === 1 ? 'mention' : 'mentions'} on this page`;
}

const SAVE = -1;

export class MentionBadge {
  private totals: Promise<FrameTotals>;
  /** Updates run one after another, so a slow storage load never reorders two reports. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Tab ids, and SAVE for the storage copy. */
  private readonly writes: Coalescer<number>;
  /** Writes run one after another too: a slow write never lands after a newer one. */
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly deps: BadgeDeps) {
    this.totals = deps.load().catch(() => ({}));
    this.writes = new Coalescer(
      (key) => this.write(key),
      deps.intervalMs ?? MENTION_REPORT_INTERVAL_MS,
      deps.timers ?? browserTimers,
    );
  }

  /** A frame's new total. */
  report(tabId: number, frameId: number, total: number): Promise<void> {
    return this.enqueue(async () => {
      const totals = await this.totals;
      const key = String(tabId);
      const frames = { ...totals[key] };
      if (total > 0) frames[String(frameId)] = total;
      else delete frames[String(frameId)];
      if (Object.keys(frames).length > 0) totals[key] = frames;
      else delete totals[key];
      this.writes.poke(tabId);
      this.writes.poke(SAVE);
    });
  }

  /**
   * The tab's top frame started loading: forget its frames. The badge is written within one
   * interval, after the frames that are still there (a same-document navigation) reported again.
   * Resolves to true when the tab had counts (only then is there anything to report again).
   */
  async navigated(tabId: number): Promise<boolean> {
    let had = false;
    await this.enqueue(async () => {
      const totals = await this.totals;
      if (!(String(tabId) in totals)) return;
      had = true;
      delete totals[String(tabId)];
      this.writes.later(tabId);
      this.writes.poke(SAVE);
    });
    return had;
  }

  /** The tab is gone: forget it (its badge went with it). */
  forgetTab(tabId: number): Promise<void> {
    return this.enqueue(async () => {
      const totals = await this.totals;
      this.writes.cancel(tabId);
      if (!(String(tabId) in totals)) return;
      delete totals[String(tabId)];
      this.writes.poke(SAVE);
    });
  }

  /** The tab's current sum. */
  async totalOf(tabId: number): Promise<number> {
    await this.queue;
    return sumOf((await this.totals)[String(tabId)]);
  }

  /** Resolves when every update so far is applied and the writes it started are done. */
  async settled(): Promise<void> {
    await this.queue;
    await this.writing;
  }

  private write(key: number): void {
    this.writing = this.writing.then(async () => {
      const totals = await this.totals;
      if (key === SAVE) {
        await this.deps.save(totals).catch(() => undefined);
        return;
      }
      const sum = sumOf(totals[String(key)]);
      // The tab may have closed meanwhile: nothing to show then.
      await this.deps.show(key, badgeText(sum), badgeTitle(sum)).catch(() => undefined);
    });
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function sumOf(frames: Record<string, number> | undefined): number {
  return Object.values(frames ?? {}).reduce((a, b) => a + b, 0);
}
