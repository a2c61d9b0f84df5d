import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { ENTITIES } from '@/data/entities';
import { Highlighter } from '@/page/highlighter';
import {
  HIGHLIGHTS_CSS,
  MARK_CSS,
  MARK_TOKEN,
  OWN_MARK_SELECTOR,
  adoptPageStyle,
  dropPageStyle,
  pageCss,
  setPageLook,
} from '@/page/mark-style';

afterEach(() => {
  setPageLook(document, undefined);
  document.adoptedStyleSheets = [];
  document.body.innerHTML = '';
});

/**
 * The CSS text last given to `sheet`. (happy-dom's parser drops `@layer` and `::highlight()` rules,
 * so the sheet's cssRules cannot tell which text it holds; what we gave it can.)
 */
function sheetText(sheet: CSSStyleSheet): string {
  const calls = replaced.mock.calls.filter((_, i) => replaced.mock.contexts[i] === sheet);
  return String(calls.at(-1)?.[0] ?? '');
}
let replaced: MockInstance<CSSStyleSheet['replaceSync']>;
beforeEach(() => {
  replaced = vi.spyOn(CSSStyleSheet.prototype, 'replaceSync');
});

describe('our styles', () => {
  it('our CSS paints every entity’s highlight and the emphasis, with print and forced colours', () => {
    for (const id of Object.keys(ENTITIES)) expect(HIGHLIGHTS_CSS).toContain(`::highlight(brieflight-${id})`);
    expect(HIGHLIGHTS_CSS).toContain('::highlight(brieflight-ui-active)');
    expect(HIGHLIGHTS_CSS).toMatch(/@media print/);
    expect(HIGHLIGHTS_CSS).toMatch(/@media \(forced-colors: active\)/);
    expect(HIGHLIGHTS_CSS).toMatch(/@media \(prefers-color-scheme: dark\)/);
  });

  it('mentions print with no underline and no tint, in every look (issue 15)', () => {
    /** Each `@media print { … }` block of `css`, with where it starts. */
    const printBlocks = (css: string) => {
      const out: { at: number; text: string }[] = [];
      for (let at = css.indexOf('@media print'); at >= 0; at = css.indexOf('@media print', at + 1)) {
        let depth = 0;
        let end = css.indexOf('{', at);
        for (; end < css.length; end++) {
          if (css[end] === '{') depth++;
          else if (css[end] === '}' && --depth === 0) break;
        }
        out.push({ at, text: css.slice(at, end + 1) });
      }
      return out;
    };
    for (const look of [
      { display: 'paint', style: 'underline' },
      { display: 'paint', style: 'background' },
      { display: 'marks', style: 'underline' },
      { display: 'marks', style: 'background' },
    ] as const) {
      const css = pageCss(look);
      const target = look.display === 'marks' ? OWN_MARK_SELECTOR : '::highlight(brieflight-israel)';
      const blocks = printBlocks(css).filter((b) => b.text.includes(target));
      expect(blocks.length, `${look.display}/${look.style}`).toBeGreaterThan(0);
      const last = blocks.at(-1)!;
      expect(last.text).toMatch(/text-decoration-line: none/);
      expect(last.text).toMatch(/background(-color)?: transparent/);
      // The print rule comes after every rule that draws the look in print, so it wins the cascade
      // (rules inside `@media screen` never apply to paper: blanked out, keeping the offsets).
      const inPrint = screenOnlyBlanked(css);
      const lastDraw = Math.max(
        inPrint.lastIndexOf('text-decoration-line: underline'),
        inPrint.lastIndexOf('background: rgba'),
        inPrint.lastIndexOf('background-color: rgba'),
      );
      expect(last.at, `${look.display}/${look.style}`).toBeGreaterThan(lastDraw);
      if (look.display === 'marks') expect(last.text).toMatch(/!important/);
    }
  });

  it('the marks’ tint shares their layer, so its !important rules are not undone by `all: unset` (issue 15)', () => {
    const css = pageCss({ display: 'marks', style: 'background' });
    expect(css.match(/@layer\s*\{/g)).toHaveLength(1);
    expect(css.lastIndexOf('background: rgba(255, 214, 0, 0.35)')).toBeGreaterThan(css.indexOf('all: unset'));
  });

  it('no rule of ours depends on an attribute of the page (issue 17: no setting is visible)', () => {
    for (const look of [
      { display: 'paint', style: 'underline' },
      { display: 'paint', style: 'background' },
      { display: 'marks', style: 'underline' },
      { display: 'marks', style: 'background' },
    ] as const) {
      expect(pageCss(look)).not.toMatch(/data-brieflight|html\[/);
    }
  });

  it('the document gets our sheet only while a look is set (Brieflight on here), and it follows the look', () => {
    expect(document.adoptedStyleSheets).toEqual([]);
    setPageLook(document, { display: 'paint', style: 'underline' });
    expect(document.adoptedStyleSheets).toHaveLength(1);
    const sheet = document.adoptedStyleSheets[0]!;
    expect(sheetText(sheet)).not.toContain(OWN_MARK_SELECTOR);
    setPageLook(document, { display: 'marks', style: 'background' });
    expect(document.adoptedStyleSheets).toEqual([sheet]);
    expect(sheetText(sheet)).toContain(OWN_MARK_SELECTOR);
    setPageLook(document, undefined);
    expect(document.adoptedStyleSheets).toEqual([]);
  });

  it('shadow roots get the highlight rules, follow a change of look, and give them back', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const sr = host.attachShadow({ mode: 'open' });
    expect(adoptPageStyle(sr)).toBe(false);
    setPageLook(document, { display: 'paint', style: 'underline' });
    expect(adoptPageStyle(sr)).toBe(true);
    expect(sr.adoptedStyleSheets).toHaveLength(1);
    const sheet = sr.adoptedStyleSheets[0]!;
    expect(sheetText(sheet)).not.toContain(OWN_MARK_SELECTOR);
    setPageLook(document, { display: 'marks', style: 'underline' });
    expect(sr.adoptedStyleSheets[0]).toBe(sheet);
    expect(sheetText(sheet)).toContain(OWN_MARK_SELECTOR);
    dropPageStyle(sr);
    expect(sr.adoptedStyleSheets).toEqual([]);
  });
});

/** Every selector of every style rule in `css`, nested ones (in the layer, in media queries) included. */
function selectors(css: string): string[] {
  const out: string[] = [];
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '');
  // A rule's prelude follows the start of the sheet or a brace; an at-rule's starts with "@".
  for (const m of plain.matchAll(/(?:^|[{}])\s*([^{}@]+?)\s*\{/g)) out.push(...m[1]!.split(','));
  return out.map((s) => s.trim());
}

describe('the element marks’ stylesheet', () => {
  it('selects only marks that carry this page’s unpredictable class, in every rule', () => {
    expect(MARK_TOKEN).toMatch(/^bl[0-9a-z]{12,}$/);
    for (const css of [
      MARK_CSS,
      pageCss({ display: 'marks', style: 'background' }).replace(HIGHLIGHTS_CSS, ''),
    ]) {
      expect(css).not.toContain('brieflight-token');
      const all = selectors(css);
      expect(all.length).toBeGreaterThan(5);
      for (const s of all) expect(s, s).toContain(`mark.brieflight-mark.${MARK_TOKEN}`);
    }
  });

  it('a page-made mark with the contract’s class is not one of ours; ours are', () => {
    document.body.innerHTML =
      '<p><mark class="brieflight-mark" data-brieflight-entity="baku">Baku</mark> and Israel</p>';
    const h = new Highlighter();
    const [made] = h.markAll(document.body);
    const forged = document.querySelector('mark')!;
    expect(forged.matches(OWN_MARK_SELECTOR)).toBe(false);
    expect(made!.matches(OWN_MARK_SELECTOR)).toBe(true);
  });
});

/** `css` with every `@media screen…{…}` block replaced by spaces of the same length. */
function screenOnlyBlanked(css: string): string {
  let out = css;
  for (let at = out.indexOf('@media screen'); at !== -1; at = out.indexOf('@media screen', at + 1)) {
    let i = out.indexOf('{', at);
    let depth = 0;
    for (; i < out.length; i++) {
      if (out[i] === '{') depth++;
      else if (out[i] === '}' && --depth === 0) break;
    }
    out = out.slice(0, at) + ' '.repeat(i + 1 - at) + out.slice(i + 1);
  }
  return out;
}
