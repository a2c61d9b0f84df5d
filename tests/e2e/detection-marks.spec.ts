// The language fixture pages (pages/lang-XX.html, detection-langs.json) with element marks: each
// paragraph's marks (one per piece of a name split over inline elements: `elementMarks`), the
// pieces of one mention counted once and opening one card. Painted mode: detection.spec.ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, expectCard, hoverMention, mentionsIn, openPage, readBadge, tabIdOf, test } from './fixtures';

// A worker-scoped option: it must be set at the top of a file.
test.use({ display: 'marks' });

const LANG_PAGES = JSON.parse(
  readFileSync(fileURLToPath(new URL('./detection-langs.json', import.meta.url)), 'utf8'),
) as Record<string, { id: string; mentions: [string, string][]; elementMarks?: [string, string][] }[]>;
const marksIn = mentionsIn;

test.describe('language fixtures with element marks', () => {
  for (const [file, paragraphs] of Object.entries(LANG_PAGES)) {
    test(`${file}: every paragraph's marks, and a split name is one mention`, async ({
      page,
      server,
      extContext,
    }) => {
      await openPage(page, `${server.origin}/${file}`);
      for (const p of paragraphs) {
        expect(await marksIn(page, `#${p.id}`), `${file} #${p.id}`).toEqual(p.elementMarks ?? p.mentions);
      }
      // The toolbar badge counts mentions: the pieces of one mention count once.
      const total = paragraphs.reduce((n, p) => n + p.mentions.length, 0);
      const tabId = await tabIdOf(page);
      await expect.poll(() => readBadge(extContext, tabId)).toBe(String(total));
    });
  }

  test('every piece of a split name opens the one card of its mention', async ({ page, server }) => {
    const names: string[] = [];
    for (const piece of ['Azer', 'baijan']) {
      // A fresh load for each piece: no card left open from the one before.
      await openPage(page, `${server.origin}/lang-en.html`);
      await hoverMention(page, piece);
      names.push((await expectCard(page))!.name);
    }
    expect(names[0]).toMatch(/Azerbaijan/);
    expect(names[1]).toBe(names[0]);
  });
});
