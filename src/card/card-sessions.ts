import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Props as CardProps } from '@/card/Card';
import type { CardHostHandlers, CardHostLike, CardUi } from '@/card/card-host';
import type { CardKey } from '@/card/card-channel';
import { openBriefing, openOptions, reportToBackground } from '@/card/card-messages';
import {
  announcementFor,
  contextElementOf,
  isAfter,
  sameMention,
  saveSelection,
  scrollRangeIntoView,
  selectRange,
  type CardControllerOptions,
  type CardFailure,
  type OpenedBy,
  type SavedSelection,
  type Session,
} from '@/card/card-session';
import { loadCardUi } from '@/card/card-ui-loader';
import { HoverIntent } from '@/card/hover-intent';
import type { EntityId } from '@/data/types';
import type { Mention, MentionSource } from '@/page/mention-source';
import { PageListeners } from '@/page/page-listeners';
import type { CardTextSize, Trigger } from '@/settings/settings';
import { CARD_FAILURE_TEXT_MAX_CHARS } from '@/utils/timings';

/**
 * The card's sessions: which mention's card is shown, loading the card module and its host,
 * rendering, reporting a card that failed, and the settings that shape it. Focus (CardFocus) and
 * the reader's input (CardController) build on it.
 */
export abstract class CardSessions {
  // Created on first use: a page nobody hovers never runs card code.
  protected host: CardHostLike | undefined;
  /** The card module, or its load under way. */
  protected ui: CardUi | Promise<CardUi> | undefined;
  protected session: Session | undefined;
  /** The session the next show starts (a keyboard focus waiting for its dwell, a command, a tap). */
  protected pending: Session | undefined;
  /** Where focus and the selection were before a run of focus-next commands: Escape puts both back. */
  protected beforeCommand: { focus: HTMLElement | null; selection: SavedSelection } | undefined;
  protected lastVisited: Mention | undefined;
  /** Set while we move focus ourselves, so our own focusin does not open or close anything. */
  protected focusing = false;
  /**
   * A touch (or, with the "click" trigger, any pointer) went down on a mention: the click it makes
   * opens the card instead of following a link.
   */
  protected tap: { mention: Mention; wasOpen: boolean; by: 'tap' | 'click' } | undefined;
  /** The "Open a card" setting (src/settings/settings.ts Trigger). */
  protected trigger: Trigger = 'hover';
  /** The "Card text size" setting. */
  protected textSize: CardTextSize = 'normal';
  /** The open card's anchor and props, so a new text size re-renders it in place. */
  protected rendered: { range: Range; props: CardProps } | undefined;
  /** The mention under the reader's mouse or pen, by the last hit-test. */
  protected hovered: Mention | undefined;
  /** The mention held by what has keyboard focus. */
  protected focused: Mention | undefined;
  protected emphasized: Mention | undefined;
  /**
   * The last pointer position to hit-test; `leaveOnly` after a scroll (see onScroll), or with the
   * "modifier" trigger while neither Alt nor Shift is held.
   */
  protected pointer: { x: number; y: number; leaveOnly: boolean } | undefined;
  protected frameRequested = false;
  protected readonly reported = new Set<CardFailure['stage']>();
  protected readonly intent: HoverIntent<Mention>;
  /**
   * The controller's listeners on the document. `document.open()` erases them (they are the
   * document's, whatever world added them); PageListeners adds them again when the document is
   * replaced, so a page cannot switch the card off for itself that way (issue 17).
   */
  protected readonly listeners: PageListeners;

  /** `source`: the MentionSource of the way mentions are shown (painted or element marks). */
  constructor(
    protected readonly ctx: ContentScriptContext,
    protected readonly source: MentionSource,
    protected readonly doc: Document = document,
    protected readonly options: CardControllerOptions = {},
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
        focus:
          active instanceof HTMLElement && active !== this.doc.body && !this.host?.contains(active)
            ? active
            : null,
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

  protected openBy(mention: Mention, by: 'command' | 'tap' | 'click', opener: HTMLElement | null): void {
    this.pending = { mention, by, opener };
    this.intent.open(mention, { pinned: true });
  }

  protected show(m: Mention): void {
    const pending = this.pending;
    this.pending = undefined;
    this.session =
      pending && sameMention(pending.mention, m) ? pending : { mention: m, by: 'pointer', opener: null };
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
  protected hostOf(ui: CardUi): CardHostLike {
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
  protected warm(): void {
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

  protected render(ui: CardUi, m: Mention): void {
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
      if (shown)
        shown.then(
          () => this.afterShow(m, name),
          (err: unknown) => this.failed('show', err, m),
        );
      else this.afterShow(m, name);
    } catch (err) {
      this.failed('show', err, m);
    }
  }

  /** "Turn off on this site": the card closes now; the settings change turns the page off. */
  protected turnOffSite(): void {
    this.closeAndReturnFocus();
    this.options.turnOffSite?.();
  }

  /**
   * Once a card is there (unless a hide or another card came first): a card opened from the
   * keyboard (focus on a link, or the next-mention command) is announced through the card's
   * polite live region, and a command's card takes focus.
   */
  protected afterShow(m: Mention, name: string): void {
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
  protected failed(stage: CardFailure['stage'], err: unknown, m: Mention): void {
    this.report(stage, err);
    if (this.isOpenFor(m)) this.intent.close();
  }

  /** Once per stage and page: a page that keeps failing does not flood the background. */
  protected report(stage: CardFailure['stage'], err: unknown): void {
    if (this.reported.has(stage)) return;
    this.reported.add(stage);
    const message = (err instanceof Error ? err.message : String(err)).slice(0, CARD_FAILURE_TEXT_MAX_CHARS);
    try {
      (this.options.reportFailure ?? reportToBackground)({ stage, message });
    } catch {
      // Reporting is best effort; it must never break the page.
    }
  }

  protected isOpenFor(m: Mention): boolean {
    const current = this.intent.current;
    return (
      current !== undefined &&
      sameMention(current, m) &&
      this.session !== undefined &&
      sameMention(this.session.mention, m)
    );
  }

  protected isCurrent(m: Mention): boolean {
    try {
      return this.source.isCurrent(m);
    } catch {
      return false;
    }
  }

  protected abstract updateEmphasis(): void;
  protected abstract closeAndReturnFocus(): void;
  protected abstract focusCard(where: 'first' | 'last'): boolean;
  protected abstract forget(): void;
  protected abstract listen(): void;
  protected abstract onCardKey(key: CardKey): void;
  protected abstract setHovered(m: Mention | undefined): void;
}
