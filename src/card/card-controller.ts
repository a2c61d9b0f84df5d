import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { Props as CardProps } from '@/card/Card';
import type { CardActions, CardHostHandlers, CardHostLike, CardUi } from '@/card/card-host';
import type { BriefingAnchor, EntityId } from '@/data/types';
import { HoverIntent, type HoverIntentOptions } from '@/card/hover-intent';
import type { Mention, MentionSource } from '@/page/mention-source';
import { PageListeners } from '@/page/page-listeners';
import type { ToBackground } from '@/utils/messages';
import type { CardTextSize, Trigger } from '@/settings/settings';
import { CARD_MODULE_FILE } from '@/utils/bundles';
import type { CardKey } from '@/card/card-channel';
import { nextTabbable } from '@/card/tab-order';
import { CARD_FAILURE_TEXT_MAX_CHARS } from '@/utils/timings';

/**
 * Where src/entrypoints/card-ui.ts leaves the card module's API. It runs in the content script's own
 * (isolated) world, so this global is the content script's, never the page's.
 */
export const CARD_UI_GLOBAL = '__brieflightCardUi';
/** The card module, web-accessible (wxt.config.ts); loaded on the first show. */
export const CARD_UI_PATH = `/${CARD_MODULE_FILE}`;

/**
 * The card module: Preact, Floating UI, the card, its styles, the facts and their ranking. The
 * content script loads it on the first show, so a page nobody hovers never fetches or runs it.
 * Rejects (never throws) when it cannot load: an orphaned content script after an extension
 * reload, a module that did not run.
 */
async function loadCardUi(): Promise<CardUi> {
  const slot = globalThis as typeof globalThis & { [CARD_UI_GLOBAL]?: CardUi };
  if (!slot[CARD_UI_GLOBAL]) await import(/* @vite-ignore */ browser.runtime.getURL(CARD_UI_PATH));
  const ui = slot[CARD_UI_GLOBAL];
  if (!ui) throw new Error('Brieflight: the card module did not load');
  return ui;
}

/** How the open card was opened; it decides what closes it and where focus goes back to. */
/** `click`: a mouse or pen click with the "click" trigger, which acts as a tap does. */
export type OpenedBy = 'pointer' | 'focus' | 'command' | 'tap' | 'click';

interface Session {
  mention: Mention;
  by: OpenedBy;
  /** What had keyboard focus when the card opened from it: focus comes back here from the card. */
  opener: HTMLElement | null;
}

/** A card that could not be shown, as reported to the background (never to the page's console). */
export interface CardFailure {
  /** `load`: the card module did not load; `show`: the host failed to make or show the card. */
  stage: 'load' | 'show';
  /** The error's message, cut to CARD_FAILURE_TEXT_MAX_CHARS. */
  message: string;
}

/** The page's selection as it was, with its direction (anchor and focus); null for none. */
type SavedSelection = { anchor: Node; anchorOffset: number; focus: Node; focusOffset: number } | null;

export interface CardControllerOptions {
  /** Makes the card host; tests pass a fake. */
  createHost?: (handlers: CardHostHandlers) => CardHostLike;
  /** Passed on to HoverIntent (tests drive time by hand). */
  intent?: Pick<HoverIntentOptions<Mention>, 'setTimer' | 'clearTimer' | 'dwellMs' | 'hideMs'>;
  /** Where "Open briefing" goes; by default a message to the background. */
  openBriefing?: (section: BriefingAnchor) => void;
  /**
   * The card module, already loaded (unit tests pass it and run synchronously); by default it is
   * imported on the first show.
   */
  cardUi?: CardUi;
  /**
   * Runs `fn` once before the next frame: the pointer's hit-test waits for it, so a pointer sending
   * several moves a frame costs one test (default requestAnimationFrame; tests step frames by hand).
   */
  requestFrame?: (fn: () => void) => void;
  /**
   * The card's "Turn off on this site": adds the site's host to the disabled sites (the content
   * script's settings store; the page then turns off as it does from the popup). No button without it.
   */
  turnOffSite?: () => void;
  /** The card's "Settings": by default a message to the background, which opens the options page. */
  openOptions?: () => void;
  /** Where a card that failed to show is reported; by default a message to the background. */
  reportFailure?: (failure: CardFailure) => void;
}

/**
 * Everything about the card on one page: which mention opens it (the pointer resting on it,
 * keyboard focus on a link holding it, the next-mention command, a tap), what closes it, and where
 * focus and the selection go back to. It works on mentions (live ranges) from a MentionSource,
 * never on page elements: only the source's own mentions open a card, and only the reader's input
 * (events with `isTrusted`) moves it; a page dispatching events opens nothing.
 */
export class CardController {
  // Created on first use: a page nobody hovers never runs card code.
  private host: CardHostLike | undefined;
  /** The card module, or its load under way. */
  private ui: CardUi | Promise<CardUi> | undefined;
  private session: Session | undefined;
  /** The session the next show starts (a keyboard focus waiting for its dwell, a command, a tap). */
  private pending: Session | undefined;
  /** Where focus and the selection were before a run of focus-next commands: Escape puts both back. */
  private beforeCommand: { focus: HTMLElement | null; selection: SavedSelection } | undefined;
  private lastVisited: Mention | undefined;
  /** Set while we move focus ourselves, so our own focusin does not open or close anything. */
  private focusing = false;
  /**
   * A touch (or, with the "click" trigger, any pointer) went down on a mention: the click it makes
   * opens the card instead of following a link.
   */
  private tap: { mention: Mention; wasOpen: boolean; by: 'tap' | 'click' } | undefined;
  /** The "Open a card" setting (src/settings/settings.ts Trigger). */
  private trigger: Trigger = 'hover';
  /** The "Card text size" setting. */
  private textSize: CardTextSize = 'normal';
  /** The open card's anchor and props, so a new text size re-renders it in place. */
  private rendered: { range: Range; props: CardProps } | undefined;
  /** The mention under the reader's mouse or pen, by the last hit-test. */
  private hovered: Mention | undefined;
  /** The mention held by what has keyboard focus. */
  private focused: Mention | undefined;
  private emphasized: Mention | undefined;
  /**
   * The last pointer position to hit-test; `leaveOnly` after a scroll (see onScroll), or with the
   * "modifier" trigger while neither Alt nor Shift is held.
   */
  private pointer: { x: number; y: number; leaveOnly: boolean } | undefined;
  private frameRequested = false;
  private readonly reported = new Set<CardFailure['stage']>();
  private readonly intent: HoverIntent<Mention>;
  /**
   * The controller's listeners on the document. `document.open()` erases them (they are the
   * document's, whatever world added them); PageListeners adds them again when the document is
   * replaced, so a page cannot switch the card off for itself that way (issue 17).
   */
  private readonly listeners: PageListeners;

  /** `source`: the MentionSource of the way mentions are shown (painted or element marks). */
  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly source: MentionSource,
    private readonly doc: Document = document,
    private readonly options: CardControllerOptions = {},
  ) {
    this.intent = new HoverIntent<Mention>({
      ...options.intent,
      same: sameMention,
      show: (m) => this.show(m),
      hide: () => {
        this.session = undefined;
        this.rendered = undefined;
        try {
          this.host?.hide();
        } catch (err) {
          this.report('show', err);
        }
        this.updateEmphasis();
      },
    });
    // A replaced document (document.open()) is a new page: what was hovered or focused is gone.
    this.listeners = new PageListeners(doc, () => this.forget());
    this.listen();
    ctx.onInvalidated?.(() => {
      this.listeners.dispose();
      this.hovered = undefined;
      this.focused = undefined;
      this.intent.close();
    });
  }

  /** The "card delay" setting: how long the pointer (or keyboard focus) rests before a card opens. */
  setDwellMs(ms: number): void {
    this.intent.setDwellMs(ms);
  }

  /**
   * The "Open a card" setting, live: with "modifier" the pointer opens a card only while Alt or
   * Shift is held; with "click" resting opens nothing, and a click on a mention opens its pinned
   * card (without following a link around it, the first time), as a tap does.
   */
  /** The card's text size: an open card takes it at once (re-rendered in place), later ones too. */
  setTextSize(size: CardTextSize): void {
    if (size === this.textSize) return;
    this.textSize = size;
    const open = this.rendered;
    if (!open || !this.session || !this.host) return;
    open.props = { ...open.props, textSize: size };
    try {
      void Promise.resolve(this.host.show(open.range, open.props)).catch(() => undefined);
    } catch {
      // The next card has the new size; this one keeps the old.
    }
  }

  setTrigger(trigger: Trigger): void {
    if (trigger === this.trigger) return;
    this.trigger = trigger;
    if (trigger === 'click') {
      this.pointer = undefined;
      this.setHovered(undefined);
    }
  }

  /** The mention whose card is open, and how it was opened. */
  get open(): { mention: Mention; by: OpenedBy } | undefined {
    return this.session && { mention: this.session.mention, by: this.session.by };
  }

  /**
   * The next-mention command and the popup's "On this page": moves to the next mention after the
   * last one visited (of one entity, or of any; wraps around), scrolls it into view, selects it
   * (the window's selection becomes the mention's range) and opens its pinned card with focus
   * inside. Escape puts focus and the selection back as they were before the first command of the
   * run. Nothing is written on the page's elements (no tabindex). Returns false when the page has
   * no such mention.
   */
  focusNext(entity?: EntityId): boolean {
    const list = this.source.all(entity);
    if (list.length === 0) return false;
    const from = this.lastVisited;
    let next = list[0]!;
    if (from) {
      const i = list.findIndex((m) => sameMention(m, from));
      next = i >= 0 ? list[(i + 1) % list.length]! : (list.find((m) => isAfter(m, from)) ?? next);
    }
    // The first command of a run remembers where the reader was; the next ones keep that.
    const inRun = this.session?.by === 'command' && this.host?.contains(this.doc.activeElement) === true;
    if (!inRun || !this.beforeCommand) {
      const active = this.doc.activeElement;
      this.beforeCommand = {
        focus: active instanceof HTMLElement && active !== this.doc.body && !this.host?.contains(active) ? active : null,
        selection: saveSelection(this.doc),
      };
    }
    this.lastVisited = next;
    scrollRangeIntoView(next.range, this.doc);
    selectRange(this.doc, next.range);
    this.openBy(next, 'command', null);
    return true;
  }

  /** Closes any open card at once. */
  close(): void {
    this.intent.close();
  }

  private openBy(mention: Mention, by: 'command' | 'tap' | 'click', opener: HTMLElement | null): void {
    this.pending = { mention, by, opener };
    this.intent.open(mention, { pinned: true });
  }

  private show(m: Mention): void {
    const pending = this.pending;
    this.pending = undefined;
    this.session = pending && sameMention(pending.mention, m) ? pending : { mention: m, by: 'pointer', opener: null };
    this.updateEmphasis();
    if (!this.isCurrent(m)) {
      this.intent.close();
      return;
    }
    let ui: CardUi | Promise<CardUi>;
    try {
      ui = this.ui ??= this.options.cardUi ?? loadCardUi();
    } catch (err) {
      this.failed('load', err, m);
      return;
    }
    if (!('then' in ui)) {
      this.render(ui, m);
      return;
    }
    ui.then(
      (loaded) => {
        this.ui = loaded;
        // Shown only if this mention is still the one to show once the module has loaded.
        if (this.isOpenFor(m) && this.isCurrent(m)) this.render(loaded, m);
      },
      (err: unknown) => {
        // Not loaded (the extension was reloaded, say): no card now, and the next show tries again.
        this.ui = undefined;
        this.failed('load', err, m);
      },
    );
  }

  /** The card's host, made once the card module is there. */
  private hostOf(ui: CardUi): CardHostLike {
    const handlers: CardHostHandlers = {
      onPointerEnter: () => this.intent.enterCard(),
      onPointerLeave: () => this.intent.leaveCard(),
      onAnchorGone: () => this.intent.close(),
      onKey: (key) => this.onCardKey(key),
    };
    return (this.host ??= this.options.createHost?.(handlers) ?? ui.createHost(this.ctx, handlers));
  }

  /**
   * Hover intent started (or keyboard focus on a link with a mention): the card module is loaded
   * now, and a host that is there already makes its frame, so the show that may follow costs only a
   * render. Nothing is shown or added to the page.
   */
  private warm(): void {
    try {
      const ui = (this.ui ??= this.options.cardUi ?? loadCardUi());
      if (!('then' in ui)) {
        this.hostOf(ui).prepare?.();
        return;
      }
      ui.then(
        (loaded) => {
          this.ui = loaded;
          this.hostOf(loaded).prepare?.();
        },
        () => {
          // The show that may follow loads it again and reports a failure.
          if (this.ui === ui) this.ui = undefined;
        },
      );
    } catch {
      // As above: the show reports it.
    }
  }

  private render(ui: CardUi, m: Mention): void {
    try {
      const context = contextElementOf(m.range);
      if (!context) {
        this.intent.close();
        return;
      }
      const host = this.hostOf(ui);
      const onPage = new Set(this.source.all().map((shown) => shown.entity));
      const props = ui.propsFor(
        context,
        m.entity,
        {
          onOpenBriefing: (section) => (this.options.openBriefing ?? openBriefing)(section),
          onClose: () => this.closeAndReturnFocus(),
          onTurnOffSite: this.options.turnOffSite && (() => this.turnOffSite()),
          onOpenSettings: () => (this.options.openOptions ?? openOptions)(),
          onPin: () => this.intent.pin(),
          pinned: this.intent.isPinned,
        },
        onPage,
      );
      const sized: CardProps = { ...props, textSize: this.textSize };
      this.rendered = { range: m.range, props: sized };
      const shown = host.show(m.range, sized);
      const name = props.entity.name;
      if (shown) shown.then(() => this.afterShow(m, name), (err: unknown) => this.failed('show', err, m));
      else this.afterShow(m, name);
    } catch (err) {
      this.failed('show', err, m);
    }
  }

  /** "Turn off on this site": the card closes now; the settings change turns the page off. */
  private turnOffSite(): void {
    this.closeAndReturnFocus();
    this.options.turnOffSite?.();
  }

  /**
   * Once a card is there (unless a hide or another card came first): a card opened from the
   * keyboard (focus on a link, or the next-mention command) is announced through the card's
   * polite live region, and a command's card takes focus.
   */
  private afterShow(m: Mention, name: string): void {
    const by = this.session?.by;
    if ((by !== 'command' && by !== 'focus') || !this.isOpenFor(m)) return;
    try {
      this.host?.announce?.(announcementFor(name));
    } catch {
      // The announcement is a help; the card is there without it.
    }
    if (by !== 'command') return;
    this.focusCard('first');
  }

  /**
   * A card that could not be shown: it is reported where a developer sees it (the background's
   * console), never as a page console error or an unhandled rejection, and the card closes so the
   * next hover, focus or command tries again from the start.
   */
  private failed(stage: CardFailure['stage'], err: unknown, m: Mention): void {
    this.report(stage, err);
    if (this.isOpenFor(m)) this.intent.close();
  }

  /** Once per stage and page: a page that keeps failing does not flood the background. */
  private report(stage: CardFailure['stage'], err: unknown): void {
    if (this.reported.has(stage)) return;
    this.reported.add(stage);
    const message = (err instanceof Error ? err.message : String(err)).slice(0, CARD_FAILURE_TEXT_MAX_CHARS);
    try {
      (this.options.reportFailure ?? reportToBackground)({ stage, message });
    } catch {
      // Reporting is best effort; it must never break the page.
    }
  }

  private isOpenFor(m: Mention): boolean {
    const current = this.intent.current;
    return current !== undefined && sameMention(current, m) && this.session !== undefined && sameMention(this.session.mention, m);
  }

  private isCurrent(m: Mention): boolean {
    try {
      return this.source.isCurrent(m);
    } catch {
      return false;
    }
  }

  /** Escape, or the card's close button. */
  private closeAndReturnFocus(): void {
    const session = this.session;
    const active = this.doc.activeElement;
    const inCard = this.host?.contains(active) === true;
    const before = this.beforeCommand;
    this.intent.close();
    if (!session) return;
    if (session.by === 'command') {
      // Focus and the selection go back to where the reader was before the first command.
      this.beforeCommand = undefined;
      if (inCard || active === this.doc.body || active === null) {
        if (before?.focus?.isConnected) this.focusQuietly(before.focus);
        else if (inCard) this.host?.blur();
      }
      // Only if the selection is still ours: a selection the reader made since is theirs to keep.
      if (before && isSelected(this.doc, session.mention.range)) restoreSelection(this.doc, before.selection);
      return;
    }
    if (inCard) {
      // From inside the card, focus goes back to what opened it (the link holding the mention).
      const back = returnTarget(session);
      if (back) this.focusQuietly(back);
    }
  }

  /** Focus into the card (its frame), as our own move: it opens and closes nothing. */
  private focusCard(where: 'first' | 'last'): boolean {
    this.focusing = true;
    try {
      return this.host?.focus(where) === true;
    } finally {
      this.focusing = false;
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

  private updateEmphasis(): void {
    const m = this.hovered ?? this.focused ?? this.intent.current;
    if (m === this.emphasized) return;
    this.emphasized = m;
    try {
      this.source.emphasize(m);
    } catch {
      // Emphasis is a nicety; a failure must not stop the card.
    }
  }

  private mayContain(el: Element): boolean {
    try {
      return this.source.mayContain(el);
    } catch {
      return false;
    }
  }

  private at(x: number, y: number): Mention | undefined {
    try {
      return this.source.at(x, y);
    } catch {
      return undefined;
    }
  }

  private within(node: Node): Mention[] {
    try {
      return this.source.within(node);
    } catch {
      return [];
    }
  }

  /** The pointer is over `m` now (undefined: over no mention). */
  private setHovered(m: Mention | undefined): void {
    const was = this.hovered;
    if (m === was || (m && was && sameMention(m, was))) return;
    this.hovered = m;
    if (was) this.intent.leave();
    if (m) {
      this.warm();
      this.intent.enter(m);
    }
    this.updateEmphasis();
  }

  private requestHitTest(): void {
    if (this.frameRequested) return;
    this.frameRequested = true;
    const frame = this.options.requestFrame ?? ((fn: () => void) => void requestAnimationFrame(() => fn()));
    frame(() => {
      this.frameRequested = false;
      const p = this.pointer;
      if (!p) return;
      let m = this.at(p.x, p.y);
      // After a scroll the pointer did not move: it may leave a mention, never enter one (the page
      // scrolling text under a resting pointer is not the reader's act).
      if (p.leaveOnly && m && !(this.hovered && sameMention(m, this.hovered))) m = undefined;
      this.setHovered(m);
    });
  }

  /** The document was replaced (document.open()): its mentions, focus and pointer are gone. */
  private forget(): void {
    this.hovered = undefined;
    this.focused = undefined;
    this.pointer = undefined;
    this.tap = undefined;
    this.intent.close();
  }

  private listen(): void {
    const { intent } = this;
    // Only the reader's input counts: an event a page script dispatched (isTrusted false) is
    // ignored by every listener, whatever its kind (PageListeners drops it). The listeners are
    // added again after document.open() (src/page/page-listeners.ts).
    const on = <K extends keyof DocumentEventMap>(
      type: K,
      fn: (e: DocumentEventMap[K]) => void,
      options?: AddEventListenerOptions,
    ) => this.listeners.on('document', type, (e) => fn(e as DocumentEventMap[K]), options);

    // Hover: hit-tested once a frame, and only while the pointer is over an element that may hold
    // a mention (a cheap test first: most of a page holds none).
    on(
      'pointermove',
      (e) => {
        // A touch is handled as a tap (pointerdown + click); its moves are no hover. With the
        // "click" trigger, no move is.
        if (e.pointerType === 'touch' || this.trigger === 'click') return;
        const target = elementOf(targetOf(e));
        if (!target || this.host?.contains(target) || !this.mayContain(target)) {
          this.pointer = undefined;
          this.setHovered(undefined);
          return;
        }
        // With the "modifier" trigger, a move without Alt or Shift may leave a mention, never enter one.
        const held = this.trigger !== 'modifier' || e.altKey || e.shiftKey;
        this.pointer = { x: e.clientX, y: e.clientY, leaveOnly: !held };
        this.requestHitTest();
      },
      { capture: true, passive: true },
    );
    on(
      'pointerout',
      (e) => {
        // Out of the window (or into a frame): over no mention of this document.
        if (e.pointerType === 'touch' || e.relatedTarget !== null) return;
        this.pointer = undefined;
        this.setHovered(undefined);
      },
      { capture: true, passive: true },
    );
    on(
      'scroll',
      () => {
        if (!this.hovered || !this.pointer) return;
        this.pointer.leaveOnly = true;
        this.requestHitTest();
      },
      { capture: true, passive: true },
    );

    // Touch: a tap on a mention opens its pinned card; a tap or click elsewhere closes the card.
    on(
      'pointerdown',
      (e) => {
        const target = elementOf(targetOf(e));
        const inCard = this.host?.contains(e.target) === true;
        const m = !inCard && target && this.mayContain(target) ? this.at(e.clientX, e.clientY) : undefined;
        const by = e.pointerType === 'touch' ? 'tap' : this.trigger === 'click' && e.button === 0 ? 'click' : undefined;
        this.tap = m && by ? { mention: m, wasOpen: this.isShown(m), by } : undefined;
        if (!m && !inCard && intent.current !== undefined) intent.close();
      },
      { capture: true },
    );
    on('pointercancel', () => (this.tap = undefined), { capture: true });
    on(
      'click',
      (e) => {
        const tap = this.tap;
        this.tap = undefined;
        if (!tap || tap.wasOpen) return;
        const m = this.at(e.clientX, e.clientY);
        if (!m || !sameMention(m, tap.mention)) return;
        // The first tap on a mention opens its card; it does not follow the link around it.
        // A second tap, with the card open, does.
        e.preventDefault();
        this.openBy(tap.mention, tap.by, null);
      },
      { capture: true },
    );

    // Keyboard and screen readers: focus on a link or control whose text holds a mention opens
    // its card after the hover dwell.
    on('focusin', (e) => {
      const target = targetOf(e);
      if (this.focusing || !(target instanceof HTMLElement) || this.host?.contains(target)) return;
      const m = isLinkOrControl(target) && isKeyboardFocus(target) ? this.within(target)[0] : undefined;
      const session = this.session;
      if (m) {
        this.warm();
        this.focused = m;
        if (session && sameMention(session.mention, m)) this.session = { mention: m, by: 'focus', opener: target };
        else this.pending = { mention: m, by: 'focus', opener: target };
        intent.focus(m);
        this.updateEmphasis();
        return;
      }
      this.focused = undefined;
      intent.blur();
      this.updateEmphasis();
      // Keyboard focus moved on from what opened the card: the card goes with it.
      if (session && (session.by === 'focus' || session.by === 'command') && target !== session.opener) intent.close();
    });
    on('focusout', (e) => {
      // Focus left the document (another window, the browser's UI): nothing is focused here now.
      if (this.focusing || e.relatedTarget !== null) return;
      this.focused = undefined;
      intent.blur();
      this.updateEmphasis();
    });
    on(
      'keydown',
      (e) => {
        // Escape on a link whose card waits for its dwell: the reader does not want it.
        if (e.key === 'Escape' && intent.isFocusPending) intent.blur();
        // Alt or Shift pressed with the pointer resting on a mention opens it ("modifier" trigger).
        if (this.trigger === 'modifier' && (e.key === 'Alt' || e.key === 'Shift') && this.pointer) {
          this.pointer.leaveOnly = false;
          this.requestHitTest();
        }
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

  private isShown(m: Mention): boolean {
    const current = this.intent.current;
    return current !== undefined && sameMention(current, m);
  }

  /**
   * Tab from the link that opened a focus card goes into the card. The card is appended at the
   * end of the page, so the browser's own Tab order would reach it last.
   */
  private onTab(e: KeyboardEvent): void {
    const session = this.session;
    if (!session || !this.host || e.shiftKey || session.by !== 'focus' || this.doc.activeElement !== session.opener) return;
    if (!this.focusCard('first')) return;
    e.preventDefault();
  }

  /**
   * A key the card reported (its frame's document is not the page's): Escape closes it; Shift+Tab
   * from its first control goes back to the link that opened it; Tab from its last goes on to
   * whatever follows that link in the page, as if the card were right after it. A card with
   * nothing in the page to go back to (a command's, or a mention outside any link) keeps Tab
   * inside it, as a dialog does, until Escape.
   */
  private onCardKey(key: CardKey): void {
    const session = this.session;
    if (!session || !this.host) return;
    if (key === 'Escape') {
      this.closeAndReturnFocus();
      return;
    }
    const back = returnTarget(session);
    if (!back) {
      this.focusCard(key === 'Tab' ? 'first' : 'last');
      return;
    }
    if (key === 'Shift+Tab') {
      this.focusQuietly(back);
      return;
    }
    const next = nextTabbable(back, (el) => this.host?.contains(el) === true);
    if (session.by !== 'focus') this.intent.close();
    // Not quietly: focus landing after the link closes a focus card (focusin), as the browser's
    // own Tab from the link would.
    if (next) next.focus();
    else this.focusQuietly(back);
  }
}

/** What the live region says when a card opens from the keyboard (issue 15). */
export function announcementFor(name: string): string {
  return `Card: ${name} — key facts. Press Tab to read it, Escape to close`;
}

/** Two mentions are the same when they hold the same live range (a hit-test may make new objects). */
export function sameMention(a: Mention, b: Mention): boolean {
  return a === b || (a.range === b.range && a.entity === b.entity);
}

/**
 * The element holding a mention's range: its paragraph decides which facts the card ranks first.
 * Null for a range outside any element.
 */
export function contextElementOf(range: Range): Element | null {
  const node = range.commonAncestorContainer;
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
}

/** Where focus goes back to from inside the card: what opened it, or the link holding the mention. */
function returnTarget(session: Session): HTMLElement | undefined {
  if (session.by === 'command') return undefined;
  if (session.opener?.isConnected) return session.opener;
  const around = contextElementOf(session.mention.range)?.closest<HTMLElement>(
    'a[href], button, summary, [tabindex]:not([tabindex="-1"])',
  );
  return around ?? undefined;
}

/** True when `m` starts after `from` in the document (false when they cannot be compared). */
function isAfter(m: Mention, from: Mention): boolean {
  try {
    return from.range.compareBoundaryPoints(Range.START_TO_START, m.range) < 0;
  } catch {
    // Different trees (a shadow root's mention and the document's): no order to follow.
    return false;
  }
}

/**
 * Scrolls a mention to the middle of the view: its element first (that scrolls any scrolling
 * container around it), then the window by what is left, for a mention deep in a tall paragraph.
 */
function scrollRangeIntoView(range: Range, doc: Document): void {
  const el = contextElementOf(range);
  el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  const win = doc.defaultView;
  if (!win) return;
  const r = range.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return;
  if (r.top < 0 || r.bottom > win.innerHeight) {
    win.scrollBy({ top: r.top + r.height / 2 - win.innerHeight / 2, behavior: 'instant' });
  }
}

function saveSelection(doc: Document): SavedSelection {
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.anchorNode || !sel.focusNode) return null;
  return { anchor: sel.anchorNode, anchorOffset: sel.anchorOffset, focus: sel.focusNode, focusOffset: sel.focusOffset };
}

/** The window's selection becomes (a copy of) the mention's range: the page's own range stays ours. */
function selectRange(doc: Document, range: Range): void {
  const sel = doc.getSelection();
  if (!sel) return;
  sel.removeAllRanges();
  sel.addRange(range.cloneRange());
}

function isSelected(doc: Document, range: Range): boolean {
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount !== 1) return false;
  const r = sel.getRangeAt(0);
  return (
    r.startContainer === range.startContainer &&
    r.startOffset === range.startOffset &&
    r.endContainer === range.endContainer &&
    r.endOffset === range.endOffset
  );
}

function restoreSelection(doc: Document, saved: SavedSelection): void {
  const sel = doc.getSelection();
  if (!sel) return;
  if (!saved || !saved.anchor.isConnected || !saved.focus.isConnected) {
    sel.removeAllRanges();
    return;
  }
  try {
    sel.setBaseAndExtent(saved.anchor, saved.anchorOffset, saved.focus, saved.focusOffset);
  } catch {
    // The page shortened the text since: offsets out of range. No selection beats a wrong one.
    sel.removeAllRanges();
  }
}

/**
 * Links and controls: what a reader tabs to, whose text is its name. A focused region (a skip
 * link's target, a focusable article) is no link to a mention: its first one opens nothing.
 */
const LINK_OR_CONTROL =
  'a[href], area[href], button, summary, [role="link"], [role="button"], [role="tab"], ' +
  '[role="menuitem"], [role="option"], [role="treeitem"], [role="checkbox"], [role="radio"], [role="switch"]';

function isLinkOrControl(el: Element): boolean {
  try {
    return el.matches(LINK_OR_CONTROL);
  } catch {
    return false;
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

/**
 * The node an event happened on. At the document, an event from inside a page's open shadow root is
 * retargeted to its host; the composed path still starts at the real target (closed roots, our
 * card's among them, stay hidden: their path starts at the host).
 */
function targetOf(e: Event): EventTarget | null {
  return e.composedPath()[0] ?? e.target;
}

function elementOf(target: EventTarget | null): Element | null {
  if (target instanceof Element) return target;
  return target instanceof Node ? target.parentElement : null;
}

function openBriefing(section: BriefingAnchor): void {
  const message: ToBackground = { type: 'open-briefing', section };
  void browser.runtime.sendMessage(message).catch(() => undefined);
}

function openOptions(): void {
  const message: ToBackground = { type: 'open-options' };
  void browser.runtime.sendMessage(message).catch(() => undefined);
}

function reportToBackground(failure: CardFailure): void {
  const message: ToBackground = { type: 'card-failed', ...failure };
  // The background logs it (console.warn in the extension's own console); if it is unreachable
  // (an extension reload under way), there is no one to tell.
  void browser.runtime.sendMessage(message).catch(() => undefined);
}
