import { HOVER_DWELL_MS } from '@/utils/timings';
import { PROVE_QUIET_MS } from './timings';
import {
  expect,
  expectCard,
  hoverMention,
  openPage,
  readCard,
  readMentions,
  serviceWorker,
  tabIdOf,
  test,
  waitIdle,
} from './fixtures';

test('mentions are painted per the contract: exact text, entity ids, nothing in excluded elements, no DOM change', async ({
  page,
  server,
}) => {
  // The page as its author made it (no extension on this request: its own fetch, parsed here).
  const original = await (await fetch(`${server.origin}/contract.html`)).text();
  await openPage(page, `${server.origin}/contract.html`);
  // Running text and the link are painted; nothing in an excluded element is.
  expect(await readMentions(page)).toEqual([
    { entity: 'azerbaijan', text: 'Azerbaijan' }, // h1
    { entity: 'israel', text: 'Israel' },
    { entity: 'azerbaijan', text: 'Azerbaijan' }, // #running
    { entity: 'israel', text: "Israel's" },
    { entity: 'baku', text: 'Baku' },
    { entity: 'socar', text: 'SOCAR' },
    { entity: 'azerbaijan', text: 'Azerbaijan' }, // link
    { entity: 'israel', text: 'Israel' }, // inside the page's unclassed <mark>
  ]);
  // Nothing in the page's DOM changed: the body is what the page's own parser makes of its HTML.
  const same = await page.evaluate((html) => {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    return {
      now: document.body.innerHTML,
      before: parsed.body.innerHTML,
      attrs: [...document.documentElement.attributes].map((a) => a.name),
    };
  }, original);
  expect(same.now).toBe(same.before);
  expect(same.attrs.sort()).toEqual(['data-brieflight-state', 'lang']);
  expect(await page.locator('mark.brieflight-mark:not(#forged mark)').count()).toBe(0);
});

test('hover opens the card, Escape closes it', async ({ page, server }) => {
  await openPage(page, `${server.origin}/news.html`);
  await hoverMention(page, 'Azerbaijan');
  const card = await expectCard(page, 'open');
  expect(card?.role).toBe('dialog');
  expect(card?.name).toBe('Azerbaijan — key facts');
  expect(card?.text).toContain('Azerbaijan');
  await page.keyboard.press('Escape');
  await expectCard(page, null);
});

test('a highlight the page registers under our name, and its forged marks, open no card', async ({
  page,
  server,
}) => {
  await openPage(page, `${server.origin}/contract.html`);
  // The page paints "envoy" as if it were ours, and hovers it, and its forged mark.
  const forged = await page.evaluate(() => {
    const t = document.getElementById('running')!.firstChild as Text;
    const at = t.data.indexOf('envoy');
    const r = document.createRange();
    r.setStart(t, at);
    r.setEnd(t, at + 'envoy'.length);
    const h = CSS.highlights.get('brieflight-israel')!;
    h.add(r);
    const b = r.getBoundingClientRect();
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  });
  await page.mouse.move(forged.x, forged.y);
  // Proving that nothing happens needs a wait: twice the dwell after which a real mention's card shows.
  await page.waitForTimeout(HOVER_DWELL_MS * 2);
  expect(await readCard(page)).toBeNull();
  await page.locator('#forged mark[data-brieflight-entity="__proto__"]').hover();
  await page.waitForTimeout(HOVER_DWELL_MS * 2);
  expect(await readCard(page)).toBeNull();
  // The same hover on a real mention does open a card, so the waits above were long enough.
  await hoverMention(page, 'Azerbaijan', 1);
  const card = await expectCard(page, 'open');
  expect(card?.name).toBe('Azerbaijan — key facts');
});

test('the popup shows the briefing title and its section headings', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  // The popup has other h2s too ("On this page"): the briefing's title is one of them.
  await expect(
    page.getByRole('heading', { level: 2, name: 'Does Azerbaijan have strong relations with Israel?' }),
  ).toBeVisible();
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

test('a page without mentions gets no mentions and no card host', async ({ page, server }) => {
  await openPage(page, `${server.origin}/plain.html`);
  expect(await readMentions(page)).toEqual([]);
  expect(await page.evaluate(() => [...CSS.highlights.keys()])).toEqual([]);
  // The card's host would be the one element added to <html> (docs/adr/0015-card-host.md).
  expect(await page.evaluate(() => [...document.documentElement.children].map((el) => el.localName))).toEqual(
    ['head', 'body'],
  );
  expect(await readCard(page)).toBeNull();
});

test('a page without mentions sends the background nothing; its first mention is reported', async ({
  page,
  server,
}) => {
  const worker = await serviceWorker(page.context());
  // A second listener in the service worker records the content scripts' mention reports.
  await worker.evaluate(() => {
    const g = globalThis as unknown as {
      reports?: { tab: number; total: number }[];
      chrome: {
        runtime: { onMessage: { addListener(cb: (m: unknown, s: { tab?: { id?: number } }) => void): void } };
      };
    };
    if (g.reports) return;
    g.reports = [];
    g.chrome.runtime.onMessage.addListener((m, s) => {
      const r = m as { type?: string; total?: number };
      if (r?.type === 'mentions') g.reports!.push({ tab: s.tab?.id ?? -1, total: r.total ?? -1 });
    });
  });
  const reports = (tab: number) =>
    worker.evaluate(
      (t) =>
        (globalThis as unknown as { reports: { tab: number; total: number }[] }).reports.filter(
          (r) => r.tab === t,
        ),
      tab,
    );

  await openPage(page, `${server.origin}/plain.html`);
  const tab = await tabIdOf(page);
  await page.waitForTimeout(PROVE_QUIET_MS);
  expect(await reports(tab)).toEqual([]);
  // The same content script reports as soon as it has a mark: the listener hears it.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p>Talks in Baku.</p>'));
  await waitIdle(page);
  await expect.poll(() => reports(tab)).toEqual([{ tab, total: 1 }]);
});
