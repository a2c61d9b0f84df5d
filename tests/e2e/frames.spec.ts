// Frames and shadow DOM (issue 4): the content script also runs in same-origin and srcdoc frames
// (manifest: allFrames, matchAboutBlank), and scans, watches and styles the page's open shadow
// roots. Closed roots stay out of reach.
import type { Frame, Page } from '@playwright/test';
import {
  type Display,
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

async function frameIdle(frame: Frame): Promise<void> {
  await frame.waitForFunction(
    () => document.documentElement.getAttribute('data-brieflight-state') === 'idle',
  );
}

/**
 * The mentions `target` shows with the given display, in document order: the ranges of our
 * highlights (paint: readMentions, for this worker's default display) or the element marks
 * (Playwright's selectors pierce open roots: the light DOM first, then each root).
 */
async function shown(
  target: Page | Frame,
  display: Display,
): Promise<{ entity: string | null; text: string }[]> {
  if (display === 'paint') return readMentions(target);
  return target.$$eval('mark.brieflight-mark', (els) =>
    els.map((el) => ({ entity: el.getAttribute('data-brieflight-entity'), text: el.textContent ?? '' })),
  );
}

// Both ways of showing mentions: the display is written to the settings before the page opens
// (a worker option cannot be set per describe); resetSettings() puts it back after each test.
test.beforeEach(async ({ extContext }) => resetSettings(extContext));
test.afterEach(async ({ extContext }) => resetSettings(extContext));
const DISPLAYS = ['paint', 'marks'] as const;

for (const display of DISPLAYS) {
  test(`same-origin and srcdoc iframes show mentions by their own content script (${display})`, async ({
    page,
    server,
    extContext,
  }) => {
    await writeSyncStorage(extContext, { display });
    await openPage(page, `${server.origin}/live-frames.html`);
    expect(await shown(page, display)).toEqual([{ entity: 'azerbaijan', text: 'Azerbaijan' }]);

    const same = page.frame({ url: /live-frame-child\.html$/ });
    expect(same).not.toBeNull();
    await frameIdle(same!);
    expect(await shown(same!, display)).toEqual([{ entity: 'baku', text: 'Baku' }]);
    expect(await same!.locator('#p').textContent()).toBe('In the same-origin frame: Baku.');

    const srcdoc = page.frames().find((f) => f.url() === 'about:srcdoc');
    expect(srcdoc).toBeDefined();
    await frameIdle(srcdoc!);
    expect(await shown(srcdoc!, display)).toEqual([
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
    expect((await shown(same!, display)).map((m) => m.text)).toEqual(['Baku', 'Azerbaijan']);
  });
}

interface ShadowWindow {
  shadowMarks(name: string): string[];
  addLater(): void;
  addInside(): void;
  roots: Record<string, ShadowRoot>;
}

/**
 * The texts of the mentions shown inside the page's root `name` itself (not in roots nested in
 * it), in document order: the marks in it, or the ranges of our highlights that start in it
 * (readMentions places a root's mentions at its host, and its `within` does not enter roots).
 */
async function inRoot(page: Page, name: string, display: Display): Promise<string[]> {
  return page.evaluate(
    ({ name, display }) => {
      const w = window as unknown as ShadowWindow;
      if (display === 'marks') return w.shadowMarks(name);
      const root = w.roots[name]!;
      const ranges: Range[] = [];
      for (const [id, h] of CSS.highlights) {
        if (!id.startsWith('brieflight-') || id.startsWith('brieflight-ui-')) continue;
        for (const r of h)
          if (r instanceof Range && !r.collapsed && r.startContainer.getRootNode() === root) ranges.push(r);
      }
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      return ranges.map((r) => r.toString());
    },
    { name, display },
  );
}

for (const display of DISPLAYS) {
  test(`open shadow roots are scanned, styled and watched; closed ones are left alone (${display})`, async ({
    page,
    server,
    extContext,
  }) => {
    await writeSyncStorage(extContext, { display });
    await openPage(page, `${server.origin}/live-shadow.html`);
    const mentionsOf = (name: string) => inRoot(page, name, display);

    // The light DOM, then each root (marks: Playwright's selectors pierce open roots and only open
    // ones; paint: each root's mentions at its host, which here gives the same order).
    expect(await shown(page, display)).toEqual([
      { entity: 'israel', text: 'Israel' },
      { entity: 'socar', text: 'SOCAR' },
      { entity: 'baku', text: 'Baku' },
      { entity: 'israel', text: 'Israel' },
      { entity: 'azerbaijan', text: 'Azerbaijan' },
    ]);
    expect(await mentionsOf('imperative')).toEqual(['SOCAR', 'Baku']);
    expect(await mentionsOf('nested')).toEqual(['Israel']);
    expect(await mentionsOf('declarative')).toEqual(['Azerbaijan']);
    expect(await mentionsOf('closed')).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as ShadowWindow).roots.closed!.textContent)).toBe(
      'Closed root: Baku.',
    );

    if (display === 'marks') {
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
      expect(style).toEqual({
        sheets: 1,
        line: 'underline',
        style: 'dotted',
        padding: '0px',
        background: 'rgba(0, 0, 0, 0)',
      });
    } else {
      // Highlights are styled by ::highlight() rules of the root's own sheets (the document's do
      // not reach in): ours is adopted into the root, and it styles our highlights.
      const sheet = await page.evaluate(() => {
        const sheets = (window as unknown as ShadowWindow).roots.nested!.adoptedStyleSheets;
        return {
          adopted: sheets.length,
          styles: sheets.some((s) =>
            [...s.cssRules].some((r) => r.cssText.includes('::highlight(brieflight-israel)')),
          ),
        };
      });
      expect(sheet.adopted).toBeGreaterThanOrEqual(1);
      expect(sheet.styles).toBe(true);
    }

    // Text streamed into a root, and a root added later.
    await page.evaluate(() => (window as unknown as ShadowWindow).addInside());
    await waitIdle(page);
    expect(await mentionsOf('imperative')).toEqual(['SOCAR', 'Baku', 'Israel']);
    await page.evaluate(() => (window as unknown as ShadowWindow).addLater());
    await waitIdle(page);
    expect(await mentionsOf('later')).toEqual(['Azerbaijan']);

    // A page re-render inside a root is followed like any other (marks: repaired).
    await page.evaluate(() => {
      const p = (window as unknown as ShadowWindow).roots.nested!.querySelector('p')!;
      (p.firstChild as Text).data = 'Nested root, rewritten: Baku.';
    });
    await waitIdle(page);
    expect(await page.evaluate(() => (window as unknown as ShadowWindow).roots.nested!.textContent)).toBe(
      'Nested root, rewritten: Baku.',
    );
    expect(await mentionsOf('nested')).toEqual(['Baku']);
  });

  test(`a mention inside an open shadow root opens its card on hover (${display})`, async ({
    page,
    server,
    extContext,
  }) => {
    await writeSyncStorage(extContext, { display });
    await openPage(page, `${server.origin}/live-shadow.html`);
    if (display === 'paint') {
      // Document order with roots at their hosts: the light DOM's Israel, then the nested root's.
      expect(await inRoot(page, 'nested', display)).toEqual(['Israel']);
      await hoverMention(page, 'Israel', 1);
    } else {
      // Playwright's locators pierce open roots: this is the mark inside the nested root.
      await page.locator('nested-card mark.brieflight-mark').hover();
    }
    const card = await expectCard(page, 'open');
    expect(card?.name).toBe('Israel — key facts');
  });
}
