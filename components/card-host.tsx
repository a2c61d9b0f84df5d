import { render } from 'preact';
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Card, type Props as CardProps } from '@/components/Card';
import { UI_HOST_TAG } from '@/utils/highlight';
import badgesCss from '@/components/badges.css?inline';
import cardCss from '@/components/card.css?inline';

/** Viewport padding the card keeps from every edge. */
export const CARD_PADDING_PX = 8;
/** Gap between the mark and the card. */
export const CARD_OFFSET_PX = 6;

export interface CardHostHandlers {
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

/**
 * The one card on a page: a closed shadow root (WXT's createShadowRootUi) made on the first show,
 * so a page nobody hovers never gets a host element or a Preact render.
 */
export class CardHost {
  private ui: Promise<ShadowRootContentScriptUi<HTMLElement>> | undefined;
  private stopPositioning: (() => void) | undefined;
  private generation = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly handlers: CardHostHandlers,
  ) {}

  async show(anchor: HTMLElement, props: CardProps): Promise<void> {
    const generation = ++this.generation;
    const ui = await this.mountOnce();
    // A hide (or another show) while the shadow root was being made wins.
    if (generation !== this.generation || !ui.mounted) return;
    const container = ui.mounted;
    this.stopPositioning?.();
    render(<Card {...props} />, container);
    const card = container.querySelector<HTMLElement>('.bl-card');
    if (!card) return;
    this.stopPositioning = autoUpdate(anchor, card, () => {
      void computePosition(anchor, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(CARD_OFFSET_PX), flip({ padding: CARD_PADDING_PX }), shift({ padding: CARD_PADDING_PX })],
      }).then(({ x, y }) => {
        card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    });
  }

  hide(): void {
    this.generation++;
    this.stopPositioning?.();
    this.stopPositioning = undefined;
    void this.ui?.then((ui) => {
      if (ui.mounted) render(null, ui.mounted);
    });
  }

  /** True when `node` is inside the card (events from a closed root retarget to its host). */
  contains(node: EventTarget | null): boolean {
    return node instanceof Element && node.localName === UI_HOST_TAG;
  }

  private mountOnce(): Promise<ShadowRootContentScriptUi<HTMLElement>> {
    this.ui ??= createShadowRootUi<HTMLElement>(this.ctx, {
      name: UI_HOST_TAG,
      mode: 'closed',
      position: 'inline',
      anchor: () => document.body ?? document.documentElement,
      append: 'last',
      onMount: (container, shadow) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(cardCss + badgesCss);
        shadow.adoptedStyleSheets = [sheet];
        container.addEventListener('pointerenter', this.handlers.onPointerEnter);
        container.addEventListener('pointerleave', this.handlers.onPointerLeave);
        return container;
      },
      onRemove: (container) => {
        if (container) render(null, container);
      },
    }).then((ui) => {
      ui.mount();
      return ui;
    });
    return this.ui;
  }
}
