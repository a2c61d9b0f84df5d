// What the reader's settings do to one page, live: the content script hands every new snapshot of
// the settings to `apply`, which starts, stops or restarts the scanner, sets the highlight style
// and passes the card delay on. Nothing here reads storage; no reload is ever needed.
import type { EntityId } from '@/data/types';
import type { MarkOptions } from '@/utils/highlight';
import { setMarkStyle } from '@/utils/mark-style';
import { isActiveOn, shownEntities, type Settings } from '@/utils/settings';

/** `<html data-brieflight-style="underline|background">`, read by marks.css. */
export const STYLE_ATTR = 'data-brieflight-style';

export interface ScannerLike {
  start(): void;
  stop(): void;
  restart(): void;
}

export interface CardsLike {
  close(): void;
  setDwellMs(ms: number): void;
}

export class PageControl {
  private settings: Settings | undefined;
  private active = false;
  private scanner: ScannerLike | undefined;
  /** Entities already marked once, for the "first mention of each" mode; emptied on every restart. */
  private seen = new Set<EntityId>();

  constructor(
    private readonly doc: Document,
    /** The site's host: the top page's, also in frames (utils/hosts.ts matches it). */
    private readonly host: string,
    private readonly cards: CardsLike,
  ) {}

  attach(scanner: ScannerLike): void {
    this.scanner = scanner;
  }

  /** True while Brieflight highlights on this page. */
  get isActive(): boolean {
    return this.active;
  }

  /** The scanner reads this before every pass. */
  markOptions(): MarkOptions {
    const s = this.settings;
    if (!s) return {};
    const entities = shownEntities(s);
    if (s.mode === 'every') return { entities };
    const seen = this.seen;
    return {
      entities,
      accept: (entity) => {
        if (seen.has(entity)) return false;
        seen.add(entity);
        return true;
      },
    };
  }

  /** Applies a snapshot of the settings (the first one starts the page). */
  apply(next: Settings): void {
    const prev = this.settings;
    const wasActive = this.active;
    this.settings = next;
    this.active = isActiveOn(next, this.host);

    const root = this.doc.documentElement;
    if (root && root.getAttribute(STYLE_ATTR) !== next.highlightStyle) root.setAttribute(STYLE_ATTR, next.highlightStyle);
    setMarkStyle(next.highlightStyle);
    if (!prev || prev.cardDelayMs !== next.cardDelayMs) this.cards.setDwellMs(next.cardDelayMs);

    const scanner = this.scanner;
    if (!scanner) return;
    if (!this.active) {
      // The first snapshot stops too: that settles the page state (nothing to scan) at "idle".
      if (wasActive || !prev) {
        this.cards.close();
        scanner.stop();
      }
      return;
    }
    if (!wasActive) {
      this.seen = new Set();
      scanner.start();
      return;
    }
    const marksChange =
      prev !== undefined &&
      (prev.mode !== next.mode || prev.hiddenEntities.join() !== next.hiddenEntities.join());
    if (marksChange) {
      this.cards.close();
      this.seen = new Set();
      scanner.restart();
    }
  }
}
