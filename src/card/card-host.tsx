import { render } from 'preact';
import { autoUpdate, getOverflowAncestors, type Rect, type VirtualElement } from '@floating-ui/dom';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Card, type Props as CardProps } from '@/card/Card';
import { factsOf, getSource } from '@/data';
import { ENTITIES } from '@/data/entities';
import type { BriefingAnchor, EntityId } from '@/data/types';
import { cardWidthLimit, getCardPosition, intersectRects, isSheet, type Viewport } from '@/card/position';
import { BLOCK_SELECTOR, contextOf, rankFacts, sectionFor } from '@/card/rank';
import { CONTEXT_MAX_CHARS } from '@/utils/timings';
import { registerOwnUiHost } from '@/card/ui-host';
import { CARD_STYLES } from '@/card/card-styles';
import { LIVE_REGION_DELAY_MS } from '@/utils/timings';

export { CARD_OFFSET_PX, CARD_PADDING_PX } from '@/card/position';

export interface CardHostHandlers {
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  /** The anchor left the document, collapsed, scrolled out of view or was clipped: close. */
  onAnchorGone?: () => void;
}

/** What CardController needs of a card host; tests give it a fake. */
export interface CardHostLike {
  /** Shows (or moves) the card for the mention whose live range is `anchor`. */
  show(anchor: Range, props: CardProps): Promise<void> | void;
  hide(): void;
  /** True when `node` is the card's host (events and focus inside a closed root retarget to it). */
  contains(node: EventTarget | null): boolean;
  /** The card's links and buttons, in Tab order. */
  focusables(): HTMLElement[];
  /** The focused element inside the card, if any. */
  activeElement(): Element | null;
  /**
   * Says `text` through the card's polite live region (in the closed root: no page reads it),
   * for a card opened from the keyboard. The next hide or show silences it.
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
  /** No host tag: the host decides its own element (a built-in one; docs/adr/0015-card-host.md). */
  createHost(ctx: ContentScriptContext, handlers: CardHostHandlers): CardHostLike;
  /** `context`: the element holding the mention (its paragraph decides the ranking). */
  /**
   * `pageEntities`: the entities mentioned anywhere on the page, so a page about one of them gets
   * that entity's own facts before its relations with the others (issue 15).
   */
  propsFor(context: Element, id: EntityId, actions: CardActions, pageEntities?: ReadonlySet<EntityId>): CardProps;
}

/**
 * The text the facts are ranked by: the paragraph around the mention. `context` is the element
 * holding the mention's text: an element mark or inline element (its nearest block, centred on
 * it: rank.ts contextOf), or the block itself (a painted mention in a `<p>`): its own text.
 */
export function rankingTextOf(context: Element): string {
  if (!context.matches(BLOCK_SELECTOR)) return contextOf(context);
  return (context.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, CONTEXT_MAX_CHARS);
}

export function cardPropsFor(
  context: Element,
  id: EntityId,
  actions: CardActions,
  pageEntities?: ReadonlySet<EntityId>,
): CardProps {
  const entity = ENTITIES[id];
  const text = rankingTextOf(context);
  const section = sectionFor(entity, text);
  return {
    entity,
    facts: rankFacts(factsOf(id), text, pageEntities),
    sourceOf: getSource,
    onOpenBriefing: () => actions.onOpenBriefing(section),
    onOpenRatings: () => actions.onOpenBriefing('ratings'),
    onClose: actions.onClose,
    onTurnOffSite: actions.onTurnOffSite,
    onOpenSettings: actions.onOpenSettings,
    onPin: actions.onPin,
    pinned: actions.pinned,
  };
}

export const CARD_UI: CardUi = {
  createHost: (ctx, handlers) => new CardHost(ctx, handlers),
  propsFor: cardPropsFor,
};

/** Everything the card can take focus on, in the order the card renders it. */
const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Events the card's controls act on. One the reader did not make (`isTrusted` false: a page's
 * `dispatchEvent` or `click()`) is stopped before it reaches them, and its default action (a
 * link's navigation) is cancelled: only the reader's own input opens a briefing tab (issue 17).
 */
const GUARDED_EVENTS = ['click', 'auxclick', 'dblclick', 'keydown', 'keyup', 'keypress', 'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'submit', 'input', 'change'];

function stopUntrusted(e: Event): void {
  if (e.isTrusted) return;
  e.stopImmediatePropagation();
  e.preventDefault();
}

/** The visual viewport, in the coordinates position: fixed uses (the layout viewport's). */
export function currentViewport(win: Window = window): Viewport {
  const vv = win.visualViewport;
  if (vv) return { x: vv.offsetLeft, y: vv.offsetTop, width: vv.width, height: vv.height };
  const html = win.document.documentElement;
  return { width: html.clientWidth, height: html.clientHeight };
}

/**
 * The CSS zoom in effect on `el` (a page may zoom its root). Rectangles are measured in viewport
 * pixels; lengths set on the card are in its own, zoomed pixels.
 */
function cssZoomOf(el: Element): number {
  const zoom = (el as Element & { currentCSSZoom?: number }).currentCSSZoom;
  return typeof zoom === 'number' && zoom > 0 ? zoom : 1;
}

/** The element a range's text sits in: the one Floating UI watches for scrolling and resizing. */
export function contextElementOf(range: Range): Element | null {
  const node = range.commonAncestorContainer;
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
}

/** The mention as Floating UI's reference: a virtual element over its live range. */
export function virtualElementOf(range: Range): VirtualElement {
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: contextElementOf(range) ?? undefined,
  };
}

/**
 * True when the range no longer holds a mention: its text was removed (a live range then
 * collapses onto the removal point) or it left the document. A mention hidden by CSS keeps its
 * range but has an empty box at the viewport's corner: position.ts reports it as hidden.
 */
export function isRangeGone(range: Range): boolean {
  return range.collapsed || !range.commonAncestorContainer.isConnected;
}

/**
 * Where a mention inside `el` can be seen, in viewport coordinates: the intersection of the
 * padding boxes of its scrolling or clipping ancestors (Floating UI's getOverflowAncestors: any
 * overflow but visible, across shadow roots). The root scroller is left out: the viewport is
 * position.ts's own limit. Undefined when nothing clips it.
 */
export function anchorClipOf(el: Element): Rect | undefined {
  const doc = el.ownerDocument;
  let clip: Rect | undefined;
  for (const ancestor of getOverflowAncestors(el)) {
    if (!(ancestor instanceof Element) || ancestor === doc.documentElement || ancestor === doc.body) continue;
    const box = ancestor.getBoundingClientRect();
    const padding: Rect = {
      x: box.x + ancestor.clientLeft,
      y: box.y + ancestor.clientTop,
      width: ancestor.clientWidth,
      height: ancestor.clientHeight,
    };
    clip = clip ? intersectRects(clip, padding) : padding;
  }
  return clip;
}

function coarsePointer(win: Window): boolean {
  return typeof win.matchMedia === 'function' && win.matchMedia('(pointer: coarse)').matches;
}

type Ui = ShadowRootContentScriptUi<HTMLElement>;

/**
 * The one card on a page (docs/adr/0015-card-host.md):
 * - its host is a plain `<div>` made in the content script's world, so no page-defined custom
 *   element constructor ever runs for it, and its root is closed;
 * - the host is a manual popover, shown in the top layer: no transform, filter, overflow or
 *   z-index of the page can misplace, clip or cover it, and the card is fixed to the viewport;
 * - made on the first show, so a page nobody hovers never gets a host element or a Preact render;
 *   made again on a later show when the page removed it (a replaced body, document.open());
 * - styled by one constructed stylesheet (adoptedStyleSheets): no <style> or <link> that a page's
 *   CSP could block.
 */
export class CardHost implements CardHostLike {
  private ui: Promise<Ui> | undefined;
  private hostElement: HTMLElement | undefined;
  private shadow: ShadowRoot | undefined;
  private card: HTMLElement | undefined;
  private stopPositioning: (() => void) | undefined;
  private generation = 0;
  /** The polite live region: present (empty) from the host's creation, so it is announced. */
  private live: HTMLElement | undefined;
  private liveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly handlers: CardHostHandlers,
  ) {}

  /** Never rejects: a failure is reported in the extension's console and no card shows. */
  async show(anchor: Range, props: CardProps): Promise<void> {
    const generation = ++this.generation;
    this.silence();
    try {
      const ui = await this.mounted();
      // A hide (or another show) while the shadow root was being made wins.
      if (generation !== this.generation || !ui.mounted) return;
      const container = ui.mounted;
      this.stopPositioning?.();
      // Rendering over the previous card reuses its element: a new hover replaces the content and
      // moves the card in the same frame, with no hide in between (no flicker).
      render(<Card {...props} />, container);
      const card = container.querySelector<HTMLElement>('.bl-card');
      this.card = card ?? undefined;
      if (!card) return;
      this.reveal(ui.shadowHost);
      this.stopPositioning = autoUpdate(virtualElementOf(anchor), card, () => this.place(anchor, card, generation));
    } catch (error) {
      console.warn('Brieflight: the card could not be shown.', error);
    }
  }

  hide(): void {
    this.generation++;
    this.silence();
    this.stopPositioning?.();
    this.stopPositioning = undefined;
    this.card = undefined;
    void this.ui?.then(
      (ui) => {
        if (ui.mounted) render(null, ui.mounted);
        hidePopover(ui.shadowHost);
      },
      () => undefined,
    );
  }

  announce(text: string): void {
    const live = this.live;
    if (!live) return;
    this.silence();
    // Set once the shown card's region is in the accessibility tree: a region that appears with
    // its text already in it is not announced by every screen reader.
    this.liveTimer = setTimeout(() => {
      this.liveTimer = undefined;
      live.textContent = text;
    }, LIVE_REGION_DELAY_MS);
  }

  private silence(): void {
    if (this.liveTimer !== undefined) clearTimeout(this.liveTimer);
    this.liveTimer = undefined;
    if (this.live) this.live.textContent = '';
  }

  contains(node: EventTarget | null): boolean {
    return node !== null && this.hostElement !== undefined && node === this.hostElement;
  }

  focusables(): HTMLElement[] {
    return this.card ? [...this.card.querySelectorAll<HTMLElement>(FOCUSABLE)] : [];
  }

  activeElement(): Element | null {
    return this.shadow?.activeElement ?? null;
  }

  /**
   * Measures, computes (src/card/position.ts, a pure function) and applies. Measuring needs the
   * card's natural height, so its height limit is lifted and put back within this task: nothing
   * is painted in between.
   */
  private place(anchor: Range, card: HTMLElement, generation: number): void {
    if (isRangeGone(anchor)) {
      this.handlers.onAnchorGone?.();
      return;
    }
    const context = contextElementOf(anchor);
    const win = card.ownerDocument.defaultView ?? window;
    const zoom = cssZoomOf(card);
    const viewport = currentViewport(win);
    const sheet = isSheet(coarsePointer(win), viewport.width);
    card.style.maxWidth = `${cardWidthLimit(viewport.width, sheet) / zoom}px`;
    card.style.width = sheet ? `${viewport.width / zoom}px` : '';
    const limit = card.style.maxHeight;
    card.style.maxHeight = '';
    const { width, height } = card.getBoundingClientRect();
    card.style.maxHeight = limit;
    void getCardPosition({
      anchorRect: anchor.getBoundingClientRect(),
      anchorClip: context ? anchorClipOf(context) : undefined,
      cardSize: { width, height },
      viewport,
      sheet,
    }).then((pos) => {
      if (generation !== this.generation) return;
      card.toggleAttribute('data-anchor-hidden', pos.anchorHidden);
      if (pos.anchorHidden) {
        // Scrolled out of view, or out of a scrolling container: the card closes (CONTRACT.md).
        this.handlers.onAnchorGone?.();
        return;
      }
      card.style.transform = `translate(${pos.x / zoom}px, ${pos.y / zoom}px)`;
      card.style.maxHeight = `${pos.maxHeight / zoom}px`;
      card.dataset.placement = pos.placement;
      card.toggleAttribute('data-placed', true);
    });
  }

  /**
   * The host, made on the first show, and made anew when the page has taken it out of the
   * document since (removed it, replaced <body>, document.open()): a document.open() also erases
   * every listener in the old tree, Preact's own included, so nothing of the old one is reused.
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
    const created = createShadowRootUi<HTMLElement>(this.ctx, {
      // A built-in element: a page can define any custom-element name before the first card (and
      // so get our closed root through attachInternals), but no page can define `div`.
      name: 'div',
      mode: 'closed',
      position: 'inline',
      // After <body>, not in it: a page that re-renders its body's content keeps the host.
      anchor: () => document.documentElement,
      append: 'last',
      // Our own sheet resets the host (`all: initial`); with this WXT adds no reset CSS of its own.
      inheritStyles: true,
      onMount: (container, shadow) => {
        try {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(CARD_STYLES);
          shadow.adoptedStyleSheets = [sheet];
        } catch {
          // A browser that refuses a content script's constructed sheet (Firefox's Xray wrappers
          // have) gets a <style> instead: styled on most pages, though a strict CSP blocks it.
          const style = document.createElement('style');
          style.textContent = CARD_STYLES;
          shadow.prepend(style);
        }
        // The card is English whatever the page's language and direction (a Hebrew page must not
        // turn it right-to-left, nor have it read with a Hebrew voice: issue 15).
        for (const el of [container.parentElement, container]) {
          el?.setAttribute('lang', 'en');
          el?.setAttribute('dir', 'ltr');
        }
        // The live region sits beside the card (Preact renders into `container` only), empty
        // until a keyboard-opened card is announced.
        const live = document.createElement('div');
        live.className = 'bl-live';
        live.setAttribute('role', 'status');
        live.setAttribute('aria-atomic', 'true');
        (container.parentElement ?? shadow).append(live);
        this.live = live;
        for (const type of GUARDED_EVENTS) container.addEventListener(type, stopUntrusted, { capture: true });
        container.addEventListener('pointerenter', this.handlers.onPointerEnter);
        container.addEventListener('pointerleave', this.handlers.onPointerLeave);
        return container;
      },
      onRemove: (container) => {
        if (container) render(null, container);
      },
    }).then((ui) => {
      // WXT's isolated element always brings a <style> (empty here). Inserted into the page, an
      // inline <style> is what a strict style-src refuses, with a console error: the card needs
      // none, so it goes before the host is attached.
      for (const style of ui.shadow.querySelectorAll('style')) style.remove();
      const host = ui.shadowHost;
      registerOwnUiHost(host);
      host.setAttribute('popover', 'manual');
      ui.mount();
      this.hostElement = host;
      this.shadow = ui.shadow;
      return ui;
    });
    // A failed creation is not kept: the next show tries again.
    created.catch(() => {
      if (this.ui === created) this.ui = undefined;
    });
    return created;
  }

  /**
   * Puts the host in the top layer (again, if the page took it out, moved it or changed its
   * attributes), inside the page's open modal dialog if there is one: everything outside a modal dialog is
   * inert, the top layer included, so a card outside it could be seen but not pointed at, clicked
   * or focused.
   */
  private reveal(host: HTMLElement): void {
    const parent = modalDialogOf(host.ownerDocument) ?? host.ownerDocument.documentElement;
    if (host.parentNode !== parent) {
      hidePopover(host);
      parent.append(host);
    }
    // The page may have set attributes on the host since (`inert` makes the card unclickable,
    // `hidden`, `style`, `dir`…): it carries none but its own.
    for (const name of host.getAttributeNames()) if (name !== 'popover') host.removeAttribute(name);
    if (host.getAttribute('popover') !== 'manual') host.setAttribute('popover', 'manual');
    if (typeof host.showPopover !== 'function') return;
    if (!host.matches(':popover-open')) host.showPopover();
  }
}

/** The page's open modal dialog (the last in the document when several are open), if any. */
function modalDialogOf(doc: Document): HTMLDialogElement | undefined {
  try {
    const open = doc.querySelectorAll<HTMLDialogElement>('dialog:modal');
    return open[open.length - 1];
  } catch {
    // A browser without :modal has no modal dialogs to go inside either way.
    return undefined;
  }
}

function hidePopover(host: HTMLElement): void {
  if (typeof host.hidePopover !== 'function') return;
  try {
    if (host.matches(':popover-open')) host.hidePopover();
  } catch {
    // Not a popover any more (the page removed the attribute): nothing is in the top layer.
  }
}
