// Element marks, the opt-in way of showing mentions ("How mentions are shown": marks). The same
// contract as before issue 12, checked in this mode; and switching between the two ways at run
// time leaves nothing of the other.
import type { Page } from '@playwright/test';
import { EXCLUDED_FIXTURE_IDS } from '../../scripts/harness.mjs';
import {
  expect,
  expectCard,
  openPage,
  readMarks,
  readMentions,
  resetSettings,
  test,
  waitIdle,
  writeSyncStorage,
} from './fixtures';

test.use({ display: 'marks' });
// The switch test changes the settings: every test starts and ends with the defaults (marks here).
test.beforeEach(async ({ extContext }) => resetSettings(extContext));
test.afterEach(async ({ extContext }) => resetSettings(extContext));

test('marks follow the contract: exact text, entity ids, nothing in excluded elements', async ({
  page,
  server,
}) => {
  await openPage(page, `${server.origin}/contract.html`);
  const marks = await readMarks(page);
  // Running text and the link are marked; nothing else is.
  expect(marks).toEqual([
    { entity: 'azerbaijan', text: 'Azerbaijan' }, // h1
    { entity: 'israel', text: 'Israel' },
    { entity: 'azerbaijan', text: 'Azerbaijan' }, // #running
    { entity: 'israel', text: "Israel's" },
    { entity: 'baku', text: 'Baku' },
    { entity: 'socar', text: 'SOCAR' },
    { entity: 'azerbaijan', text: 'Azerbaijan' }, // link
    { entity: '__proto__', text: 'Azerbaijan' }, // the page's own forged mark, left alone
    { entity: 'israel', text: 'Israel' }, // inside the page's unclassed <mark>
  ]);
  const excluded = await page.evaluate(
    (ids) =>
      ids
        .map((sel) => document.querySelector(sel)!)
        .filter((el) => el.querySelector('mark.brieflight-mark') !== null)
        .map((el) => el.id),
    EXCLUDED_FIXTURE_IDS,
  );
  expect(excluded).toEqual([]);
  // The page's text is unchanged by marking.
  const text = await page.evaluate(() => document.getElementById('running')!.textContent);
  expect(text).toBe("Officials from Azerbaijan met Israel's envoy in Baku, and SOCAR signed a deal.");
  // Forged marks stay exactly as the page wrote them, with nothing nested.
  const forged = await page.evaluate(() => document.querySelector('#forged mark')!.outerHTML);
  expect(forged).toBe('<mark class="brieflight-mark" data-brieflight-entity="__proto__">Azerbaijan</mark>');
});

/** The marks under one element, as [entity, text] pairs in document order. */
async function marksIn(page: Page, selector: string): Promise<[string | null, string][]> {
  return page.$$eval(`${selector} mark.brieflight-mark`, (els) =>
    els.map(
      (el) => [el.getAttribute('data-brieflight-entity'), el.textContent ?? ''] as [string | null, string],
    ),
  );
}

test('marks inherit font and colour and add no box, so nothing moves', async ({ page, server }) => {
  await openPage(page, `${server.origin}/detection.html`);
  expect(await marksIn(page, '#styled')).toEqual([['azerbaijan', 'Azerbaijan']]);
  const r = await page.evaluate(() => {
    const p = document.getElementById('styled')!;
    const mark = p.querySelector('mark')!;
    const ps = getComputedStyle(p);
    const ms = getComputedStyle(mark);
    // A twin of the paragraph without marks, laid out in the same place, must be the same size.
    const twin = p.cloneNode(true) as HTMLElement;
    twin.removeAttribute('id');
    for (const m of twin.querySelectorAll('mark')) m.replaceWith(m.textContent ?? '');
    p.after(twin);
    const a = p.getBoundingClientRect();
    const b = twin.getBoundingClientRect();
    twin.remove();
    return {
      font: [ms.fontFamily, ms.fontSize, ms.fontStyle, ms.fontWeight, ms.lineHeight].join('|'),
      parentFont: [ps.fontFamily, ps.fontSize, ps.fontStyle, ps.fontWeight, ps.lineHeight].join('|'),
      color: ms.color,
      parentColor: ps.color,
      box: [
        ms.paddingTop,
        ms.paddingLeft,
        ms.marginTop,
        ms.marginLeft,
        ms.borderTopWidth,
        ms.borderLeftWidth,
      ],
      decoration: ms.textDecorationLine + ' ' + ms.textDecorationStyle,
      sizes: [a.width, a.height, b.width, b.height],
    };
  });
  expect(r.font).toBe(r.parentFont);
  expect(r.color).toBe(r.parentColor);
  expect(r.box).toEqual(['0px', '0px', '0px', '0px', '0px', '0px']);
  expect(r.decoration).toBe('underline dotted');
  expect(r.sizes[0]).toBe(r.sizes[2]);
  expect(r.sizes[1]).toBe(r.sizes[3]);
});

test('hovering a mark opens its card, Escape closes it', async ({ page, server }) => {
  await openPage(page, `${server.origin}/news.html`);
  await page.locator('mark.brieflight-mark[data-brieflight-entity="azerbaijan"]').first().hover();
  const card = await expectCard(page, 'open');
  expect(card?.name).toBe('Azerbaijan — key facts');
  await page.keyboard.press('Escape');
  await expectCard(page, null);
});

test('switching to painted and back at run time leaves no mark and no range behind', async ({
  page,
  server,
}) => {
  await openPage(page, `${server.origin}/contract.html`);
  const marked = await readMentions(page);
  const ranges = () =>
    page.evaluate(() =>
      [...CSS.highlights]
        .filter(([name]) => !name.startsWith('brieflight-ui-'))
        .reduce((n, [, h]) => n + h.size, 0),
    );
  expect(marked.length).toBeGreaterThan(3);
  expect(await ranges()).toBe(0);
  const text = await page.evaluate(() => document.body.textContent);
  await writeSyncStorage(page.context(), { display: 'paint' });
  // The forged mark of the page stays; ours go.
  await expect.poll(async () => (await readMarks(page)).filter((m) => m.entity !== '__proto__')).toEqual([]);
  await waitIdle(page);
  await expect.poll(ranges).toBe(marked.length - 1);
  expect(await page.evaluate(() => document.body.textContent)).toBe(text);
  await writeSyncStorage(page.context(), { display: 'marks' });
  await expect.poll(async () => (await readMentions(page)).length).toBe(marked.length);
  await expect.poll(ranges).toBe(0);
});

test('marks print with no underline and no tint, in both highlight styles (issue 15)', async ({
  page,
  server,
  extContext,
}) => {
  await openPage(page, `${server.origin}/contract.html`);
  const mark = page.locator('#running mark.brieflight-mark[data-brieflight-entity="azerbaijan"]');
  const look = () =>
    mark.evaluate((el) => {
      const s = getComputedStyle(el);
      return { line: s.textDecorationLine, background: s.backgroundColor };
    });
  expect((await look()).line).toBe('underline');
  await page.emulateMedia({ media: 'print' });
  expect(await look()).toEqual({ line: 'none', background: 'rgba(0, 0, 0, 0)' });
  await page.emulateMedia({ media: 'screen' });
  await writeSyncStorage(extContext, { highlightStyle: 'background' });
  await expect.poll(async () => (await look()).background).not.toBe('rgba(0, 0, 0, 0)');
  await page.emulateMedia({ media: 'print' });
  // Hovered too: the tint of the pointer's mark stays off paper.
  await mark.hover();
  expect(await look()).toEqual({ line: 'none', background: 'rgba(0, 0, 0, 0)' });
});
