// Painted highlights (issue 12, CONTRACT.md "Painted highlights"): the page's DOM is exactly what
// the page made, from load to the first card; a copied selection carries nothing of ours; the
// registry holds our ranges under `brieflight-<id>`. And, issue 17: where Brieflight is off it
// writes, styles and registers nothing a page could see.
import { chromium, type Page } from '@playwright/test';
import { findChrome } from '../../scripts/harness.mjs';
import {
  expect,
  expectCard,
  hoverMention,
  openPage,
  readMentions,
  resetSettings,
  test,
  waitIdle,
  writeSyncStorage,
} from './fixtures';

// The "off leaves no trace" tests change the settings: every test starts and ends with the defaults.
test.beforeEach(async ({ extContext }) => resetSettings(extContext));
test.afterEach(async ({ extContext }) => resetSettings(extContext));

/** Records every DOM mutation of the page from its first moment (an init script), as text. */
const RECORD_MUTATIONS = `(() => {
  const log = (window.__mutations = []);
  const start = () => {
    new MutationObserver((records) => {
      for (const r of records) {
        // The opt-in state attribute is CONTRACT.md's one exception (and the test's own opt-in).
        if (r.type === 'attributes' && r.attributeName === 'data-brieflight-state') continue;
        const added = [...r.addedNodes].map((n) => n.nodeName).join(' ');
        const removed = [...r.removedNodes].map((n) => n.nodeName).join(' ');
        log.push(r.type + ' ' + r.target.nodeName + (r.attributeName ? ' @' + r.attributeName : '') + (added ? ' +' + added : '') + (removed ? ' -' + removed : ''));
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  };
  // From the moment the parser is done (the content script starts later, at document_idle).
  document.addEventListener('DOMContentLoaded', start, { once: true });
})();`;

const mutations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);

test('a static page: no DOM mutation from load to the first card, and only the card’s host after it', async ({
  page,
  server,
}) => {
  await page.addInitScript(RECORD_MUTATIONS);
  await openPage(page, `${server.origin}/news.html`);
  expect((await readMentions(page)).length).toBeGreaterThan(5);
  expect(await mutations(page)).toEqual([]);
  await hoverMention(page, 'Azerbaijan');
  await expectCard(page, 'open');
  const after = await mutations(page);
  expect(after).toHaveLength(1);
  expect(after[0]).toMatch(/^childList (BODY|HTML) \+[A-Z-]+$/);
});

/** Selects the element's contents, copies them as the reader would, and returns the clipboard's HTML. */
async function copiedHtml(page: Page, selector: string): Promise<string> {
  await page.evaluate((sel) => {
    const r = document.createRange();
    r.selectNodeContents(document.querySelector(sel)!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
  }, selector);
  await page.keyboard.press('Control+c');
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return (await item!.getType('text/html')).text();
  });
}

test('a copied selection’s HTML is the same with and without the extension', async ({ page, server }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await openPage(page, `${server.origin}/contract.html`);
  const withExtension = [await copiedHtml(page, '#running'), await copiedHtml(page, 'body')];
  expect(withExtension[0]).toContain('Israel');

  const executablePath = findChrome();
  if (!executablePath) throw new Error('no Chromium');
  const plain = await chromium.launch({ executablePath, headless: true });
  try {
    const context = await plain.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const other = await context.newPage();
    await other.goto(`${server.origin}/contract.html`);
    const without = [await copiedHtml(other, '#running'), await copiedHtml(other, 'body')];
    expect(withExtension).toEqual(without);
  } finally {
    await plain.close();
  }
});

test('CSS.highlights.get("brieflight-israel") holds exactly the Israel mentions, as ranges over the page’s own text', async ({
  page,
  server,
}) => {
  await openPage(page, `${server.origin}/contract.html`);
  const ranges = await page.evaluate(() => {
    const h = CSS.highlights.get('brieflight-israel');
    if (!h) return null;
    return [...h].map((r) => ({
      in: (r.startContainer.parentNode as Element).id || (r.startContainer.parentNode as Element).localName,
      node: r.startContainer.nodeType,
      same: r.startContainer === r.endContainer,
      start: r.startOffset,
      end: r.endOffset,
      text: (r as Range).toString(),
    }));
  });
  expect(ranges).toEqual([
    { in: 'title', node: 3, same: true, start: 15, end: 21, text: 'Israel' },
    { in: 'running', node: 3, same: true, start: 30, end: 38, text: "Israel's" },
    { in: 'mark', node: 3, same: true, start: 0, end: 6, text: 'Israel' },
  ]);
  // One highlight per entity, and nothing else under our prefix but `brieflight-ui-`.
  const names = await page.evaluate(() => [...CSS.highlights.keys()].sort());
  expect(names).toEqual([
    'brieflight-azerbaijan',
    'brieflight-baku',
    'brieflight-israel',
    'brieflight-socar',
  ]);
});

test('a page that deletes or replaces our highlights gets them back at the next change', async ({
  page,
  server,
}) => {
  await openPage(page, `${server.origin}/contract.html`);
  await page.evaluate(() => {
    CSS.highlights.delete('brieflight-israel');
    CSS.highlights.set('brieflight-baku', new Highlight());
    document.getElementById('running')!.append(' More from Israel.');
  });
  await waitIdle(page);
  expect(await page.evaluate(() => CSS.highlights.get('brieflight-israel')?.size)).toBe(4);
  expect(await page.evaluate(() => CSS.highlights.get('brieflight-baku')?.size)).toBe(1);
});

/** What a page can see of Brieflight in its document. */
async function traces(page: Page) {
  return page.evaluate(() => {
    const p = document.getElementById('running')!;
    // A page may register a highlight under our name and read how it is styled.
    if (!CSS.highlights.has('probe-israel')) {
      const r = document.createRange();
      r.selectNodeContents(p);
      CSS.highlights.set('probe-israel', new Highlight(r));
    }
    const forged = document.querySelector('#forged mark.brieflight-mark')!;
    const plainMark = document.querySelector('#forged mark:not(.brieflight-mark)')!;
    return {
      attributes: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`).sort(),
      sheets: document.adoptedStyleSheets.length,
      ours: [...CSS.highlights.keys()].filter((n) => n.startsWith('brieflight-')),
      highlightStyle: getComputedStyle(p, '::highlight(brieflight-israel)').textDecorationLine,
      // The page's own <mark class="brieflight-mark"> looks like any <mark> of the page.
      forgedMark:
        getComputedStyle(forged).textDecorationLine === getComputedStyle(plainMark).textDecorationLine &&
        getComputedStyle(forged).backgroundColor === getComputedStyle(plainMark).backgroundColor,
    };
  });
}

for (const display of ['paint', 'marks'] as const) {
  test(`off leaves no trace (${display}): no attribute, sheet, style or highlight where Brieflight is off`, async ({
    page,
    server,
  }) => {
    await writeSyncStorage(page.context(), {
      disabledSites: ['127.0.0.1'],
      highlightStyle: 'background',
      display,
    });
    await page.goto(`${server.origin}/contract.html`);
    // Nothing of ours is there now, and nothing comes: the positive control below shows that the
    // content script is running and answers the same switch within this page.
    const none = {
      attributes: ['data-brieflight-state=opt-in', 'lang=en'],
      sheets: 0,
      ours: [],
      highlightStyle: 'none',
      forgedMark: true,
    };
    await expect.poll(() => traces(page), { timeout: 2000 }).toEqual(none);
    await writeSyncStorage(page.context(), { disabledSites: [] });
    await waitIdle(page);
    const on = await traces(page);
    expect(on.sheets).toBe(1);
    if (display === 'paint') expect(on.ours.length).toBeGreaterThan(0);
    else expect(await page.locator('mark.brieflight-mark').count()).toBeGreaterThan(1);
    // Turned off again: everything of ours goes (the state attribute, opted in, says idle).
    await writeSyncStorage(page.context(), { disabledSites: ['127.0.0.1'] });
    await expect
      .poll(() => traces(page))
      .toEqual({ ...none, attributes: ['data-brieflight-state=idle', 'lang=en'] });
    expect(await page.locator('mark.brieflight-mark').count()).toBe(1);
  });
}
