import { afterEach, describe, expect, it, vi } from 'vitest';
import { Highlighter } from '@/utils/highlight';
import { MARK_TOKEN, OWN_MARK_SELECTOR, adoptMarkStyle, markCss, setMarkStyle } from '@/utils/mark-style';

afterEach(() => {
  setMarkStyle('underline');
  document.adoptedStyleSheets = [];
  document.body.replaceChildren();
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
    for (const css of [markCss('underline'), markCss('background')]) {
      expect(css).not.toContain('brieflight-token');
      // One layer around everything; no rule keyed on anything in the page but our own class.
      expect(css.startsWith('@layer {')).toBe(true);
      expect(css).not.toMatch(/data-brieflight|html\[|:host/);
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

  it('is adopted only once marks are made, and taken away when the last mark goes', () => {
    document.body.innerHTML = '<p>Nothing to see here.</p><p id="x">Then nothing.</p>';
    const h = new Highlighter();
    expect(h.markAll(document.body)).toHaveLength(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    document.getElementById('x')!.textContent = 'Then Israel.';
    expect(h.markAll(document.body)).toHaveLength(1);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    h.markAll(document.body);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    h.unmarkAll(document);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('the reader’s style is the sheet’s content, changed in place (nothing in the page says which)', () => {
    // The test DOM does not parse @layer: what each sheet was last given stands for its rules.
    const given = new Map<CSSStyleSheet, string>();
    const native = CSSStyleSheet.prototype.replaceSync;
    vi.spyOn(CSSStyleSheet.prototype, 'replaceSync').mockImplementation(function (this: CSSStyleSheet, css: string) {
      given.set(this, css);
      native.call(this, css);
    });
    document.body.innerHTML = '<p>Israel</p>';
    new Highlighter().markAll(document.body);
    const [sheet] = document.adoptedStyleSheets;
    given.set(sheet!, given.get(sheet!) ?? markCss('underline'));
    const text = () => given.get(sheet!) ?? '';
    expect(text()).not.toContain('rgba(255, 214, 0, 0.35)');
    setMarkStyle('background');
    expect(document.adoptedStyleSheets).toEqual([sheet]);
    expect(text()).toContain('rgba(255, 214, 0, 0.35)');
    setMarkStyle('underline');
    expect(text()).not.toContain('rgba(255, 214, 0, 0.35)');
    // A shadow root shares the document's sheet, so it follows too.
    const host = document.createElement('x-host');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    adoptMarkStyle(root);
    expect(root.adoptedStyleSheets).toEqual([sheet]);
  });
});
