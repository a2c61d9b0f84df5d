// Back-off from pages that fight the marks. Each time the page rewrites marked text inside an
// element (deletes a mark, replaces or edits a text we split, recreates the element's content),
// the scanner notes that element. After REWRITE_LIMIT rewrites within REWRITE_WINDOW_MS, the
// element is paused: nothing inside it is marked again until the pause is over, and each further
// pause of the same element is twice as long (up to MAX_REWRITE_PAUSE_MS).
//
// Everything is keyed weakly on the elements: a page that throws elements away leaves nothing
// behind here. The one strong list (`ends`, so the scanner can look at a paused element again when
// its pause is over) holds WeakRefs, one per pause, and is emptied as pauses end.
//
// A navigation of the page (a trusted popstate or hashchange, the Navigation API's
// navigatesuccess) makes it a new page, and starts the back-off afresh (`navigated`). A page can
// navigate itself (pushState in a loop), so that fresh start comes at most once per
// NAVIGATION_RESET_MIN_INTERVAL_MS.
import {
  MAX_REWRITE_PAUSE_MS,
  NAVIGATION_RESET_MIN_INTERVAL_MS,
  REWRITE_LIMIT,
  REWRITE_WINDOW_MS,
} from '@/utils/timings';

interface Count {
  n: number;
  since: number;
  /** Pauses so far: the next one lasts REWRITE_WINDOW_MS × 2^strikes. */
  strikes: number;
}

export class RewriteLimiter {
  private counts = new WeakMap<Element, Count>();
  private pausedUntil = new WeakMap<Element, number>();
  /** The latest end of any pause: before it, blocks() must look; after it, nothing is paused. */
  private latestEnd = Number.NEGATIVE_INFINITY;
  private ends: { el: WeakRef<Element>; at: number }[] = [];
  private lastNavigation = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly now: () => number,
    private readonly limit = REWRITE_LIMIT,
    private readonly windowMs = REWRITE_WINDOW_MS,
  ) {}

  /** Notes one rewrite of `el`'s marked text by the page. True when `el` is now paused. */
  note(el: Element): boolean {
    const t = this.now();
    let c = this.counts.get(el);
    if (!c || t - c.since > this.windowMs) {
      c = { n: 0, since: t, strikes: c?.strikes ?? 0 };
      this.counts.set(el, c);
    }
    c.n++;
    if (c.n < this.limit) return false;
    const pause = Math.min(MAX_REWRITE_PAUSE_MS, this.windowMs * 2 ** c.strikes);
    c.strikes++;
    c.n = 0;
    c.since = t;
    const at = t + pause;
    this.pausedUntil.set(el, at);
    this.latestEnd = Math.max(this.latestEnd, at);
    this.ends.push({ el: new WeakRef(el), at });
    return true;
  }

  /** True when `node` is inside (or is) a paused element. Free while nothing is paused. */
  blocks(node: Node): boolean {
    if (this.ends.length === 0) return false;
    const t = this.now();
    if (t >= this.latestEnd) return false;
    for (let n: Node | null = node; n;) {
      const at = this.pausedUntil.get(n as Element);
      if (at !== undefined && at > t) return true;
      // Out of a shadow tree to its host: pausing an element pauses everything it shows.
      n = n.parentNode ?? ((n as ShadowRoot).host || null);
    }
    return false;
  }

  /** When the next pause ends, or undefined when none is running. */
  nextEnd(): number | undefined {
    let next: number | undefined;
    for (const e of this.ends) if (next === undefined || e.at < next) next = e.at;
    return next;
  }

  /** The elements whose pause is over (still alive), forgotten here: scan them again. */
  takeEnded(): Element[] {
    const t = this.now();
    const out: Element[] = [];
    this.ends = this.ends.filter((e) => {
      if (e.at > t) return true;
      const el = e.el.deref();
      if (el && (this.pausedUntil.get(el) ?? 0) <= t) out.push(el);
      return false;
    });
    return out;
  }

  /**
   * The page navigated (a trusted event: the caller checks). Like `reset`, unless the last reset
   * by a navigation was less than `navigationIntervalMs` ago: then nothing changes and the result
   * is undefined.
   */
  navigated(navigationIntervalMs = NAVIGATION_RESET_MIN_INTERVAL_MS): Element[] | undefined {
    const t = this.now();
    if (t - this.lastNavigation < navigationIntervalMs) return undefined;
    this.lastNavigation = t;
    return this.reset();
  }

  /**
   * Forgets all counts and pauses (a navigation: the page is a new one). Returns the elements that
   * were paused, to be scanned again.
   */
  reset(): Element[] {
    const out: Element[] = [];
    for (const e of this.ends) {
      const el = e.el.deref();
      if (el) out.push(el);
    }
    this.counts = new WeakMap();
    this.pausedUntil = new WeakMap();
    this.latestEnd = Number.NEGATIVE_INFINITY;
    this.ends = [];
    return out;
  }

  /** The size of the one strong structure, for the leak tests. */
  get debugSize(): number {
    return this.ends.length;
  }
}
