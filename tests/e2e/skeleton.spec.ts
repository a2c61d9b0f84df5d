import { HOVER_DWELL_MS, PROVE_QUIET_MS } from '../../utils/timings';
import { expect, expectCard, openPage, readCard, readMarks, serviceWorker, tabIdOf, test, waitIdle } from './fixtures';

test('marks follow the contract: exact text, entity ids, nothing in excluded elements', async ({ page, server }) => {
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
  const excluded = await page.evaluate(() =>
    ['#input', '#textarea', '#select', '#button', '#editable', '#code', '#pre', '#kbd', '#samp', '#svg', '#math']
      .map((sel) => document.querySelector(sel)!)
      .filter((el) => el.querySelector('mark.brieflight-mark') !== null)
      .map((el) => el.id),
  );
  expect(excluded).toEqual([]);
  // The page's text is unchanged by marking.
  const text = await page.evaluate(() => document.getElementById('running')!.textContent);
  expect(text).toBe("Officials from Azerbaijan met Israel's envoy in Baku, and SOCAR signed a deal.");
  // Forged marks stay exactly as the page wrote them, with nothing nested.
  const forged = await page.evaluate(() => document.querySelector('#forged mark')!.outerHTML);
  expect(forged).toBe('<mark class="brieflight-mark" data-brieflight-entity="__proto__">Azerbaijan</mark>');
});

test('hover opens the card, Escape closes it', async ({ page, server }) => {
  await openPage(page, `${server.origin}/news.html`);
  const mark = page.locator('mark.brieflight-mark[data-brieflight-entity="azerbaijan"]').first();
  await mark.hover();
  const card = await expectCard(page, 'open');
  expect(card?.role).toBe('dialog');
  expect(card?.name).toBe('Azerbaijan — key facts');
  expect(card?.text).toContain('Azerbaijan');
  await page.keyboard.press('Escape');
  await expectCard(page, null);
});

test('forged marks open no card', async ({ page, server }) => {
  await openPage(page, `${server.origin}/contract.html`);
  await page.locator('#forged mark[data-brieflight-entity="__proto__"]').hover();
  // Proving that nothing happens needs a wait: twice the dwell after which a real mark's card shows.
  await page.waitForTimeout(HOVER_DWELL_MS * 2);
  expect(await readCard(page)).toBeNull();
  // The same hover on a real mark does open a card, so the wait above was long enough.
  await page.locator('#running mark.brieflight-mark').first().hover();
  const card = await expectCard(page, 'open');
  expect(card?.name).toBe('Azerbaijan — key facts');
});

test('the popup shows the briefing title and its section headings', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  // The popup has other h2s too ("On this page"): the briefing's title is one of them.
  await expect(page.getByRole('heading', { level: 2, name: 'Does Azerbaijan have strong relations with Israel?' })).toBeVisible();
  // The section buttons are the popup's contents (no second list of the same titles).
  const headings = await page.getByRole('region', { name: 'Briefing' }).getByRole('button').allTextContents();
  expect(headings).toEqual(
    expect.arrayContaining([
      'Diplomatic foundations and high-level visits',
      'Strategic military and security cooperation',
      'Energy and economic ties',
      'Cultural and community links',
      'Conclusion',
    ]),
  );
});

test('a page without mentions gets no marks and no card host', async ({ page, server }) => {
  await openPage(page, `${server.origin}/plain.html`);
  expect(await readMarks(page)).toEqual([]);
  // The card's host would be the one element added to <html> (docs/adr/0010-card-host.md).
  expect(await page.evaluate(() => [...document.documentElement.children].map((el) => el.localName))).toEqual(['head', 'body']);
  expect(await readCard(page)).toBeNull();
});

test('a page without mentions sends the background nothing; its first mention is reported', async ({ page, server }) => {
  const worker = await serviceWorker(page.context());
  // A second listener in the service worker records the content scripts' mention reports.
  await worker.evaluate(() => {
    const g = globalThis as unknown as {
      reports?: { tab: number; total: number }[];
      chrome: { runtime: { onMessage: { addListener(cb: (m: unknown, s: { tab?: { id?: number } }) => void): void } } };
    };
    if (g.reports) return;
    g.reports = [];
    g.chrome.runtime.onMessage.addListener((m, s) => {
      const r = m as { type?: string; total?: number };
      if (r?.type === 'mentions') g.reports!.push({ tab: s.tab?.id ?? -1, total: r.total ?? -1 });
    });
  });
  const reports = (tab: number) =>
    worker.evaluate((t) => (globalThis as unknown as { reports: { tab: number; total: number }[] }).reports.filter((r) => r.tab === t), tab);

  await openPage(page, `${server.origin}/plain.html`);
  const tab = await tabIdOf(page);
  await page.waitForTimeout(PROVE_QUIET_MS);
  expect(await reports(tab)).toEqual([]);
  // The same content script reports as soon as it has a mark: the listener hears it.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p>Talks in Baku.</p>'));
  await waitIdle(page);
  await expect.poll(() => reports(tab)).toEqual([{ tab, total: 1 }]);
});
