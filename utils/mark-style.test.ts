import { afterEach, describe, expect, it } from 'vitest';
import { ENTITIES } from '@/data/entities';
import {
  HIGHLIGHTS_CSS,
  MARK_CSS,
  adoptPageStyle,
  dropPageStyle,
  pageCss,
  setPageLook,
} from '@/utils/mark-style';

afterEach(() => {
  setPageLook(document, undefined);
  document.adoptedStyleSheets = [];
  document.body.innerHTML = '';
});

const sheetText = (s: CSSStyleSheet) => [...s.cssRules].map((r) => r.cssText).join('\n');

describe('our styles', () => {
  it('our CSS paints every entity’s highlight and the emphasis, with print and forced colours', () => {
    for (const id of Object.keys(ENTITIES)) expect(HIGHLIGHTS_CSS).toContain(`::highlight(brieflight-${id})`);
    expect(HIGHLIGHTS_CSS).toContain('::highlight(brieflight-ui-active)');
    expect(HIGHLIGHTS_CSS).toMatch(/@media print/);
    expect(HIGHLIGHTS_CSS).toMatch(/@media \(forced-colors: active\)/);
    expect(HIGHLIGHTS_CSS).toMatch(/@media \(prefers-color-scheme: dark\)/);
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
    // (happy-dom's parser drops ::highlight() rules; the marks' rules show which text it holds.)
    expect(sheetText(sheet)).not.toContain('mark.brieflight-mark');
    setPageLook(document, { display: 'marks', style: 'background' });
    expect(document.adoptedStyleSheets).toEqual([sheet]);
    expect(sheetText(sheet)).toContain('mark.brieflight-mark');
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
    expect(sheetText(sheet)).not.toContain('mark.brieflight-mark');
    setPageLook(document, { display: 'marks', style: 'underline' });
    expect(sr.adoptedStyleSheets[0]).toBe(sheet);
    expect(sheetText(sheet)).toContain('mark.brieflight-mark');
    dropPageStyle(sr);
    expect(sr.adoptedStyleSheets).toEqual([]);
  });
});
