// What the reader's settings do to one page, live: the content script hands every new snapshot of
// the settings to `apply`, which starts, stops or restarts the scanner (also when the way of
// showing mentions changes), sets our styles' look and wakes or puts away the card. Nothing here
// reads storage; no reload is ever needed.
//
// Where Brieflight is off on this page it writes and styles nothing (issue 17): no attribute, no
// adopted sheet, no card listener.
import type { EntityId } from '@/data/types';
import type { MarkOptions } from '@/page/highlighter';
import { MainContent } from '@/page/main-content';
import { setPageLook } from '@/page/mark-style';
import { isActiveOn, shownEntities, type Settings } from '@/settings/settings';

export interface ScannerLike {
  start(): void;
  stop(): void;
  restart(): void;
}

export interface CardsLike {
  close(): void;
  setDwellMs(ms: number): void;
  /**
   * Brieflight turned on (true) or off (false) on this page: the card's listeners exist only while
   * it is on, so where it is off nothing (not even the card delay) can be measured.
   */
  setActive?(on: boolean): void;
  /** The "Open a card" setting: what the pointer does to open one. */
  setTrigger?(trigger: Settings['trigger']): void;
  /** The card's text size: the open card takes it at once, the next ones too. */
  setTextSize?(size: Settings['cardTextSize']): void;
}

export class PageControl {
  private settings: Settings | undefined;
  private active = false;
  private scanner: ScannerLike | undefined;
  /**
   * For the "first" modes: each entity's first shown mention, as the text node holding it, by
   * section (the document itself for "first on the page"); emptied on every restart.
   */
  private seen = new Map<EntityId, Map<Node, Node>>();

  constructor(
    private readonly doc: Document,
    /** The site's host: the top page's, also in frames (src/settings/hosts.ts matches it). */
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

  /** How mentions are shown now (the scanner reads it at every start). */
  display(): Settings['display'] {
    return this.settings?.display ?? 'paint';
  }

  /**
   * The scanner reads this before every pass. In the "first in each section" and "first on the
   * page" modes a mention is shown only when it is the first of its entity in its section (or the
   * page) within the main content (src/page/main-content.ts); mentions outside the main content are
   * not shown in those modes. The text node that holds a shown first mention keeps it when it is
   * painted again (a later pass redrawing a changed node).
   */
  markOptions(): MarkOptions {
    const s = this.settings;
    if (!s) return {};
    const entities = shownEntities(s);
    if (s.mode === 'every') return { entities };
    const mode = s.mode;
    const seen = this.seen;
    const main = new MainContent(this.doc);
    // Each section's entities shown in this pass: a node painted again gets back its one first
    // mention, not every mention of that entity it holds.
    const shownNow = new Map<Node, Set<EntityId>>();
    return {
      entities,
      accept: (entity, node) => {
        if (!main.contains(node)) return false;
        const section: Node | undefined = mode === 'section' ? main.sectionOf(node) : this.doc;
        if (!section) return false;
        let firsts = seen.get(entity);
        if (!firsts) seen.set(entity, (firsts = new Map()));
        const holder = firsts.get(section);
        if (holder !== undefined && holder.isConnected && holder !== node) return false;
        let now = shownNow.get(section);
        if (!now) shownNow.set(section, (now = new Set()));
        if (now.has(entity)) return false;
        now.add(entity);
        firsts.set(section, node);
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

    if (!prev || prev.cardDelayMs !== next.cardDelayMs) this.cards.setDwellMs(next.cardDelayMs);
    if (!prev || prev.trigger !== next.trigger) this.cards.setTrigger?.(next.trigger);
    if (!prev || prev.cardTextSize !== next.cardTextSize) this.cards.setTextSize?.(next.cardTextSize);

    if (!this.active) {
      // Off from the first snapshot: nothing was ever written, so nothing is stopped either.
      if (wasActive) {
        this.cards.close();
        this.scanner?.stop();
        this.cards.setActive?.(false);
        setPageLook(this.doc, undefined);
      }
      return;
    }
    setPageLook(this.doc, { display: next.display, style: next.highlightStyle });
    const scanner = this.scanner;
    if (!wasActive) {
      this.cards.setActive?.(true);
      this.seen = new Map();
      scanner?.start();
      return;
    }
    const marksChange =
      prev !== undefined &&
      (prev.mode !== next.mode ||
        prev.display !== next.display ||
        prev.hiddenEntities.join() !== next.hiddenEntities.join());
    if (!scanner) return;
    if (marksChange) {
      this.cards.close();
      this.seen = new Map();
      scanner.restart();
    }
  }
}
