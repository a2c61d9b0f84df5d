import { afterEach, describe, expect, it } from 'vitest';
import { ENTITIES } from '@/data/entities';
import {
  HIGHLIGHTS_CSS,
  MARK_CSS,
  adoptPageStyle,
  documentCss,
  dropPageStyle,
  rootCss,
  setPageLook,
} from '@/utils/mark-style';

afterEach(() => {
  setPageLook(document, undefined);
  document.adoptedStyleSheets = [];
  document.body.innerHTML = '';
});

const sheetText = (s: CSSStyleSheet) => [...s.cssRules].map((r) => r.cssText).join('\n');

describe('our styles', () => {
  it('the manifest CSS paints every entity’s highlight and the emphasis, with print and forced colours', () => {
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
      expect(rootCss(look) + documentCss(look)).not.toMatch(/data-brieflight|html\[/);
    }
  });

  it('the document gets a sheet only for what the manifest cannot carry', () => {
    expect(documentCss({ display: 'paint', style: 'underline' })).toBe('');
    expect(documentCss({ display: 'paint', style: 'background' })).toContain('::highlight(brieflight-israel)');
    expect(documentCss({ display: 'marks', style: 'underline' })).toBe(MARK_CSS);
    setPageLook(document, { display: 'paint', style: 'underline' });
    expect(document.adoptedStyleSheets).toEqual([]);
    setPageLook(document, { display: 'marks', style: 'background' });
    expect(document.adoptedStyleSheets).toHaveLength(1);
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
