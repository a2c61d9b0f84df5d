import { afterEach, describe, expect, it } from 'vitest';
import { fakeHighlightApi, rangeTexts } from '@@/tests/support/highlights';
import { Highlighter } from '@/page/highlighter';
import { MarkSource, ShownMentions } from '@/page/mark-source';
import { ACTIVE_HIGHLIGHT } from '@/page/dom-contract';
import { Painter } from '@/page/paint';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('MarkSource', () => {
  it('only our marks are mentions, each always the same object; a forged mark is none', () => {
    document.body.innerHTML =
      '<p id="a">Israel and <a href="#">Baku</a></p><p><mark class="brieflight-mark" data-brieflight-entity="israel">Israel</mark></p>';
    const h = new Highlighter();
    h.markAll(document.getElementById('a')!);
    const api = fakeHighlightApi();
    const source = new MarkSource(document, h, api);
    const all = source.all();
    expect(all.map((m) => [m.entity, m.range.toString()])).toEqual([
      ['israel', 'Israel'],
      ['baku', 'Baku'],
    ]);
    expect(source.all()[0]).toBe(all[0]);
    expect(source.all('baku')).toEqual([all[1]]);
    expect(source.within(document.querySelector('a')!)).toEqual([all[1]]);
    expect(source.mayContain(document.getElementById('a')!)).toBe(true);
    source.emphasize(all[1]);
    expect(rangeTexts(api, ACTIVE_HIGHLIGHT)).toEqual(['Baku']);
    h.unmarkAll(document);
    expect(source.isCurrent(all[0]!)).toBe(false);
    source.clear();
    expect(api.registry.has(ACTIVE_HIGHLIGHT)).toBe(false);
  });
});

describe('ShownMentions', () => {
  it('asks the way in use, and clears the other way’s emphasis when the way changes', () => {
    document.body.innerHTML = '<p>Israel</p>';
    const api = fakeHighlightApi();
    const painter = new Painter(document, api);
    painter.paint([document.querySelector('p')!.firstChild as Text]);
    const h = new Highlighter();
    const marks = new MarkSource(document, h, api);
    let painting = true;
    const shown = new ShownMentions(painter, marks, () => painting);
    const m = shown.all()[0]!;
    shown.emphasize(m);
    expect(rangeTexts(api, ACTIVE_HIGHLIGHT)).toEqual(['Israel']);
    painting = false;
    expect(shown.all()).toEqual([]);
    shown.emphasize(undefined);
    expect(painter.isCurrent(m)).toBe(true);
    // The painter's emphasis is gone with the switch.
    expect(rangeTexts(api, ACTIVE_HIGHLIGHT)).toEqual([]);
  });
});
