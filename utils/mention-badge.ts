// The toolbar badge: the number of mentions on a tab, summed over its frames.
//
// Each frame's content script reports its own total ({ type: 'mentions', total }) when it changes,
// when it starts, and 0 when its page is hidden (navigation away, a removed iframe, the back-forward
// cache); a page restored from that cache reports again. The background keeps the last total of
// each (tab, frame) and shows their sum. The totals are kept in session storage too, because
// Chrome stops an idle service worker and a new one must not forget the other frames' totals.

/** tab id → frame id → that frame's total (keys are strings: the shape survives storage). */
export type FrameTotals = Record<string, Record<string, number>>;

export interface BadgeDeps {
  load(): Promise<FrameTotals>;
  save(totals: FrameTotals): Promise<void>;
  /** Shows `text` on the tab's badge (and `title` as the button's tooltip). */
  show(tabId: number, text: string, title: string): Promise<void>;
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

export class MentionBadge {
  private totals: Promise<FrameTotals>;
  /** Updates run one after another, so a slow storage write never reorders two reports. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: BadgeDeps) {
    this.totals = deps.load().catch(() => ({}));
  }

  /** A frame's new total. */
  report(tabId: number, frameId: number, total: number): Promise<void> {
    return this.update(tabId, (frames) => {
      if (total > 0) frames[String(frameId)] = total;
      else delete frames[String(frameId)];
    });
  }

  /** The tab is gone: forget it (its badge went with it). */
  forgetTab(tabId: number): Promise<void> {
    return this.enqueue(async () => {
      const totals = await this.totals;
      if (!(String(tabId) in totals)) return;
      delete totals[String(tabId)];
      await this.deps.save(totals).catch(() => undefined);
    });
  }

  /** The tab's current sum. */
  async totalOf(tabId: number): Promise<number> {
    await this.queue;
    const frames = (await this.totals)[String(tabId)] ?? {};
    return Object.values(frames).reduce((a, b) => a + b, 0);
  }

  private update(tabId: number, change: (frames: Record<string, number>) => void): Promise<void> {
    return this.enqueue(async () => {
      const totals = await this.totals;
      const key = String(tabId);
      const frames = { ...totals[key] };
      change(frames);
      if (Object.keys(frames).length > 0) totals[key] = frames;
      else delete totals[key];
      const sum = Object.values(frames).reduce((a, b) => a + b, 0);
      await Promise.all([
        this.deps.save(totals).catch(() => undefined),
        // The tab may have closed meanwhile: nothing to show then.
        this.deps.show(tabId, badgeText(sum), badgeTitle(sum)).catch(() => undefined),
      ]);
    });
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
