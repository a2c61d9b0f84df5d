import { render } from 'preact';
import { autoUpdate } from '@floating-ui/dom';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Card, type Props as CardProps } from '@/components/Card';
import { factsOf, getSource } from '@/data';
import { ENTITIES } from '@/data/entities';
import type { BriefingAnchor, EntityId } from '@/data/types';
import { cardMaxWidth, getCardPosition, type Viewport } from '@/utils/position';
import { contextOf, rankFacts, sectionFor } from '@/utils/rank';
import { CARD_STYLES } from '@/components/card-styles';

export { CARD_OFFSET_PX, CARD_PADDING_PX } from '@/utils/position';

export interface CardHostHandlers {
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  /** The mark the card points at left the document (the page removed it, or it was unmarked). */
  onAnchorGone?: () => void;
}

/** What CardController needs of a card host; tests give it a fake. */
export interface CardHostLike {
  show(anchor: HTMLElement, props: CardProps): Promise<void> | void;
  hide(): void;
  /** True when `node` is the card's host (events and focus inside a closed root retarget to it). */
  contains(node: EventTarget | null): boolean;
  /** The card's links and buttons, in Tab order. */
  focusables(): HTMLElement[];
  /** The focused element inside the card, if any. */
  activeElement(): Element | null;
}

/** What the card's own actions do; the controller (in the content script) decides. */
export interface CardActions {
  onOpenBriefing: (section: BriefingAnchor) => void;
  onClose: () => void;
}

/**
 * The card module's API (entrypoints/card-ui.ts hands it to the content script on the first show;
 * unit tests import it directly): a host, and the card's props for a mark — the entity, its facts
 * ranked for the mark's paragraph, and "Open briefing" at the paragraph's topic.
 */
export interface CardUi {
  createHost(ctx: ContentScriptContext, handlers: CardHostHandlers, hostTag: string): CardHostLike;
  propsFor(mark: HTMLElement, id: EntityId, actions: CardActions): CardProps;
}

export function cardPropsFor(mark: HTMLElement, id: EntityId, actions: CardActions): CardProps {
  const entity = ENTITIES[id];
  const context = contextOf(mark);
  const section = sectionFor(entity, context);
  return {
    entity,
    facts: rankFacts(factsOf(id), context),
    sourceOf: getSource,
    onOpenBriefing: () => actions.onOpenBriefing(section),
    onOpenRatings: () => actions.onOpenBriefing('ratings'),
    onClose: actions.onClose,
  };
}

export const CARD_UI: CardUi = {
  createHost: (ctx, handlers, hostTag) => new CardHost(ctx, handlers, hostTag),
  propsFor: cardPropsFor,
};

/** Everything the card can take focus on, in the order the card renders it. */
const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

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

/**
 * The one card on a page: a closed shadow root (WXT's createShadowRootUi) made on the first show,
 * so a page nobody hovers never gets a host element or a Preact render. Its styles are one
 * constructed stylesheet (adoptedStyleSheets): no <style> or <link> that a page's CSP could block.
 */
export class CardHost implements CardHostLike {
  private ui: Promise<ShadowRootContentScriptUi<HTMLElement>> | undefined;
  private hostElement: HTMLElement | undefined;
  private shadow: ShadowRoot | undefined;
  private card: HTMLElement | undefined;
  private stopPositioning: (() => void) | undefined;
  private generation = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly handlers: CardHostHandlers,
    /** The host element's tag (utils/highlight.ts's UI_HOST_TAG: the highlighter skips it). */
    private readonly hostTag: string,
  ) {}

  async show(anchor: HTMLElement, props: CardProps): Promise<void> {
    const generation = ++this.generation;
    const ui = await this.mountOnce();
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
    this.stopPositioning = autoUpdate(anchor, card, () => this.place(anchor, card, generation));
  }

  hide(): void {
    this.generation++;
    this.stopPositioning?.();
    this.stopPositioning = undefined;
    this.card = undefined;
    void this.ui?.then((ui) => {
      if (ui.mounted) render(null, ui.mounted);
    });
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
   * Measures, computes (utils/position.ts, a pure function) and applies. Measuring needs the
   * card's natural height, so its height limit is lifted and put back within this task: nothing
   * is painted in between.
   */
  private place(anchor: HTMLElement, card: HTMLElement, generation: number): void {
    if (!anchor.isConnected) {
      this.handlers.onAnchorGone?.();
      return;
    }
    const zoom = cssZoomOf(card);
    const viewport = currentViewport(anchor.ownerDocument.defaultView ?? window);
    card.style.maxWidth = `${cardMaxWidth(viewport.width) / zoom}px`;
    const limit = card.style.maxHeight;
    card.style.maxHeight = '';
    const { width, height } = card.getBoundingClientRect();
    card.style.maxHeight = limit;
    void getCardPosition({ anchorRect: anchor.getBoundingClientRect(), cardSize: { width, height }, viewport }).then(
      (pos) => {
        if (generation !== this.generation) return;
        card.style.transform = `translate(${pos.x / zoom}px, ${pos.y / zoom}px)`;
        card.style.maxHeight = `${pos.maxHeight / zoom}px`;
        card.dataset.placement = pos.placement;
        card.toggleAttribute('data-anchor-hidden', pos.anchorHidden);
        card.toggleAttribute('data-placed', true);
      },
    );
  }

  private mountOnce(): Promise<ShadowRootContentScriptUi<HTMLElement>> {
    this.ui ??= createShadowRootUi<HTMLElement>(this.ctx, {
      name: this.hostTag,
      mode: 'closed',
      position: 'inline',
      anchor: () => document.body ?? document.documentElement,
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
      ui.mount();
      this.hostElement = ui.shadowHost;
      this.shadow = ui.shadow;
      return ui;
    });
    return this.ui;
  }
}
