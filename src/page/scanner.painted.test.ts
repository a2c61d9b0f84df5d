// The scanner painting highlights instead of marking: no DOM write, shadow roots, custom elements,
// huge text, stop(), and a region that becomes editable.
import { afterEach, describe, expect, it } from 'vitest';
import { setPageLook } from '@/page/mark-style';
import { Painter } from '@/page/paint';
import { fakeHighlightApi, rangeTexts } from '@@/tests/support/highlights';
import { HUGE_TEXT_CHARS } from '@/utils/timings';
import { resetScanner, setup, state } from '@@/tests/support/scanner-setup';

afterEach(resetScanner);

describe('Scanner: painted highlights', () => {
  function paintSetup(html: string) {
    const api = fakeHighlightApi();
    const painter = new Painter(document, api);
    const s = setup(html, { painter, display: () => 'paint' });
    const painted = (name = 'brieflight-israel') => rangeTexts(api, name);
    return { ...s, api, painter, painted };
  }

  it('paints without touching the DOM, and a small change is painted in the observer’s callback', async () => {
    const { scanner, painted, host } = paintSetup('<p id="a">Israel and Baku</p><p id="b">nothing</p>');
    const before = document.body.innerHTML;
    scanner.start();
    expect(painted()).toEqual(['Israel']);
    expect(document.body.innerHTML).toBe(before);
    expect(state()).toBe('idle');
    const requested = host.requested;
    (document.getElementById('b')!.firstChild as Text).data = 'Israel again';
    await Promise.resolve();
    // No batch was needed: the change is painted already, and the state never left "idle".
    expect(host.requested).toBe(requested);
    expect(painted()).toEqual(['Israel', 'Israel']);
    expect(state()).toBe('idle');
    document.getElementById('a')!.remove();
    await Promise.resolve();
    expect(painted()).toEqual(['Israel']);
  });

  it('a text node rewritten with the same mentions at the same offsets keeps them, set again in place (a ticker)', async () => {
    const { scanner, painted, painter, api, host } = paintSetup(
      '<p id="t">SOCAR bond 100.00</p><p>Israel</p>',
    );
    scanner.start();
    const t = document.getElementById('t')!.firstChild as Text;
    const [m] = painter.within(t);
    expect(m!.range.toString()).toBe('SOCAR');
    painter.emphasize(m);
    const requested = host.requested;
    t.data = 'SOCAR bond 100.12';
    await Promise.resolve();
    // The same mention, current, over the new text; no batch, the emphasis kept.
    expect(painter.within(t)).toEqual([m]);
    expect(painter.within(t)[0]).toBe(m);
    expect(painter.isCurrent(m!)).toBe(true);
    expect(m!.range.toString()).toBe('SOCAR');
    expect([m!.range.startOffset, m!.range.endOffset]).toEqual([0, 5]);
    expect(host.requested).toBe(requested);
    expect(rangeTexts(api, 'brieflight-ui-active')).toEqual(['SOCAR']);
    expect(painter.total).toBe(2);
    // Elsewhere in the node: dropped and found again, a new mention.
    t.data = 'Bond: SOCAR 100.12';
    await Promise.resolve();
    scanner.flush();
    expect(painted('brieflight-socar')).toEqual(['SOCAR']);
    const [moved] = painter.within(t);
    expect(moved).not.toBe(m);
    expect([moved!.range.startOffset, moved!.range.endOffset]).toEqual([6, 11]);
    expect(painter.isCurrent(m!)).toBe(false);
    // One mention more: the node is painted afresh, every mention of it new.
    t.data = 'Baku: SOCAR 100.12';
    await Promise.resolve();
    scanner.flush();
    expect(painted('brieflight-baku')).toEqual(['Baku']);
    expect(painted('brieflight-socar')).toEqual(['SOCAR']);
    expect(painter.isCurrent(moved!)).toBe(false);
    // Another entity at the same offsets: found again too.
    const [baku] = painter.within(t);
    t.data = 'SOCAR SOCAR 100.12';
    await Promise.resolve();
    scanner.flush();
    expect(painted('brieflight-baku')).toEqual([]);
    expect(painted('brieflight-socar')).toEqual(['SOCAR', 'SOCAR']);
    expect(painter.isCurrent(baku!)).toBe(false);
    // No mention left: dropped.
    t.data = 'Bond 100.12';
    await Promise.resolve();
    scanner.flush();
    expect(painted('brieflight-socar')).toEqual([]);
    expect(painter.total).toBe(1);
  });

  it('finds open shadow roots on any element, also attached after the first pass', async () => {
    const { scanner, painted, painter } = paintSetup('<div id="host"></div><p>Baku</p>');
    const first = document.getElementById('host')!.attachShadow({ mode: 'open' });
    first.innerHTML = '<span>Israel in a div’s root</span>';
    scanner.start();
    expect(painted()).toEqual(['Israel']);
    // A root attached later to a <section> (no record); its host's children change afterwards.
    const section = document.createElement('section');
    document.body.append(section);
    await Promise.resolve();
    const late = section.attachShadow({ mode: 'open' });
    late.innerHTML = '<p>Israel, late</p>';
    section.append(document.createElement('i'));
    await Promise.resolve();
    scanner.flush();
    expect(painted()).toEqual(['Israel', 'Israel']);
    expect(painter.shadowRoots()).toContain(late);
  });

  it('a custom element defined later: its root is read when it is defined', async () => {
    const { scanner, painted } = paintSetup('<x-late id="x"></x-late><p>nothing</p>');
    scanner.start();
    expect(painted()).toEqual([]);
    customElements.define(
      'x-late',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).innerHTML = '<p>Israel inside</p>';
        }
      },
    );
    await customElements.whenDefined('x-late');
    await Promise.resolve();
    scanner.flush();
    expect(painted()).toEqual(['Israel']);
  });

  it('a huge text node is painted whole, with no chunk and no split', () => {
    const chunk = 'Israel and Azerbaijan. '.repeat(Math.ceil((HUGE_TEXT_CHARS * 1.5) / 23));
    const { scanner, painted } = paintSetup(`<p id="h">${chunk}</p>`);
    scanner.start();
    scanner.flush();
    expect(document.getElementById('h')!.childNodes).toHaveLength(1);
    expect(painted()).toHaveLength(Math.ceil((HUGE_TEXT_CHARS * 1.5) / 23));
  });

  it('stop() removes every range and the shadow roots’ sheet', () => {
    const { scanner, api, painter } = paintSetup('<div id="host"></div><p>Israel</p>');
    setPageLook(document, { display: 'paint', style: 'underline' });
    const sr = document.getElementById('host')!.attachShadow({ mode: 'open' });
    sr.innerHTML = '<p>Baku</p>';
    scanner.start();
    expect(painter.total).toBe(2);
    expect(sr.adoptedStyleSheets).toHaveLength(1);
    scanner.stop();
    setPageLook(document, undefined);
    expect(api.registry.size).toBe(0);
    expect(sr.adoptedStyleSheets).toEqual([]);
  });
});

describe('Scanner: painted, a region that becomes editable', () => {
  it('loses its ranges when contenteditable is set, and gets them back when it is removed', async () => {
    const api = fakeHighlightApi();
    const painter = new Painter(document, api);
    const { scanner } = setup('<div id="ed"><p>Israel in an editor</p></div><p>Baku</p>', {
      painter,
      display: () => 'paint',
    });
    scanner.start();
    expect(painter.total).toBe(2);
    document.getElementById('ed')!.setAttribute('contenteditable', 'true');
    await Promise.resolve();
    scanner.flush();
    expect(rangeTexts(api, 'brieflight-israel')).toEqual([]);
    expect(painter.total).toBe(1);
    document.getElementById('ed')!.removeAttribute('contenteditable');
    await Promise.resolve();
    scanner.flush();
    expect(rangeTexts(api, 'brieflight-israel')).toEqual(['Israel']);
  });
});
