// Frames and shadow DOM (issue 4): the content script also runs in same-origin and srcdoc frames
// (manifest: allFrames, matchAboutBlank), and scans, watches and styles the page's open shadow
// roots. Closed roots stay out of reach.
import type { Frame } from '@playwright/test';
import { expect, expectCard, openPage, readMarks, test, waitIdle } from './fixtures';

// Issue 12: this suite still reads element marks; it runs in marks mode until it is converted to
// painted mentions (readMentions / mentionBox in fixtures.ts).
test.use({ display: 'marks' });

async function frameIdle(frame: Frame): Promise<void> {
  await frame.waitForFunction(() => document.documentElement.getAttribute('data-brieflight-state') === 'idle');
}

async function frameMarks(frame: Frame): Promise<{ entity: string | null; text: string }[]> {
  return frame.$$eval('mark.brieflight-mark', (els) =>
    els.map((el) => ({ entity: el.getAttribute('data-brieflight-entity'), text: el.textContent ?? '' })),
  );
}

test('same-origin and srcdoc iframes are marked by their own content script', async ({ page, server }) => {
  await openPage(page, `${server.origin}/live-frames.html`);
  expect(await readMarks(page)).toEqual([{ entity: 'azerbaijan', text: 'Azerbaijan' }]);

  const same = page.frame({ url: /live-frame-child\.html$/ });
  expect(same).not.toBeNull();
  await frameIdle(same!);
  expect(await frameMarks(same!)).toEqual([{ entity: 'baku', text: 'Baku' }]);
  expect(await same!.locator('#p').textContent()).toBe('In the same-origin frame: Baku.');

  const srcdoc = page.frames().find((f) => f.url() === 'about:srcdoc');
  expect(srcdoc).toBeDefined();
  await frameIdle(srcdoc!);
  expect(await frameMarks(srcdoc!)).toEqual([
    { entity: 'socar', text: 'SOCAR' },
    { entity: 'israel', text: 'Israel' },
  ]);

  // Each frame watches its own document.
  await same!.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Later in the frame: Azerbaijan.';
    document.body.append(p);
  });
  await frameIdle(same!);
  expect((await frameMarks(same!)).map((m) => m.text)).toEqual(['Baku', 'Azerbaijan']);
});

interface ShadowWindow {
  shadowMarks(name: string): string[];
  addLater(): void;
  addInside(): void;
  roots: Record<string, ShadowRoot>;
}

test('open shadow roots are scanned, styled and watched; closed ones are left alone', async ({ page, server }) => {
  await openPage(page, `${server.origin}/live-shadow.html`);
  const marksOf = (name: string) => page.evaluate((n) => (window as unknown as ShadowWindow).shadowMarks(n), name);

  // Playwright's selectors pierce open roots (and only open ones): the light DOM, then each root.
  expect(await readMarks(page)).toEqual([
    { entity: 'israel', text: 'Israel' },
    { entity: 'socar', text: 'SOCAR' },
    { entity: 'baku', text: 'Baku' },
    { entity: 'israel', text: 'Israel' },
    { entity: 'azerbaijan', text: 'Azerbaijan' },
  ]);
  expect(await marksOf('imperative')).toEqual(['SOCAR', 'Baku']);
  expect(await marksOf('nested')).toEqual(['Israel']);
  expect(await marksOf('declarative')).toEqual(['Azerbaijan']);
  expect(await marksOf('closed')).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as ShadowWindow).roots.closed!.textContent)).toBe('Closed root: Baku.');

  // The marks' stylesheet reaches into the roots (the document's CSS does not): a dotted
  // underline in the text's colour, no box.
  const style = await page.evaluate(() => {
    const mark = (window as unknown as ShadowWindow).roots.nested!.querySelector('mark')!;
    const cs = getComputedStyle(mark);
    return {
      sheets: (window as unknown as ShadowWindow).roots.nested!.adoptedStyleSheets.length,
      line: cs.textDecorationLine,
      style: cs.textDecorationStyle,
      padding: cs.padding,
      background: cs.backgroundColor,
    };
  });
  expect(style).toEqual({ sheets: 1, line: 'underline', style: 'dotted', padding: '0px', background: 'rgba(0, 0, 0, 0)' });

  // Text streamed into a root, and a root added later.
  await page.evaluate(() => (window as unknown as ShadowWindow).addInside());
  await waitIdle(page);
  expect(await marksOf('imperative')).toEqual(['SOCAR', 'Baku', 'Israel']);
  await page.evaluate(() => (window as unknown as ShadowWindow).addLater());
  await waitIdle(page);
  expect(await marksOf('later')).toEqual(['Azerbaijan']);

  // A page re-render inside a root is repaired like any other.
  await page.evaluate(() => {
    const p = (window as unknown as ShadowWindow).roots.nested!.querySelector('p')!;
    (p.firstChild as Text).data = 'Nested root, rewritten: Baku.';
  });
  await waitIdle(page);
  expect(await page.evaluate(() => (window as unknown as ShadowWindow).roots.nested!.textContent)).toBe('Nested root, rewritten: Baku.');
  expect(await marksOf('nested')).toEqual(['Baku']);
});

test('a mark inside an open shadow root opens its card on hover', async ({ page, server }) => {
  await openPage(page, `${server.origin}/live-shadow.html`);
  // Playwright's locators pierce open roots: this is the mark inside the nested root.
  await page.locator('nested-card mark.brieflight-mark').hover();
  const card = await expectCard(page, 'open');
  expect(card?.name).toBe('Israel — key facts');
});
