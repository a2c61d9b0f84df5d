// The card in its extension frame, as a reader gets it (docs/adr/0015-card-host.md): axe-core in
// the frame's document and in the page around it, light and dark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/harness.mjs';
import { seriousAxeViolationsInCard } from './card-reader';
import { expect, hoverMention, openPage, placedCard, seriousAxeViolations, test } from './fixtures';

const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe-core finds nothing serious or critical in the open card's frame, nor in the page around it (${colorScheme})`, async ({
    page,
    server,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openPage(page, `${server.origin}/card-hover.html`);
    await hoverMention(page, 'SOCAR');
    await placedCard(page);
    expect(await seriousAxeViolationsInCard(page, AXE)).toEqual([]);
    // The page's own tree holds the iframe (titled) in the card's dialog: nothing serious there.
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
}
