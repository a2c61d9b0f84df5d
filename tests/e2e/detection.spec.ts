import { expectCard, expect, hoverMention, mentionsIn, openPage, readMentions, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { EXCLUDED_FIXTURE_IDS } from '../../scripts/harness.mjs';
import { fileURLToPath } from 'node:url';

/**
 * The language fixture pages (pages/lang-XX.html) and each paragraph's mentions as a reader marks
 * them ([entity, text] in order). `elementMarks`, when present, is what element-marks mode shows
 * instead, with the reason (a name split over inline elements is one mark per piece, the pieces
 * one mention); painted-mode checks read `mentions`.
 */
const LANG_PAGES = JSON.parse(
  readFileSync(fileURLToPath(new URL('./detection-langs.json', import.meta.url)), 'utf8'),
) as Record<
  string,
  { id: string; mentions: [string, string][]; elementMarks?: [string, string][]; why?: string }[]
>;

/** The mentions under one element, as [entity, text] pairs in document order. */
const marksIn = mentionsIn;

test.describe('detection fixture', () => {
  test.beforeEach(async ({ page, server }) => {
    await openPage(page, `${server.origin}/detection.html`);
  });

  test('English forms, longest match, possessives, hyphens and case', async ({ page }) => {
    expect(await marksIn(page, '#english')).toEqual([
      ['azerbaijan', 'Azerbaijan'],
      ['azerbaijan', 'Azerbaijani'],
      ['azerbaijan', 'Azerbaijanis'],
      ['azerbaijan', 'Azeri'],
      ['azerbaijan', 'Azeris'],
      ['azerbaijan', 'Republic of Azerbaijan'],
      ['israel', 'Israel'],
      ['israel', 'Israeli'],
      ['israel', 'Israelis'],
      ['israel', 'State of Israel'],
      ['socar', 'SOCAR'],
      ['socar', 'Socar'],
      ['baku', 'Baku'],
    ]);
    expect(await marksIn(page, '#long')).toEqual([
      ['socar', 'State Oil Company of Azerbaijan Republic'],
      ['socar', 'State Oil Company of the Azerbaijan Republic'],
    ]);
    expect(await marksIn(page, '#possessive')).toEqual([
      ['socar', "SOCAR's"],
      ['socar', 'SOCAR’s'],
      ['israel', "Israel's"],
      ['azerbaijan', "AZERBAIJAN'S"],
    ]);
    expect(await marksIn(page, '#hyphen')).toEqual([
      ['israel', 'Israeli'],
      ['azerbaijan', 'Azerbaijani'],
      ['baku', 'Baku'],
    ]);
    expect(await marksIn(page, '#upper')).toEqual([
      ['israel', 'ISRAEL'],
      ['azerbaijan', 'AZERBAIJAN'],
      ['baku', 'BAKU'],
    ]);
    expect(await marksIn(page, '#lower')).toEqual([]);
  });

  test('other languages, with their inflected forms', async ({ page }) => {
    expect(await marksIn(page, '#azerbaijani')).toEqual([
      ['azerbaijan', 'Azərbaycan'],
      ['azerbaijan', 'Azərbaycanın'],
      ['baku', 'Bakı'],
      ['baku', 'Bakıda'],
    ]);
    expect(await marksIn(page, '#turkish')).toEqual([
      ['azerbaijan', 'Azerbaycan'],
      ['israel', 'İsrail'],
      ['baku', 'Bakü'],
    ]);
    expect(await marksIn(page, '#russian')).toEqual([
      ['azerbaijan', 'Азербайджан'],
      ['azerbaijan', 'Азербайджана'],
      ['azerbaijan', 'Азербайджане'],
      ['israel', 'Израиль'],
      ['israel', 'Израиля'],
      ['israel', 'Израиле'],
      ['baku', 'Баку'],
    ]);
    const hebrew = await marksIn(page, '#hebrew');
    expect(hebrew.map(([e]) => e)).toEqual([
      'israel',
      'azerbaijan',
      'israel',
      'israel',
      'israel',
      'israel',
      'israel',
      'israel',
      'baku',
      'baku',
    ]);
    expect(hebrew.map(([, t]) => t)).toEqual([
      'ישראל',
      "ואזרבייג'ן",
      'בישראל',
      'לישראל',
      'מישראל',
      'הישראל',
      'וישראל',
      'שישראל',
      'ובבאקו',
      'באקו',
    ]);
    expect(await marksIn(page, '#arabic')).toEqual([
      ['azerbaijan', 'أذربيجان'],
      ['israel', 'إسرائيل'],
      ['baku', 'باكو'],
    ]);
    expect(await marksIn(page, '#german')).toEqual([
      ['azerbaijan', 'Aserbaidschan'],
      ['israel', 'Israel'],
    ]);
    expect(await marksIn(page, '#french')).toEqual([
      ['azerbaijan', 'Azerbaïdjan'],
      ['israel', 'Israël'],
      ['baku', 'Bakou'],
    ]);
    expect(await marksIn(page, '#spanish')).toEqual([
      ['azerbaijan', 'Azerbaiyán'],
      ['baku', 'Bakú'],
    ]);
  });

  test('false-positive guards, emoji and combining marks', async ({ page }) => {
    expect(await marksIn(page, '#guards')).toEqual([
      ['israel', 'Israel'],
      ['israel', 'Israel'],
    ]);
    // What follows each mention: the guard refused "Israel Aerospace", not the "Israel" before it.
    const defense = await page.evaluate(() =>
      [...CSS.highlights.get('brieflight-israel')!]
        .filter((r) => document.getElementById('guards')!.contains(r.startContainer))
        .map((r) => (r.endContainer as Text).data.slice(r.endOffset, r.endOffset + 10)),
    );
    expect(defense).toEqual([' Defense F', ' Aerospace']);
    expect(await marksIn(page, '#emoji')).toEqual([
      ['azerbaijan', 'Azerbaijan'],
      ['israel', 'Israel'],
    ]);
    expect(await marksIn(page, '#combining')).toEqual([]);
  });

  test('nothing is marked in excluded elements, and their text is untouched', async ({ page }) => {
    for (const sel of [...EXCLUDED_FIXTURE_IDS, '#editable-nested']) {
      expect(await marksIn(page, sel), sel).toEqual([]);
    }
    expect(await page.inputValue('#input')).toBe('Israel');
    expect(await page.inputValue('#textarea')).toBe('Azerbaijan');
    expect(await page.locator('#select option').allTextContents()).toEqual(['Azerbaijan', 'Israel']);
    expect(await page.title()).toBe(
      'Detection fixture: Israel and Azerbaijan in the title are not body text',
    );
  });

  test('painted mentions are dotted underlines in the text colour, and move nothing', async ({ page }) => {
    const r = await page.evaluate(() => {
      const p = document.getElementById('styled')!;
      const hl = getComputedStyle(p, '::highlight(brieflight-azerbaijan)');
      const active = getComputedStyle(p, '::highlight(brieflight-ui-active)');
      return {
        decoration: `${hl.textDecorationLine} ${hl.textDecorationStyle}`,
        activeBackground: active.backgroundColor,
        children: p.children.length,
      };
    });
    expect(r.decoration).toBe('underline dotted');
    expect(r.activeBackground).not.toBe('rgba(0, 0, 0, 0)');
    // The page wrote the paragraph as one text node: nothing was put into it.
    expect(r.children).toBe(0);
  });
});

test.describe('language fixtures (pages/lang-XX.html, expected spans in detection-langs.json)', () => {
  for (const [file, paragraphs] of Object.entries(LANG_PAGES)) {
    test(`${file}: every paragraph's painted mentions`, async ({ page, server }) => {
      await openPage(page, `${server.origin}/${file}`);
      for (const p of paragraphs) {
        expect(await marksIn(page, `#${p.id}`), `${file} #${p.id}`).toEqual(p.mentions);
      }
    });
  }
});

test.describe('a split name, painted', () => {
  test('hovering any part of the one range opens its card', async ({ page, server }) => {
    await openPage(page, `${server.origin}/lang-en.html`);
    expect(await mentionsIn(page, '#split')).toContainEqual(['baku', 'Baku']);
    await hoverMention(page, 'Baku');
    expect((await expectCard(page))!.name).toMatch(/Baku/);
    // The page's DOM is as it wrote it: four spans, no element of ours.
    expect(await page.locator('#split span').count()).toBe(5);
  });
});

test.describe('real pages (../shared/corpus)', () => {
  test('wapo-2: every running-text mention of Israel/Israeli is marked', async ({ page, server }) => {
    await openPage(page, `${server.origin}/corpus/wapo-2.html`);
    const { expected } = await page.evaluate(() => {
      // Count mentions in the body's running text independently of the extension: every text node
      // outside the excluded elements, with a plain regex.
      const skip =
        'script,style,noscript,template,code,pre,kbd,samp,svg,math,textarea,select,option,button,input';
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let expected = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentElement?.closest(skip)) continue;
        expected +=
          (n.textContent ?? '').match(/(?<![\p{L}\p{N}])Israel(?:i|is)?(?:['’]s)?(?![\p{L}\p{N}])/gu)
            ?.length ?? 0;
      }
      return { expected };
    });
    const marked = (await readMentions(page)).map((m) => m.text);
    expect(expected).toBeGreaterThanOrEqual(20);
    expect(marked).toHaveLength(expected);
    for (const t of marked) expect(t).toMatch(/^Israel(i|is|'s|’s)?$/);
  });

  test('iab-1: the <select> options are untouched', async ({ page, server }) => {
    await openPage(page, `${server.origin}/corpus/iab-1.html`);
    expect(await mentionsIn(page, 'select, option')).toEqual([]);
    const options = await page.locator('option').allTextContents();
    expect(options).toContain('Azerbaijan');
    expect(options).toContain('Israel');
  });

  test('archive-of-our-own: "Bakugou" and "Bakuhatsuo" are not Baku', async ({ page, server }) => {
    await openPage(page, `${server.origin}/corpus/archive-of-our-own.html`);
    expect(await readMentions(page)).toEqual([]);
    expect(await page.locator('body').textContent()).toContain('Bakugou');
  });

  // The mention count of each page, as measured; a change here is a change in detection to explain.
  const COUNTS: Record<string, number> = {
    'archive-of-our-own.html': 0,
    'bbc-1.html': 0,
    'cnn.html': 0,
    'ehow-1.html': 0,
    'guardian-1.html': 0,
    'iab-1.html': 0,
    'medium-1.html': 0,
    'mozilla-1.html': 0,
    'nytimes-3.html': 0,
    'schema-org-context-object.html': 0,
    'wapo-1.html': 1,
    'wapo-2.html': 23,
    'wikipedia-2.html': 0,
    'yahoo-2.html': 0,
  };
  for (const [file, count] of Object.entries(COUNTS)) {
    test(`${file}: ${count} mentions, no errors`, async ({ page, server }) => {
      await openPage(page, `${server.origin}/corpus/${file}`);
      expect(await readMentions(page)).toHaveLength(count);
    });
  }
});
