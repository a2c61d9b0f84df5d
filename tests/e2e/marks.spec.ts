// Element marks (issue 12, "Element marks (opt-in …)"): the mark.js path, hardened. Each case is a
// small fixture page (pages/marks-*.html) modelled on a public bug report from highlighters and
// hover-card tools: a translator rewriting the page, a search tool calling normalize(), the page's
// CSS reaching our marks, a region that becomes editable later, and copy and paste.
import type { Page } from '@playwright/test';
import { expect, openPage, readClipboard, readMarks, test, waitIdle } from './fixtures';

// The opt-in way of showing mentions: every test here runs with element marks.
test.use({ display: 'marks' });

const markTexts = async (page: Page) => (await readMarks(page)).map((m) => m.text);
const textOf = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.textContent);
const call = (page: Page, fn: string) =>
  page.evaluate((f) => (window as unknown as Record<string, () => unknown>)[f]!(), fn);

test('a translator replaces every text node with <font><font>…: every word stays, names in our marks too', async ({
  page,
  server,
}) => {
  await openPage(page, `${server.origin}/marks-translate.html`);
  expect(await markTexts(page)).toEqual(['Baku', 'Israel', 'Azerbaijan', 'SOCAR', 'Baku']);
  await call(page, 'translate');
  await waitIdle(page);
  expect(await textOf(page, '#a')).toBe('Pourparlers à Baku continuent cette semaine.');
  expect(await textOf(page, '#b')).toBe('Israel et Azerbaijan ont signé, a dit SOCAR.');
  expect(await textOf(page, '#c')).toBe('Baku accueille le forum.');
  // The names, now inside the translator's <font>s, are marked again.
  expect(await markTexts(page)).toEqual(['Baku', 'Israel', 'Azerbaijan', 'SOCAR', 'Baku']);
});

test('the page clears its search hits and calls normalize(): no paragraph loses a word', async ({
  page,
  server,
}) => {
  await openPage(page, `${server.origin}/marks-normalize.html`);
  expect(await markTexts(page)).toEqual(['Baku', 'Azerbaijan', 'Israel', 'Israel', 'SOCAR']);
  await call(page, 'clearHits');
  await waitIdle(page);
  expect(await page.$$eval('article p', (ps) => ps.map((p) => p.textContent))).toEqual([
    'Baku hosted the pipeline talks.',
    'The pipeline from Azerbaijan to Israel.',
    'Israel',
    'Pipeline news from SOCAR',
  ]);
  expect(await page.locator('.hit').count()).toBe(0);
  expect(await markTexts(page)).toEqual(['Baku', 'Azerbaijan', 'Israel', 'Israel', 'SOCAR']);
});

test('a mention that starts a text node leaves no empty text node', async ({ page, server }) => {
  await openPage(page, `${server.origin}/marks-normalize.html`);
  const empty = await page.evaluate(() => {
    const out: string[] = [];
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode() as Text | null; n; n = w.nextNode() as Text | null) {
      // The one place an empty node of the page's must stay: a text node that is one mention,
      // whole (#c's link: docs/adr/0011-element-marks.md).
      if (n.data === '' && n.parentElement?.closest('#c') === null)
        out.push(n.parentElement.id || n.parentElement.localName);
    }
    return out;
  });
  expect(empty).toEqual([]);
  expect(
    await page.locator('#a').evaluate((p) => [p.childNodes[0]!.nodeName, p.childNodes[1]!.textContent]),
  ).toEqual(['MARK', ' hosted the ']);
});

test('the page’s CSS for mark and * reaches no mark of ours: same layout as before marking, our underline kept', async ({
  page,
  server,
}) => {
  await openPage(page, `${server.origin}/marks-css.html`);
  // Ours, then the page's own (#forged).
  expect(await markTexts(page)).toEqual(['Azerbaijan', 'Baku', 'Azerbaijan', 'Israel', 'SOCAR', 'Baku']);
  const { before, after, forgedBefore, forgedAfter } = await page.evaluate(() => {
    const l = (
      window as unknown as {
        layout: {
          boxes: () => unknown[];
          forgedLook: () => unknown[];
          before: unknown[];
          forgedBefore: unknown[];
        };
      }
    ).layout;
    return { before: l.before, after: l.boxes(), forgedBefore: l.forgedBefore, forgedAfter: l.forgedLook() };
  });
  // Nothing moved: every block and every word where it was before the content script ran (to
  // half a pixel: text split into several nodes may be shaped a hair differently).
  expect(after.length).toBe(before.length);
  const moved: unknown[] = [];
  (after as (string | number)[][]).forEach((row, i) => {
    const was = (before as (string | number)[][])[i]!;
    const off = row.some((v, j) =>
      typeof v === 'number' ? Math.abs(v - (was[j] as number)) > 0.5 : v !== was[j],
    );
    if (off) moved.push({ was, now: row });
  });
  expect(moved).toEqual([]);
  const looks = await page.$$eval('mark.brieflight-mark:not(#forged)', (marks) =>
    marks.map((m) => {
      const cs = getComputedStyle(m);
      const ps = getComputedStyle(m.parentElement!);
      return {
        line: cs.textDecorationLine,
        style: cs.textDecorationStyle,
        display: cs.display,
        box: [cs.paddingLeft, cs.marginLeft, cs.borderLeftWidth].join(' '),
        font: cs.font === ps.font && cs.letterSpacing === ps.letterSpacing,
        before: getComputedStyle(m, '::before').content,
      };
    }),
  );
  expect(looks).toHaveLength(5);
  for (const look of looks) {
    expect(look).toEqual({
      line: 'underline',
      style: 'dotted',
      display: 'inline',
      box: '0px 0px 0px',
      font: true,
      before: 'none',
    });
  }
  // A mark the page made with our class keeps the page's own look: our CSS is not for it.
  expect(forgedAfter).toEqual(forgedBefore);
});

test('a region made editable later loses its marks before the reader edits it; the editor saves only the page’s markup', async ({
  page,
  server,
}) => {
  await openPage(page, `${server.origin}/marks-editable.html`);
  expect(await markTexts(page)).toEqual(['Baku', 'Israel', 'SOCAR', 'Azerbaijan']);
  await page.click('#note p');
  expect(await call(page, 'save')).toBe('<p>Notes on Baku and Israel.</p>');
  await page.click('#note p', { position: { x: 2, y: 2 } });
  await page.keyboard.type('X');
  await waitIdle(page);
  const saved = (await call(page, 'save')) as string;
  expect(saved).not.toMatch(/mark|brieflight/);
  expect(saved.replace('X', '')).toBe('<p>Notes on Baku and Israel.</p>');
  expect(await markTexts(page)).toEqual(['SOCAR', 'Azerbaijan']);

  // Marked text the page moves into <pre> is unmarked exactly.
  await call(page, 'moveToPre');
  await waitIdle(page);
  expect(
    await page
      .locator('#pre')
      .evaluate((el) => [
        el.querySelectorAll('mark').length,
        el.firstElementChild!.childNodes.length,
        el.textContent,
      ]),
  ).toEqual([0, 1, 'Azerbaijan moves into code.']);
  expect(await markTexts(page)).toEqual(['SOCAR']);
});

test('a document switched to designMode loses its marks before the reader’s first edit', async ({
  page,
  server,
}) => {
  await openPage(page, `${server.origin}/marks-designmode.html`);
  expect(await markTexts(page)).toEqual(['Baku', 'Israel']);
  await page.click('#edit');
  await page.click('#text', { position: { x: 2, y: 2 } });
  await page.keyboard.type('X');
  await waitIdle(page);
  const saved = (await call(page, 'save')) as string;
  expect(saved).not.toMatch(/mark|brieflight/);
  expect(saved.replace('X', '')).toBe('<p id="text">Notes on Baku and Israel.</p>');
  expect(await markTexts(page)).toEqual([]);
});

test('copying a selection puts no trace of our marks in the clipboard; a page’s own copy handler wins', async ({
  page,
  server,
  extContext,
}) => {
  await extContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await openPage(page, `${server.origin}/marks-copy.html`);
  expect(await markTexts(page)).toEqual(['Baku', 'Azerbaijan', 'Israel', 'SOCAR', 'Israel', 'Baku']);
  await page.evaluate(() => (window as unknown as { selectAll: (id: string) => void }).selectAll('plain'));
  await page.keyboard.press('Control+C');
  const copied = await readClipboard(page);
  expect(copied.html).not.toBeNull();
  expect(copied.html).not.toMatch(/<mark|brieflight|underline/);
  expect(copied.html).toContain('Talks in <b>Baku</b> between Azerbaijan and Israel went on.');
  expect(copied.text).toMatch(
    /^\s*Talks in Baku between Azerbaijan and Israel went on\.\s+SOCAR said so\.\s*$/,
  );

  await page.evaluate(() => (window as unknown as { selectAll: (id: string) => void }).selectAll('own'));
  await page.keyboard.press('Control+C');
  const own = await readClipboard(page);
  expect(own).toEqual({
    html: null,
    text: expect.stringMatching(/^Quoted: \s*The page copies this its own way: Israel and Baku\.\s*$/),
  });
});

test('dragging a selection into an editor drops no mark of ours', async ({ page, server }) => {
  await openPage(page, `${server.origin}/marks-copy.html`);
  await page.evaluate(() => (window as unknown as { selectAll: (id: string) => void }).selectAll('first'));
  const from = await page.locator('#first').boundingBox();
  const to = await page.locator('#drop').boundingBox();
  await page.mouse.move(from!.x + 20, from!.y + from!.height / 2);
  await page.mouse.down();
  await page.mouse.move(from!.x + 60, from!.y + from!.height / 2 + 10, { steps: 5 });
  await page.mouse.move(to!.x + 20, to!.y + to!.height / 2, { steps: 10 });
  await page.mouse.up();
  await waitIdle(page);
  const dropped = await page.locator('#drop').evaluate((el) => el.innerHTML);
  expect(dropped).toContain('Baku');
  expect(dropped).not.toMatch(/<mark|brieflight|underline/);
});
