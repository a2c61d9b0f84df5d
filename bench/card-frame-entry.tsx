// The card in an extension-origin frame, for scripts/card-frame.mjs (issue 17: should the card's
// content live in a frame the page cannot read?). Bundled in memory by that script; never shipped.
// In the extension's frame it renders the card it is told to and reports once the frame that
// shows it has been produced; in a page (the comparison) it renders into a closed shadow root, as
// src/card/card-host.tsx does.
import { render } from 'preact';
import { Card } from '@/card/Card';
import { CARD_STYLES } from '@/card/card-styles';
import { cardPropsFor } from '@/card/card-host';
import type { EntityId } from '@/data/types';

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

if (location.protocol === 'chrome-extension:') {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CARD_STYLES.replaceAll(':host', ':root'));
  document.adoptedStyleSheets = [sheet];
  const show = async (entity: EntityId) => {
    renderInto(document.body, entity);
    await afterPaint();
    parent.postMessage({ type: 'brieflight-frame-rendered', entity }, '*');
  };
  addEventListener('message', (e: MessageEvent<{ type?: string; entity?: EntityId }>) => {
    if (e.data?.type === 'brieflight-frame-show' && e.data.entity) void show(e.data.entity);
  });
  void show((new URLSearchParams(location.search).get('entity') as EntityId | null) ?? 'azerbaijan');
} else {
  let root: ShadowRoot | undefined;
  (window as unknown as { renderInShadow: (entity: EntityId) => Promise<number> }).renderInShadow = async (entity) => {
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
