import { afterEach, describe, expect, it } from 'vitest';
import { fakeHighlightApi, rangeTexts } from '@@/tests/support/highlights';
import { ACTIVE_HIGHLIGHT, highlightName } from '@/page/dom-contract';
import { Painter, compareNodes } from '@/page/paint';

const TEXT = 'Azerbaijan and Israel signed a deal in Baku. SOCAR said Azerbaijan would ship oil to Israel.';

function setup(html = `<p>${TEXT}</p>`) {
  document.body.innerHTML = html;
  const api = fakeHighlightApi();
  const painter = new Painter(document, api);
  const texts = () => {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const out: Text[] = [];
    for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n as Text);
    return out;
  };
  return { api, painter, texts };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Painter', () => {
  it('registers one highlight per entity, one range per mention, and changes nothing in the DOM', () => {
    const { api, painter, texts } = setup();
    const before = document.body.innerHTML;
    const nodes = texts();
    expect(painter.paint(nodes)).toBe(6);
    expect(document.body.innerHTML).toBe(before);
    expect(texts()).toEqual(nodes);
    expect([...api.registry.keys()].sort()).toEqual([
      'brieflight-azerbaijan',
      'brieflight-baku',
      'brieflight-israel',
      'brieflight-socar',
    ]);
    expect(rangeTexts(api, 'brieflight-israel')).toEqual(['Israel', 'Israel']);
    expect(rangeTexts(api, 'brieflight-azerbaijan')).toEqual(['Azerbaijan', 'Azerbaijan']);
    expect(painter.counts()).toEqual({ counts: { azerbaijan: 2, israel: 2, socar: 1, baku: 1 }, total: 6 });
  });

  it('honours the entities shown and first-mention mode', () => {
    const { api, painter, texts } = setup();
    const seen = new Set<string>();
    painter.paint(texts(), {
      entities: new Set(['israel', 'baku', 'socar']),
      accept: (e) => (seen.has(e) ? false : (seen.add(e), true)),
    });
    expect(api.registry.has('brieflight-azerbaijan')).toBe(false);
    expect(rangeTexts(api, 'brieflight-israel')).toEqual(['Israel']);
    expect(painter.total).toBe(3);
  });

  it('painting a node again replaces its ranges (no duplicate)', () => {
    const { api, painter, texts } = setup();
    painter.paint(texts());
    painter.paint(texts());
    expect(rangeTexts(api, 'brieflight-israel')).toEqual(['Israel', 'Israel']);
    expect(painter.total).toBe(6);
  });

  it('forgets the ranges of text the page rewrote or removed', () => {
    const { api, painter, texts } = setup(
      '<p id="a">Israel and Baku</p><div id="b"><span>SOCAR</span></div>',
    );
    painter.paint(texts());
    expect(painter.total).toBe(3);
    const a = document.getElementById('a')!.firstChild as Text;
    const b = document.getElementById('b')!;
    const observer = new MutationObserver(() => undefined);
    observer.observe(document.body, { childList: true, characterData: true, subtree: true });
    a.data = 'no mention now';
    b.remove();
    expect(painter.forget(observer.takeRecords())).toBe(true);
    observer.disconnect();
    expect(painter.total).toBe(0);
    expect(rangeTexts(api, 'brieflight-israel')).toEqual([]);
    expect(rangeTexts(api, 'brieflight-socar')).toEqual([]);
  });

  it('puts its highlights back when the page deletes or replaces them, and never reads the page’s', () => {
    const { api, painter, texts } = setup();
    painter.paint(texts());
    const ours = api.registry.get('brieflight-israel')!;
    api.registry.delete('brieflight-israel');
    const forged = new Set<AbstractRange>([document.createRange()]);
    api.registry.set('brieflight-baku', forged);
    painter.register();
    expect(api.registry.get('brieflight-israel')).toBe(ours);
    expect(api.registry.get('brieflight-baku')).not.toBe(forged);
    // all() is built from our own references only.
    expect(painter.all().map((m) => m.range.toString())).toEqual([
      'Azerbaijan',
      'Israel',
      'Baku',
      'SOCAR',
      'Azerbaijan',
      'Israel',
    ]);
  });

  it('never iterates a Highlight (Firefox: an Xray wrapper whose iterator throws)', () => {
    document.body.innerHTML = `<p>${TEXT}</p>`;
    const api = fakeHighlightApi();
    // As in a Firefox content script: the Highlight is the page's object seen through an Xray
    // wrapper; its add/delete/has work, iterating it throws.
    const xray = (): never => {
      throw new TypeError('Xray wrapping of iterators not supported');
    };
    const create = api.create;
    api.create = () =>
      Object.assign(create(), {
        [Symbol.iterator]: xray,
        values: xray,
        keys: xray,
        entries: xray,
        forEach: xray,
      });
    const painter = new Painter(document, api);
    const p = document.querySelector('p')!;
    painter.paint([p.firstChild as Text]);
    expect(painter.all().map((m) => m.range.toString())).toEqual([
      'Azerbaijan',
      'Israel',
      'Baku',
      'SOCAR',
      'Azerbaijan',
      'Israel',
    ]);
    expect(painter.all('israel')).toHaveLength(2);
    painter.drop(p.firstChild as Text);
    expect(painter.all()).toEqual([]);
  });

  it('a page-registered highlight under our name is never a mention', () => {
    const { api, painter } = setup('<p>Israel</p>');
    const forged = Object.assign(new Set<AbstractRange>(), { priority: 0 });
    const r = document.createRange();
    r.selectNodeContents(document.querySelector('p')!.firstChild!);
    forged.add(r);
    api.registry.set(highlightName('israel'), forged);
    expect(painter.all()).toEqual([]);
    expect(painter.within(document.body)).toEqual([]);
    expect(painter.mayContain(document.querySelector('p')!)).toBe(false);
    expect(painter.isCurrent({ entity: 'israel', range: r })).toBe(false);
  });

  it('mayContain, within, isCurrent and emphasize', () => {
    const { api, painter, texts } = setup('<p>Israel <a href="#">in Baku</a></p><p>nothing</p>');
    painter.paint(texts());
    const [p1, p2] = [...document.querySelectorAll('p')];
    const link = document.querySelector('a')!;
    expect(painter.mayContain(p1!)).toBe(true);
    expect(painter.mayContain(link)).toBe(true);
    expect(painter.mayContain(p2!)).toBe(false);
    const inLink = painter.within(link);
    expect(inLink.map((m) => m.entity)).toEqual(['baku']);
    const m = inLink[0]!;
    expect(painter.isCurrent(m)).toBe(true);
    painter.emphasize(m);
    expect(rangeTexts(api, ACTIVE_HIGHLIGHT)).toEqual(['Baku']);
    expect((api.registry.get(ACTIVE_HIGHLIGHT) as unknown as { priority: number }).priority).toBeGreaterThan(
      (api.registry.get('brieflight-baku') as unknown as { priority: number }).priority,
    );
    (link.firstChild as Text).data = 'in Ganja';
    painter.drop(link.firstChild as Text);
    expect(painter.isCurrent(m)).toBe(false);
    // The emphasis of a mention that is gone goes with it.
    expect(rangeTexts(api, ACTIVE_HIGHLIGHT)).toEqual([]);
  });

  it('clear() removes every highlight of ours from the registry, and leaves the page’s', () => {
    const { api, painter, texts } = setup();
    const pageOwn = new Set<AbstractRange>();
    api.registry.set('search-hits', pageOwn);
    painter.paint(texts());
    painter.emphasize(painter.all()[0]);
    painter.clear();
    expect([...api.registry.keys()]).toEqual(['search-hits']);
    expect(painter.all()).toEqual([]);
    expect(painter.counts().total).toBe(0);
  });

  it('orders mentions in shadow roots at their host', () => {
    const { painter } = setup('<p>Israel</p><div id="h"></div><p>Baku</p>');
    const sr = document.getElementById('h')!.attachShadow({ mode: 'open' });
    sr.innerHTML = '<span>SOCAR</span>';
    const ps = document.querySelectorAll('p');
    painter.addRoot(sr);
    painter.paint([
      ps[1]!.firstChild as Text,
      sr.querySelector('span')!.firstChild as Text,
      ps[0]!.firstChild as Text,
    ]);
    expect(painter.all().map((m) => m.entity)).toEqual(['israel', 'socar', 'baku']);
    expect(compareNodes(sr.querySelector('span')!, ps[1]!)).toBeLessThan(0);
    expect(painter.mayContain(sr.querySelector('span')!)).toBe(true);
  });
});
