import { autoUpdate } from '@floating-ui/dom';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { cardTitle, type Props as CardProps } from '@/card/Card';
import {
  actOn,
  connectCardFrame,
  renderMessageOf,
  type CardFrameLike,
  type CardLimits,
  type ConnectCardFrame,
} from '@/card/card-frame-client';
import {
  createHostUi,
  guardFrameElement,
  hidePopover,
  labelAsDialog,
  revealHost,
  type Ui,
} from '@/card/card-host-element';
import {
  applyFramePlacement,
  cardLimitsAt,
  isRangeGone,
  placeCardFrame,
  virtualElementOf,
} from '@/card/card-geometry';
import type { BriefingAnchor, EntityId } from '@/data/types';
import type { CardKey, FromCardFrame } from '@/card/card-channel';
import { cardPropsFor } from '@/card/card-props';
import { CARD_FRAME_READY_MS, LIVE_REGION_DELAY_MS } from '@/utils/timings';

export interface CardHostHandlers {
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  /** The anchor left the document, collapsed, scrolled out of view or was clipped: close. */
  onAnchorGone?: () => void;
  /**
   * A key pressed in the card that leaves or closes it (its frame's document is not the page's, so
   * the controller's listeners never see it): Escape, Tab past its last control, Shift+Tab before
   * its first.
   */
  onKey?: (key: CardKey) => void;
}

/** What CardController needs of a card host; tests give it a fake. */
export interface CardHostLike {
  /** Shows (or moves) the card for the mention whose live range is `anchor`. */
  show(anchor: Range, props: CardProps): Promise<void> | void;
  hide(): void;
  /** True when `node` is the card's host (events and focus inside a closed root retarget to it). */
  contains(node: EventTarget | null): boolean;
  /** Moves keyboard focus to the card's first (or last) control; false when no card is shown. */
  focus(where: 'first' | 'last'): boolean;
  /** Takes keyboard focus off the card's controls. */
  blur(): void;
  /** Hover intent started: the card's frame is made if the host is there already. Shows nothing. */
  prepare?(): void;
  /**
   * Says `text` through the card's polite live region (in its frame: no page reads it), for a
   * card opened from the keyboard. The next hide or show silences it.
   */
  announce?(text: string): void;
}

/** What the card's own actions do; the controller (in the content script) decides. */
export interface CardActions {
  onOpenBriefing: (section: BriefingAnchor) => void;
  onClose: () => void;
  /** Adds the site's host to the disabled sites; no "Turn off on this site" button without it. */
  onTurnOffSite?: () => void;
  /** Opens the options page; no "Settings" button without it. */
  onOpenSettings?: () => void;
  /** Pins the open card (it stays when the pointer leaves); no pin without it. */
  onPin?: () => void;
  /** Whether the card is pinned already (opened from the keyboard, a command, a tap, or pinned). */
  pinned?: boolean;
}

/**
 * The card module's API (src/entrypoints/card-ui.ts hands it to the content script on the first show;
 * unit tests import it directly): a host, and the card's props for a mention — the entity, its
 * facts ranked for the mention's paragraph, and "Open briefing" at the paragraph's topic.
 */
export interface CardUi {
  /** The host decides its own element (a built-in one; docs/adr/0015-card-host.md). */
  createHost(ctx: ContentScriptContext, handlers: CardHostHandlers): CardHostLike;
  /**
   * `context`: the element holding the mention (its paragraph decides the ranking).
   * `pageEntities`: the entities mentioned anywhere on the page, so a page about one of them gets
   * that entity's own facts before its relations with the others (issue 15).
   */
  propsFor(
    context: Element,
    id: EntityId,
    actions: CardActions,
    pageEntities?: ReadonlySet<EntityId>,
  ): CardProps;
}

export const CARD_UI: CardUi = {
  createHost: (ctx, handlers) => new CardHost(ctx, handlers),
  propsFor: cardPropsFor,
};

/**
 * The one card on a page (docs/adr/0015-card-host.md):
 * - its host is a plain `<div>` made in the content script's world, so no page-defined custom
 *   element constructor ever runs for it, and its root is closed;
 * - the host is a manual popover, shown in the top layer: no transform, filter, overflow or
 *   z-index of the page can misplace, clip or cover it, and the card is fixed to the viewport;
 * - the card's content is an extension-origin frame in that root (card-frame.html), so no page
 *   API (window.find, Selection.modify, getSelection) reads its text; the host sizes and places
 *   the frame from the size the frame reports;
 * - made on hover intent (prepare) or the first show, so a page nobody hovers never gets a host
 *   element or a frame; made again when the page removed it (a replaced body, document.open());
 * - styled by one constructed stylesheet (adoptedStyleSheets): no <style> or <link> that a page's
 *   CSP could block.
 */
export class CardHost implements CardHostLike {
  private ui: Promise<Ui> | undefined;
  private hostElement: HTMLElement | undefined;
  private frame: CardFrameLike | undefined;
  private stopPositioning: (() => void) | undefined;
  private generation = 0;
  /** The shown card's props (its actions run from the frame's messages). */
  private props: CardProps | undefined;
  /** The last render sent to the frame, and the limits it was sent with. */
  private seq = 0;
  private limits: CardLimits | undefined;
  /** The card's natural size, as the frame last reported it for render `seq`. */
  private size: { seq: number; width: number; height: number } | undefined;
  private sized: { seq: number; done: () => void } | undefined;
  /** Re-places the shown card (a new size from the frame). */
  private replace: (() => void) | undefined;
  private liveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly handlers: CardHostHandlers,
    private readonly connect: ConnectCardFrame = connectCardFrame,
  ) {}

  /** Never rejects: a failure is reported in the extension's console and no card shows. */
  async show(anchor: Range, props: CardProps): Promise<void> {
    const generation = ++this.generation;
    this.silence();
    try {
      const ui = await this.mounted();
      if (generation !== this.generation || !ui.mounted) return;
      // Shown before the frame renders: a frame in a hidden popover has no layout to measure.
      // The card stays transparent until placed (card.css data-placed). A new hover re-renders
      // the same frame in place, with no hide in between (no flicker).
      revealHost(ui.shadowHost, () => this.frame && this.dropFrame(this.frame));
      const frame = await this.frameIn(ui.mounted);
      // A hide (or another show) while the host or its frame was being made wins.
      if (generation !== this.generation || frame !== this.frame) return;
      this.stopPositioning?.();
      this.replace = undefined;
      this.props = props;
      labelAsDialog(ui.mounted, cardTitle(props.entity));
      const limits = (this.limits = cardLimitsAt(frame.element));
      await this.render(frame, props, limits);
      if (generation !== this.generation) return;
      const place = () => this.place(anchor, frame, generation);
      this.replace = place;
      this.stopPositioning = autoUpdate(virtualElementOf(anchor), frame.element, place);
    } catch (error) {
      console.warn('Brieflight: the card could not be shown.', error);
    }
  }

  hide(): void {
    this.generation++;
    this.silence();
    this.stopPositioning?.();
    this.stopPositioning = undefined;
    this.replace = undefined;
    this.props = undefined;
    const frame = this.frame;
    if (frame) {
      frame.post({ type: 'clear' });
      // The host stays `display: block` (its reset beats the closed popover's `display: none`):
      // an iframe left at its size would take the pointer over the page where the card was.
      frame.element.style.width = '0';
      frame.element.style.height = '0';
    }
    void this.ui?.then(
      (ui) => {
        if (ui.mounted) labelAsDialog(ui.mounted, undefined);
        hidePopover(ui.shadowHost);
      },
      () => undefined,
    );
  }

  /**
   * Makes a dropped frame again ahead of the show, in the host a card was already shown in; never
   * the host itself (CONTRACT.md: the page's DOM is its own until a card is first shown).
   */
  prepare(): void {
    const pending = this.ui;
    if (!pending) return;
    void pending
      .then((ui) => (ui.shadowHost.isConnected && ui.mounted ? this.frameIn(ui.mounted) : undefined))
      .catch(() => undefined);
  }

  announce(text: string): void {
    if (!this.frame) return;
    this.silence();
    // Set once the shown card's region is in the accessibility tree: a region that appears with
    // its text already in it is not announced by every screen reader.
    this.liveTimer = setTimeout(() => {
      this.liveTimer = undefined;
      this.frame?.post({ type: 'announce', text });
    }, LIVE_REGION_DELAY_MS);
  }

  private silence(): void {
    if (this.liveTimer !== undefined) clearTimeout(this.liveTimer);
    this.liveTimer = undefined;
    this.frame?.post({ type: 'announce', text: '' });
  }

  contains(node: EventTarget | null): boolean {
    return node !== null && this.hostElement !== undefined && node === this.hostElement;
  }

  focus(where: 'first' | 'last'): boolean {
    const frame = this.frame;
    if (!frame || !this.props) return false;
    frame.element.focus({ preventScroll: true });
    frame.post({ type: 'focus', where });
    return true;
  }

  blur(): void {
    this.frame?.post({ type: 'blur' });
    this.frame?.element.blur();
  }

  /** The frame's messages: its size, the reader's presses of its controls, the keys that leave it. */
  private onFrameMessage(frame: CardFrameLike, msg: FromCardFrame): void {
    if (frame !== this.frame) return;
    switch (msg.type) {
      case 'size':
        this.size = { seq: msg.seq, width: msg.width, height: msg.height };
        if (this.sized && msg.seq >= this.sized.seq) this.sized.done();
        this.replace?.();
        return;
      case 'action':
        actOn(this.props, msg.name);
        return;
      case 'key':
        if (this.props) this.handlers.onKey?.(msg.key);
        return;
    }
  }

  /** Sends the card to the frame and waits for its size (at most CARD_FRAME_READY_MS). */
  private render(frame: CardFrameLike, props: CardProps, limits: CardLimits): Promise<void> {
    const seq = ++this.seq;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.sized = undefined;
        // No answer: the frame is not ours any more, or never loaded. The next show makes another.
        this.dropFrame(frame);
        reject(new Error('the card frame did not answer'));
      }, CARD_FRAME_READY_MS);
      this.sized = {
        seq,
        done: () => {
          clearTimeout(timer);
          this.sized = undefined;
          resolve();
        },
      };
      frame.post(renderMessageOf(props, seq, limits));
    });
  }

  /**
   * Places the card from the frame's last reported size (card-geometry.ts placeCardFrame); the
   * frame gets the height limit and placement. A viewport whose width limit changed gets the card
   * rendered again at the new limit first (its size comes back, and this runs again).
   */
  private place(anchor: Range, frame: CardFrameLike, generation: number): void {
    if (generation !== this.generation) return;
    if (isRangeGone(anchor)) {
      this.handlers.onAnchorGone?.();
      return;
    }
    const limits = cardLimitsAt(frame.element);
    if (this.props && (limits.maxWidth !== this.limits?.maxWidth || limits.width !== this.limits?.width)) {
      this.limits = limits;
      this.render(frame, this.props, limits).catch(() => this.handlers.onAnchorGone?.());
      return;
    }
    const size = this.size;
    if (!size) return;
    void placeCardFrame(anchor, frame.element, size, limits.width !== null).then((at) => {
      if (generation !== this.generation) return; // stale: a hidden iframe must stay 0 × 0
      frame.post({ type: 'place', maxHeight: at.maxHeight, placement: at.placement, hidden: at.hidden });
      if (at.hidden) {
        // Scrolled out of view, or out of a scrolling container: the card closes (CONTRACT.md).
        this.handlers.onAnchorGone?.();
        return;
      }
      applyFramePlacement(frame.element, at);
    });
  }

  /**
   * The card's frame in `container`: made on the first use, and again when the host was made anew
   * (the old frame went with the old host) or the page navigated the frame away.
   */
  private async frameIn(container: HTMLElement): Promise<CardFrameLike> {
    let frame = this.frame;
    if (!frame || frame.element.parentNode !== container) {
      frame?.dispose();
      const made: CardFrameLike = this.connect(container.ownerDocument, {
        onMessage: (msg) => this.onFrameMessage(made, msg),
        onLost: () => {
          this.dropFrame(made);
          this.handlers.onAnchorGone?.();
        },
      });
      frame = this.frame = made;
      this.size = undefined;
      this.limits = undefined;
      guardFrameElement(made.element);
      made.element.addEventListener('pointerenter', this.handlers.onPointerEnter);
      made.element.addEventListener('pointerleave', this.handlers.onPointerLeave);
      container.append(made.element);
    }
    await frame.ready;
    return frame;
  }

  private dropFrame(frame: CardFrameLike): void {
    if (this.frame !== frame) return;
    frame.dispose();
    this.frame = undefined;
    this.replace = undefined;
  }

  /**
   * The host, made on the first show, and made anew when the page has taken it out of the
   * document since (removed it, replaced <body>, document.open()): a document.open() also erases
   * every listener in the old tree, so nothing of the old one is reused.
   */
  private async mounted(): Promise<Ui> {
    const pending = (this.ui ??= this.create());
    const ui = await pending;
    if (ui.shadowHost.isConnected) return ui;
    // Made anew once per show, not in a loop: a page that removes it at once gets no card.
    if (this.ui === pending) {
      ui.remove();
      this.ui = this.create();
    }
    return (this.ui ??= this.create());
  }

  private create(): Promise<Ui> {
    const created = createHostUi(this.ctx, () => {
      if (this.frame && !this.frame.element.isConnected) this.dropFrame(this.frame);
    }).then((ui) => {
      this.hostElement = ui.shadowHost;
      return ui;
    });
    // A failed creation is not kept: the next show tries again.
    created.catch(() => {
      if (this.ui === created) this.ui = undefined;
    });
    return created;
  }
}
