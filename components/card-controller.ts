import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { CardHostHandlers, CardHostLike, CardUi } from '@/components/card-host';
import type { BriefingAnchor, EntityId } from '@/data/types';
import { UI_HOST_TAG, type Highlighter } from '@/utils/highlight';
import { HoverIntent, type HoverIntentOptions } from '@/utils/hover-intent';
import type { ToBackground } from '@/utils/messages';

/**
 * Where entrypoints/card-ui.ts leaves the card module's API. It runs in the content script's own
 * (isolated) world, so this global is the content script's, never the page's.
 */
export const CARD_UI_GLOBAL = '__brieflightCardUi';
/** The card module, web-accessible (wxt.config.ts); loaded on the first show. */
export const CARD_UI_PATH = '/card-ui.js';

/**
 * The card module: Preact, Floating UI, the card, its styles, the facts and their ranking. The
 * content script loads it on the first show, so a page nobody hovers never fetches or runs it.
 */
function loadCardUi(): Promise<CardUi> {
  const slot = globalThis as typeof globalThis & { [CARD_UI_GLOBAL]?: CardUi };
  const loaded = slot[CARD_UI_GLOBAL];
  if (loaded) return Promise.resolve(loaded);
  return import(/* @vite-ignore */ browser.runtime.getURL(CARD_UI_PATH)).then(() => {
    const ui = slot[CARD_UI_GLOBAL];
    if (!ui) throw new Error('Brieflight: the card module did not load');
    return ui;
  });
}

/** How the open card was opened; it decides what closes it and where focus goes back to. */
export type OpenedBy = 'pointer' | 'focus' | 'command' | 'tap';

interface Session {
  mark: HTMLElement;
  by: OpenedBy;
  /** The element that had focus when the card opened by keyboard: focus comes back here from the card. */
  opener: HTMLElement | null;
}

export interface CardControllerOptions {
  /** Makes the card host; tests pass a fake. */
  createHost?: (handlers: CardHostHandlers) => CardHostLike;
  /** Passed on to HoverIntent (tests drive time by hand). */
  intent?: Pick<HoverIntentOptions<HTMLElement>, 'setTimer' | 'clearTimer' | 'dwellMs' | 'hideMs'>;
  /** Where "Open briefing" goes; by default a message to the background. */
  openBriefing?: (section: BriefingAnchor) => void;
  /**
   * The card module, already loaded (unit tests pass it and run synchronously); by default it is
   * imported on the first show.
   */
  cardUi?: CardUi;
}

/**
 * Everything about the card on one page: which mark opens it (pointer, keyboard focus, the
 * focus-next command, a tap), what closes it, and where focus goes back to. Only marks the
 * highlighter made (its WeakMap, never an attribute) open a card.
 */
export class CardController {
  // Created on first use: a page nobody hovers never runs card code.
  private host: CardHostLike | undefined;
  /** The card module, or its load under way. */
  private ui: CardUi | Promise<CardUi> | undefined;
  private session: Session | undefined;
  /** Focused before a run of focus-next commands: Escape on the command's mark returns here. */
  private beforeCommand: HTMLElement | null = null;
  private lastVisited: HTMLElement | undefined;
  /** Set while we move focus ourselves, so our own focusin does not open or close anything. */
  private focusing = false;
  /** A touch went down on a mark: the click it makes opens the card instead of following a link. */
  private tap: { mark: HTMLElement; wasOpen: boolean } | undefined;
  private readonly intent: HoverIntent<HTMLElement>;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly highlighter: Highlighter,
    private readonly doc: Document = document,
    private readonly options: CardControllerOptions = {},
  ) {
    this.intent = new HoverIntent<HTMLElement>({
      ...options.intent,
      show: (mark) => this.show(mark),
      hide: () => {
        this.session = undefined;
        this.host?.hide();
      },
    });
    this.listen();
    ctx.onInvalidated?.(() => this.intent.close());
  }

  /** The "card delay" setting: how long the pointer rests on a mark before its card opens. */
  setDwellMs(ms: number): void {
    this.intent.setDwellMs(ms);
  }

  /** The mark whose card is open, and how it was opened. */
  get open(): { mark: HTMLElement; by: OpenedBy } | undefined {
    return this.session && { mark: this.session.mark, by: this.session.by };
  }

  /**
   * Moves to the next mention after the last one visited (of one entity, or of any), scrolls it
   * into view, focuses it and opens its card. Returns false when the page has none.
   */
  focusNext(entity?: EntityId): boolean {
    const marks = this.highlighter
      .current(this.doc)
      .filter((m) => entity === undefined || this.highlighter.entityOf(m) === entity);
    if (marks.length === 0) return false;
    const from = this.lastVisited;
    const next =
      (from?.isConnected &&
        marks.find((m) => from.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING)) ||
      marks[0]!;
    const active = this.doc.activeElement;
    // The first command of a run remembers where focus was; the next ones keep that.
    const inRun = active === from || this.host?.contains(active) === true;
    if (!inRun) this.beforeCommand = active instanceof HTMLElement && active !== this.doc.body ? active : null;
    this.lastVisited = next;
    next.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.focusQuietly(focusableMark(next));
    this.openBy(next, 'command', next);
    return true;
  }

  /** Closes any open card at once. */
  close(): void {
    this.intent.close();
  }

  private openBy(mark: HTMLElement, by: Exclude<OpenedBy, 'pointer'>, opener: HTMLElement | null): void {
    this.session = { mark, by, opener };
    this.intent.open(mark, { pinned: true });
  }

  private show(mark: HTMLElement): void {
    const id = this.highlighter.entityOf(mark);
    if (!id) return;
    if (this.session?.mark !== mark) this.session = { mark, by: 'pointer', opener: null };
    const ui = (this.ui ??= this.options.cardUi ?? loadCardUi());
    if (!('then' in ui)) {
      this.render(ui, mark, id);
      return;
    }
    ui.then(
      (loaded) => {
        this.ui = loaded;
        // Shown only if this mark is still the one to show once the module has loaded.
        if (this.intent.current === mark && this.session?.mark === mark) this.render(loaded, mark, id);
      },
      () => {
        // Not loaded (the extension was reloaded, say): no card now, and the next show tries again.
        this.ui = undefined;
        if (this.intent.current === mark) this.intent.close();
      },
    );
  }

  private render(ui: CardUi, mark: HTMLElement, id: EntityId): void {
    const handlers: CardHostHandlers = {
      onPointerEnter: () => this.intent.enterCard(),
      onPointerLeave: () => this.intent.leaveCard(),
      onAnchorGone: () => this.intent.close(),
    };
    this.host ??= this.options.createHost?.(handlers) ?? ui.createHost(this.ctx, handlers, UI_HOST_TAG);
    void this.host.show(
      mark,
      ui.propsFor(mark, id, {
        onOpenBriefing: (section) => (this.options.openBriefing ?? openBriefing)(section),
        onClose: () => this.closeAndReturnFocus(),
      }),
    );
  }

  /** Escape, or the card's close button. */
  private closeAndReturnFocus(): void {
    const session = this.session;
    const active = this.doc.activeElement;
    const inCard = this.host?.contains(active) === true;
    this.intent.close();
    if (!session) return;
    if (inCard) {
      // From inside the card, focus goes back to what opened it (the link, or the mark).
      this.focusQuietly(session.opener?.isConnected ? session.opener : focusableMark(session.mark));
    } else if (session.by === 'command' && active === session.mark) {
      // The command moved focus to the mark; Escape puts it back where it was before.
      const back = this.beforeCommand;
      this.beforeCommand = null;
      if (back?.isConnected) this.focusQuietly(back);
      else session.mark.blur();
    }
  }

  private focusQuietly(el: HTMLElement): void {
    this.focusing = true;
    try {
      el.focus({ preventScroll: true });
    } finally {
      this.focusing = false;
    }
  }

  private listen(): void {
    const { ctx, doc, highlighter, intent } = this;
    ctx.addEventListener(doc, 'pointerover', (e) => {
      // A touch is handled as a tap (pointerdown + click); its pointerover is no hover.
      if (e.pointerType === 'touch') return;
      const mark = highlighter.markAt(targetOf(e));
      if (mark) intent.enter(mark);
    });
    ctx.addEventListener(doc, 'pointerout', (e) => {
      if (e.pointerType === 'touch') return;
      const mark = highlighter.markAt(targetOf(e));
      if (mark && highlighter.markAt(e.relatedTarget) !== mark) intent.leave();
    });
    ctx.addEventListener(
      doc,
      'pointerdown',
      (e) => {
        const mark = highlighter.markAt(targetOf(e));
        this.tap = mark && e.pointerType === 'touch' ? { mark, wasOpen: intent.current === mark } : undefined;
        // A tap or click outside the mark and the card closes it.
        if (!mark && intent.current !== undefined && !this.host?.contains(e.target)) intent.close();
      },
      { capture: true },
    );
    ctx.addEventListener(doc, 'pointercancel', () => (this.tap = undefined), { capture: true });
    ctx.addEventListener(
      doc,
      'click',
      (e) => {
        const tap = this.tap;
        this.tap = undefined;
        if (!tap || tap.wasOpen || highlighter.markAt(targetOf(e)) !== tap.mark) return;
        // The first tap on a mark opens its card; it does not follow the link around the mark.
        // A second tap, with the card open, does.
        e.preventDefault();
        this.openBy(tap.mark, 'tap', null);
      },
      { capture: true },
    );
    ctx.addEventListener(doc, 'focusin', (e) => {
      const target = e.target;
      if (this.focusing || !(target instanceof HTMLElement) || this.host?.contains(target)) return;
      const session = this.session;
      const mark = highlighter.markAt(target) ?? firstOwnMark(highlighter, target);
      if (mark && isKeyboardFocus(target)) {
        this.openBy(mark, 'focus', target);
        return;
      }
      // Keyboard focus moved on from what opened the card: the card goes with it.
      if (session && (session.by === 'focus' || session.by === 'command') && target !== session.opener) intent.close();
    });
    ctx.addEventListener(
      doc,
      'keydown',
      (e) => {
        if (intent.current === undefined) return;
        if (e.key === 'Escape') {
          this.closeAndReturnFocus();
          return;
        }
        if (e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey) this.onTab(e);
      },
      { capture: true },
    );
  }

  /**
   * The card is appended at the end of the page, so the browser's own Tab order would reach it
   * last. From what opened the card, Tab goes into it; from its first item, Shift+Tab goes back;
   * from its last item, Tab goes on to whatever follows the opener in the page.
   */
  private onTab(e: KeyboardEvent): void {
    const session = this.session;
    const host = this.host;
    if (!session || !host) return;
    const active = this.doc.activeElement;
    if (host.contains(active)) {
      const items = host.focusables();
      const inner = host.activeElement();
      const back = session.opener?.isConnected ? session.opener : focusableMark(session.mark);
      if (e.shiftKey && inner === items[0]) {
        e.preventDefault();
        this.focusQuietly(back);
      } else if (!e.shiftKey && inner === items[items.length - 1]) {
        // Not prevented: the browser's Tab then moves on from the opener, as if the card were
        // right after it in the page. The focus that lands there closes the card (focusin).
        this.focusQuietly(back);
        if (session.by === 'pointer' || session.by === 'tap') this.intent.close();
      }
      return;
    }
    if (e.shiftKey || (session.by !== 'focus' && session.by !== 'command') || active !== session.opener) return;
    const first = host.focusables()[0];
    if (!first) return;
    e.preventDefault();
    first.focus();
  }
}

/** True for focus a keyboard gave (or a script after keyboard use), not a mouse click or a tap. */
function isKeyboardFocus(el: Element): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true;
  }
}

/** A mark made focusable by script only: the page's own Tab order stays as it was. */
function focusableMark(mark: HTMLElement): HTMLElement {
  if (!mark.hasAttribute('tabindex')) mark.setAttribute('tabindex', '-1');
  return mark;
}

/**
 * The node an event happened on. At the document, an event from inside a page's open shadow root is
 * retargeted to its host; the composed path still starts at the mark (closed roots, our card's
 * among them, stay hidden: their path starts at the host).
 */
function targetOf(e: Event): EventTarget | null {
  return e.composedPath()[0] ?? e.target;
}

function firstOwnMark(highlighter: Highlighter, el: HTMLElement): HTMLElement | undefined {
  if (!el.querySelector('mark')) return undefined;
  return highlighter.current(el)[0];
}

function openBriefing(section: BriefingAnchor): void {
  const message: ToBackground = { type: 'open-briefing', section };
  void browser.runtime.sendMessage(message);
}
