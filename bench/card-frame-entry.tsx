// For scripts/card-frame.mjs (issue 17: the card's content in an extension-origin frame). Bundled
// in memory by that script and run in a test page; never shipped. It gives the page the render
// message the host sends the shipped frame (src/entrypoints/card-frame/), and, for comparison, renders
// the same card into a closed shadow root in the page, as the host did before the frame.
import { render } from 'preact';
import { Card } from '@/card/Card';
import { CARD_STYLES } from '@/card/card-styles';
import { cardPropsFor } from '@/card/card-props';
import type { EntityId } from '@/data/types';
import { renderMessageOf } from '@/card/card-frame-client';

const ACTIONS = { onOpenBriefing: () => undefined, onClose: () => undefined };

function renderInto(root: ShadowRoot | HTMLElement, entity: EntityId): void {
  const context = document.createElement('p');
  context.textContent = 'Energy talks in Baku on the oil and gas pipeline.';
  render(<Card {...cardPropsFor(context, entity, ACTIONS)} />, root);
  root.querySelector('.bl-card')?.setAttribute('data-placed', '');
}

/** Resolves after the next frame is produced (the card's first paint, or close to it). */
function afterPaint(): Promise<void> {
  return new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
}

{
  // The shipped frame's render message for an entity, as the host sends it (card-host.tsx).
  (window as unknown as { renderMessage: (entity: EntityId, seq: number) => unknown }).renderMessage = (
    entity,
    seq,
  ) => {
    const context = document.createElement('p');
    context.textContent = 'Energy talks in Baku on the oil and gas pipeline.';
    return renderMessageOf(cardPropsFor(context, entity, ACTIONS), seq, { maxWidth: 360, width: null });
  };

  let root: ShadowRoot | undefined;
  (window as unknown as { renderInShadow: (entity: EntityId) => Promise<number> }).renderInShadow = async (
    entity,
  ) => {
    const t0 = performance.now();
    if (!root) {
      const host = document.createElement('div');
      root = host.attachShadow({ mode: 'closed' });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CARD_STYLES);
      root.adoptedStyleSheets = [sheet];
      document.documentElement.append(host);
    }
    renderInto(root, entity);
    await afterPaint();
    return performance.now() - t0;
  };
}
