// Live pages (issues 5 and 12), with mentions painted (the default): pages that render late,
// stream, edit text in place, navigate without reloading, re-render with React and Preact, hydrate
// server-rendered React, recreate their body, tick every frame (with and without a mention),
// attach shadow roots late, or hold a 5 MB text node. Every test waits for
// `data-brieflight-state="idle"`; the only waits are the ones that prove something does NOT happen
// (PROVE_QUIET_MS). The element-marks mode's repair and back-off are in marks-mode.spec.ts.
import type { Page } from '@playwright/test';
import { matcher } from '@/detect/match';
import { REWRITE_LIMIT } from '@/utils/timings';
import { PROVE_QUIET_MS } from './timings';
import { expect, mentionsIn as shownIn, openPage, readMentions, test, waitIdle } from './fixtures';

/** The mentions the matcher finds in these texts (each a text node of the page), in order. */
function mentionsIn(texts: readonly string[]): string[] {
  return texts.flatMap((t) => matcher.find(t).map((m) => m.text));
}

const markTexts = async (page: Page) => (await readMentions(page)).map((m) => m.text);
/** The texts of the mentions shown inside `selector`. */
const textsIn = async (page: Page, selector: string) => (await shownIn(page, selector)).map(([, t]) => t);
/** The number of mentions shown inside `selector`, counted in the page (one evaluation). */
const COUNT_IN = (selector: string) =>
  [...CSS.highlights]
    .filter(([name]) => name.startsWith('brieflight-') && !name.startsWith('brieflight-ui-'))
    .flatMap(([, h]) => [...h])
    .filter((r) => !r.collapsed && document.querySelector(selector)!.contains(r.startContainer)).length;
const textOf = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.textContent);

test('late render: content that arrives after the first pass is marked', async ({ page, server }) => {
  await openPage(page, `${server.origin}/live-late.html`);
  await page.waitForFunction(() => (window as unknown as { rendered: boolean }).rendered);
  await waitIdle(page);
  expect(await readMentions(page)).toEqual([
    { entity: 'azerbaijan', text: 'Azerbaijan' },
    { entity: 'israel', text: 'Israel' },
    { entity: 'baku', text: 'Baku' },
    { entity: 'socar', text: "SOCAR's" },
  ]);
  expect(await textOf(page, 'main')).toBe(
    "Talks between Azerbaijan and Israel resumed in Baku on Monday.SOCAR's chief executive said the pipeline would be ready next year.No mention here at all.",
  );
});

test('streamed updates and infinite scroll: every new entry is marked', async ({ page, server }) => {
  await openPage(page, `${server.origin}/live-stream.html`);
  await page.evaluate(() => (window as unknown as { startStream: () => void }).startStream());
  await page.waitForFunction(() => {
    const w = window as unknown as { streamed: number; STREAM_TOTAL: number };
    return w.streamed === w.STREAM_TOTAL;
  });
  await waitIdle(page);
  const streamedMarks = await textsIn(page, '#blog');
  // Entries 0, 3, …, 27 hold "Israel", "Azerbaijan" and "Baku".
  expect(streamedMarks).toHaveLength(10 * 3);
  expect(await page.locator('#blog li').first().textContent()).toBe('Entry 29: nothing to report.');
  expect(await page.locator('#blog li').nth(2).textContent()).toBe(
    'Entry 27: Israel and Azerbaijan talk in Baku.',
  );

  // Scroll the feed three times: 10 more stories each, each with SOCAR and Baku.
  const loadedNow = () => page.evaluate(() => (window as unknown as { loaded: number }).loaded);
  for (let round = 1; round <= 3; round++) {
    const before = await loadedNow();
    await page.locator('#sentinel').scrollIntoViewIfNeeded();
    await page.waitForFunction((n) => (window as unknown as { loaded: number }).loaded > n, before);
    // The sentinel may still be in view and load another batch at any moment: wait until the
    // extension is idle with every loaded story marked, read in one go in the page.
    await page.waitForFunction(() => {
      const feed = document.getElementById('feed')!;
      const shown = [...CSS.highlights]
        .filter(([name]) => name.startsWith('brieflight-') && !name.startsWith('brieflight-ui-'))
        .flatMap(([, h]) => [...h])
        .filter((r) => !r.collapsed && feed.contains(r.startContainer)).length;
      return (
        document.documentElement.getAttribute('data-brieflight-state') === 'idle' &&
        shown === (window as unknown as { loaded: number }).loaded * 2
      );
    });
    expect(await loadedNow()).toBeGreaterThan(before);
  }
  expect(await page.locator('#feed p').last().textContent()).toMatch(
    /^Story \d+: SOCAR reports from Baku\.$/,
  );
});

test('text edited in place: the page’s text, exactly, then marked again', async ({ page, server }) => {
  await openPage(page, `${server.origin}/live-edit.html`);
  expect(await markTexts(page)).toEqual(['Azerbaijan', 'Baku', 'Israel', 'SOCAR', 'Baku', 'Israel']);
  const edit = (fn: string, id: string, text?: string) =>
    page.evaluate(
      ([f, i, t]) =>
        (window as unknown as { edit: Record<string, (i: string, t?: string) => void> }).edit[f!]!(i!, t),
      [fn, id, text],
    );

  // The page's node holds only "Officials from " now; the page sets it as a framework would.
  await edit('setData', 'a', 'New talks with Israel in Baku.');
  await waitIdle(page);
  expect(await textOf(page, '#a')).toBe('New talks with Israel in Baku.');
  expect(await textsIn(page, '#a')).toEqual(['Israel', 'Baku']);

  // The split happened at 0: the page's node is empty, and the page writes into it.
  await edit('setData', 'c', 'No mention any more.');
  await waitIdle(page);
  expect(await page.locator('#c').evaluate((el) => [el.childNodes.length, el.textContent])).toEqual([
    1,
    'No mention any more.',
  ]);

  // Text appended to and inserted into a node.
  await edit('appendData', 'e', ', then Azerbaijan');
  await waitIdle(page);
  expect(await textOf(page, '#e')).toBe('Nothing to see yet, then Azerbaijan');
  await edit('insertFront', 'f', 'SOCAR: ');
  await waitIdle(page);
  expect(await textOf(page, '#f')).toBe('SOCAR: Nothing here either');
  expect(await textsIn(page, '#e, #f')).toEqual(['Azerbaijan', 'SOCAR']);

  // The page sets the text of a node split around a mention at its very end.
  await edit('setData', 'd', 'Ends with Israel and Azerbaijan');
  await waitIdle(page);
  expect(await textOf(page, '#d')).toBe('Ends with Israel and Azerbaijan');
  expect(await textsIn(page, '#d')).toEqual(['Israel', 'Azerbaijan']);

  await edit('textContent', 'b', 'Rewritten: Baku.');
  await waitIdle(page);
  expect(await textOf(page, '#b')).toBe('Rewritten: Baku.');

  await edit('remove', 'a');
  await waitIdle(page);
  expect(await page.locator('#a').evaluate((el) => el.childNodes.length)).toBe(0);

  expect(await textOf(page, 'body')).toContain('Rewritten: Baku.');
  expect(await markTexts(page)).toEqual(['Baku', 'Israel', 'Azerbaijan', 'Azerbaijan', 'SOCAR']);
});

test('pushState navigation and back: the new view is marked, nothing stale remains', async ({
  page,
  server,
}) => {
  await openPage(page, `${server.origin}/live-spa.html`);
  expect(await markTexts(page)).toEqual(['Azerbaijan', 'Israel', 'Baku']);

  await page.click('#to-energy');
  await waitIdle(page);
  expect(page.url()).toContain('view=energy');
  expect(await markTexts(page)).toEqual(['SOCAR', 'Azerbaijan', 'Israel']);
  expect(await textOf(page, 'main')).toBe(
    'Energy: SOCAR and the pipeline.Oil from Azerbaijan reaches Israel.Prices rose.',
  );

  await page.click('#to-plain');
  await waitIdle(page);
  expect(await markTexts(page)).toEqual([]);

  await page.goBack();
  await page.waitForFunction(() => (window as unknown as { view: string }).view === 'energy');
  await waitIdle(page);
  expect(await markTexts(page)).toEqual(['SOCAR', 'Azerbaijan', 'Israel']);

  await page.goBack();
  await page.waitForFunction(() => (window as unknown as { view: string }).view === 'home');
  await waitIdle(page);
  expect(await markTexts(page)).toEqual(['Azerbaijan', 'Israel', 'Baku']);
  expect(await textOf(page, 'main')).toBe('Home: Azerbaijan and Israel in the news.More from Baku.');
});

interface Compare {
  expected: string;
  actual: string;
  text: string;
  expectedText: string;
  expectedTexts: string[];
}

for (const framework of ['react', 'preact'] as const) {
  test(`${framework} app: after every render the page is exactly what ${framework} rendered`, async ({
    page,
    server,
  }) => {
    await openPage(page, `${server.origin}/live-${framework}.html`);
    const steps = await page.evaluate(() => (window as unknown as { app: { steps: number } }).app.steps);
    expect(steps).toBeGreaterThan(3);
    const order = [...Array.from({ length: steps }, (_, i) => i), 0];
    for (const [n, step] of order.entries()) {
      // Right after the render: the page is what the framework rendered, and its mentions are
      // shown already (a small change is painted in the observer's callback, a microtask).
      const now = await page.evaluate(
        (i) => (window as unknown as { app: { render(i: number): Promise<Compare> } }).app.render(i),
        step,
      );
      expect(now.actual, `render ${n} (step ${step}), at once`).toBe(now.expected);
      expect(now.text).toBe(now.expectedText);
      // The page starts with no mention, so the first render is what makes the first stage load
      // the core (docs/adr/0013-first-stage.md): only from then on is a change shown at once.
      if (n > 0)
        expect(await markTexts(page), `render ${n} (step ${step}), shown at once`).toEqual(
          mentionsIn(now.expectedTexts),
        );
      // Caught up: the same, with every mention marked.
      await waitIdle(page);
      const later = await page.evaluate(() =>
        (window as unknown as { app: { compare(): Compare } }).app.compare(),
      );
      expect(later.actual, `render ${n} (step ${step}), idle`).toBe(later.expected);
      expect(later.text).toBe(later.expectedText);
      expect(await markTexts(page), `render ${n} (step ${step}), marks`).toEqual(
        mentionsIn(later.expectedTexts),
      );
    }
  });
}

test('a page that recreates its body every 60 ms: its mentions are shown after every round, with no back-off', async ({
  page,
  server,
}) => {
  await openPage(page, `${server.origin}/live-recreate.html?every=60`);
  // The page checks, before each round, that its text is whole; each round the test reads what is
  // shown (no mark anywhere: the page's DOM is its own).
  const seen: number[] = [];
  for (let round = 0; round < REWRITE_LIMIT + 5; round++) {
    const before = await page.evaluate(() => (window as unknown as { rounds: number }).rounds);
    await page.waitForFunction((n) => (window as unknown as { rounds: number }).rounds > n, before);
    seen.push((await readMentions(page)).length);
  }
  expect(seen).toEqual(seen.map(() => 4));
  const { textOk, roundsWithMarks } = await page.evaluate(() => {
    const w = window as unknown as { textOk: boolean; roundsWithMarks: number };
    return { textOk: w.textOk, roundsWithMarks: w.roundsWithMarks };
  });
  expect(textOk).toBe(true);
  expect(roundsWithMarks).toBe(0);
});

test('a ticker that rewrites "SOCAR bond 100.12" every frame: the mention is shown in every frame', async ({
  page,
  server,
}) => {
  await openPage(page, `${server.origin}/live-ticker-mention.html`);
  expect(await textsIn(page, '#ticker')).toEqual(['SOCAR']);
  await page.evaluate(() => (window as unknown as { start: () => void }).start());
  await page.waitForFunction(() => (window as unknown as { ticks: number }).ticks > 30);
  const r = await page.evaluate(() => {
    const w = window as unknown as { shown: number; missed: number; misses: string[] };
    return { shown: w.shown, missed: w.missed, misses: w.misses };
  });
  expect(r.misses).toEqual([]);
  expect(r.missed).toBe(0);
  expect(r.shown).toBeGreaterThan(25);
  expect(await page.locator('#ticker').evaluate((el) => el.childNodes.length)).toBe(1);
  expect(await textsIn(page, '#ticker')).toEqual(['SOCAR']);
});

test('open shadow roots on any element, attached after the first pass, are read', async ({
  page,
  server,
}) => {
  await openPage(page, `${server.origin}/live-late-shadow.html`);
  expect(await markTexts(page)).toEqual(['Baku', 'Israel']);
  await page.evaluate(() => (window as unknown as { attachLate: () => void }).attachLate());
  await waitIdle(page);
  await expect.poll(() => markTexts(page)).toEqual(['Baku', 'Israel', 'SOCAR']);
  await page.evaluate(() => (window as unknown as { defineLate: () => void }).defineLate());
  await waitIdle(page);
  await expect.poll(() => markTexts(page)).toEqual(['Baku', 'Israel', 'SOCAR', 'Azerbaijan']);
});

test('server-rendered React hydrates after the mentions are shown: no #418, nothing rendered again', async ({
  page,
  server,
  errors,
}) => {
  await openPage(page, `${server.origin}/live-hydrate.html`);
  expect(await markTexts(page)).toEqual(['Baku', 'Israel', 'SOCAR', 'Baku']);
  const before = await page.locator('#root').innerHTML();
  const p = await page.locator('#met').elementHandle();
  const after = await page.evaluate(() =>
    (window as unknown as { hydrate: () => Promise<string> }).hydrate(),
  );
  // React kept the server's DOM (same element, same HTML): it found exactly what it rendered.
  expect(after).toBe(before);
  expect(await p.evaluate((el) => el.isConnected)).toBe(true);
  expect(errors).toEqual([]);
  expect(await markTexts(page)).toEqual(['Baku', 'Israel', 'SOCAR', 'Baku']);
});

test('a ticker that changes every frame without a mention: the extension stays idle and writes nothing', async ({
  page,
  server,
}) => {
  await openPage(page, `${server.origin}/live-ticker.html`);
  expect(await markTexts(page)).toEqual(["Azerbaijan's", 'SOCAR', 'Israel']);
  const changes = await page.evaluate(async (ms) => {
    let n = 0;
    const seen = new MutationObserver((records) => (n += records.length));
    seen.observe(document.documentElement, { attributes: true, attributeFilter: ['data-brieflight-state'] });
    const marksBefore = document.querySelectorAll('mark').length;
    const t0 = (window as unknown as { ticks: number }).ticks;
    await new Promise((r) => setTimeout(r, ms));
    seen.disconnect();
    return {
      stateChanges: n,
      frames: (window as unknown as { ticks: number }).ticks - t0,
      marks: document.querySelectorAll('mark').length - marksBefore,
    };
  }, PROVE_QUIET_MS);
  expect(changes.frames).toBeGreaterThan(5);
  expect(changes.stateChanges).toBe(0);
  expect(changes.marks).toBe(0);
});

test('a 5 MB text node and 5,000 levels of nesting: no crash, every mention painted, the text node whole', async ({
  page,
  server,
}) => {
  test.setTimeout(90_000);
  await page.goto(`${server.origin}/live-huge.html`);
  await page.waitForFunction(
    () => document.documentElement.getAttribute('data-brieflight-state') === 'idle',
    undefined,
    {
      timeout: 80_000,
    },
  );
  const r = await page.evaluate(() => {
    const w = window as unknown as { HUGE_LENGTH: number; HUGE_MENTIONS: number };
    const huge = document.getElementById('huge')!;
    return {
      length: huge.textContent.length,
      expectedLength: w.HUGE_LENGTH,
      nodes: huge.childNodes.length,
      expectedMarks: w.HUGE_MENTIONS,
    };
  });
  const marks = await page.evaluate(COUNT_IN, '#huge');
  const deep = await textsIn(page, '#deep');
  expect(r.length).toBe(r.expectedLength);
  expect(r.nodes).toBe(1);
  expect(marks).toBe(r.expectedMarks);
  expect(deep).toEqual(['Israel']);
});
