// Bundled by tests/e2e/card.spec.ts (Vite, in memory) and run in card-axe.html: renders every card
// state of src/card/fixtures/card-states.ts with the card's real stylesheet, each in its own
// shadow root, so axe-core can check them in real Chromium. The roots are open here (axe cannot see
// into a closed one); the card's markup and styles are the production ones.
import { render } from 'preact';
import { Card } from '@/card/Card';
import { CARD_STYLES } from '@/card/card-styles';
import { CARD_STATES, type CardState } from '@/card/fixtures/card-states';

const sheet = new CSSStyleSheet();
sheet.replaceSync(CARD_STYLES);
// In the page the card is fixed over the text; here the states stack so none covers another.
const stack = new CSSStyleSheet();
stack.replaceSync(
  ':host { position: static !important; width: auto !important; height: auto !important; margin: 0 0 16px !important; } .bl-card { position: static; }',
);

const main = document.getElementById('states')!;
for (const [name, state] of Object.entries(CARD_STATES) as [string, CardState][]) {
  const host = document.createElement('brieflight-card-state');
  host.dataset.state = name;
  main.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheet, stack];
  const noop = () => undefined;
  render(<Card {...state.props} {...(state.actions ? { onOpenBriefing: noop, onClose: noop } : {})} />, root);
  root.querySelector('.bl-card')?.setAttribute('data-placed', '');
}
document.documentElement.dataset.cardStates = String(main.children.length);
