import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CardController, type CardHostLike } from '@/components/card-controller';
import { cardPropsFor } from '@/components/card-host';
import { Highlighter } from '@/utils/highlight';
import { marksAsMentionSource } from '@/utils/legacy-marks-source';
import { clock } from '@/tests/support/clock';

// The transitional adapter (delete with it when the paint branch lands): today's marks as mentions.

afterEach(() => document.body.replaceChildren());

function setup(html: string) {
  document.body.innerHTML = html;
  const highlighter = new Highlighter();
  highlighter.markAll(document.body);
  return { highlighter, source: marksAsMentionSource(highlighter) };
}

describe('marksAsMentionSource', () => {
  it('one stable mention per mark the highlighter made, its range the mark’s text, in document order', () => {
    const { source } = setup('<p>Azerbaijan and <a href="#x" id="x">news from Israel</a>.</p>');
    const all = source.all();
    expect(all.map((m) => [m.entity, m.range.toString()])).toEqual([
      ['azerbaijan', 'Azerbaijan'],
      ['israel', 'Israel'],
    ]);
    expect(source.all()[0]).toBe(all[0]);
    expect(source.all('israel')).toEqual([all[1]]);
    expect(source.within(document.getElementById('x')!)).toEqual([all[1]]);
    expect(source.mayContain(document.querySelector('mark')!)).toBe(true);
    expect(source.mayContain(document.querySelector('p')!)).toBe(false);
  });

  it('a page-made mark is no mention', () => {
    const { source } = setup(
      '<p><mark class="brieflight-mark" data-brieflight-entity="azerbaijan" id="f">Baku</mark> and SOCAR</p>',
    );
    const forged = document.getElementById('f')!;
    expect(source.mayContain(forged)).toBe(false);
    expect(source.within(forged)).toEqual([]);
    expect(source.all().map((m) => m.entity)).toEqual(['socar']);
  });

  it('a mention stops being current when its mark is removed or unmarked', () => {
    const { source, highlighter } = setup('<p>Azerbaijan and Israel</p>');
    const [a, b] = source.all();
    expect(source.isCurrent(a!)).toBe(true);
    document.querySelector('mark')!.remove();
    expect(source.isCurrent(a!)).toBe(false);
    highlighter.unmarkAll(document);
    expect(source.isCurrent(b!)).toBe(false);
  });

  it('CardController given a Highlighter (today’s content script) works on its marks through the adapter', () => {
    const { highlighter } = setup('<p><a href="#a" id="a">News from Baku</a></p>');
    const abort = new AbortController();
    const ctx = {
      addEventListener: (t: EventTarget, type: string, fn: EventListener, o?: AddEventListenerOptions) =>
        t.addEventListener(type, fn, { ...o, signal: abort.signal }),
      onInvalidated: () => undefined,
    } as unknown as ContentScriptContext;
    const c = clock();
    const shown: Range[] = [];
    const host: CardHostLike = {
      show: (anchor) => void shown.push(anchor),
      hide: () => undefined,
      contains: () => false,
      focusables: () => [],
      activeElement: () => null,
    };
    const controller = new CardController(ctx, highlighter, document, {
      createHost: () => host,
      cardUi: { createHost: () => host, propsFor: cardPropsFor },
      intent: { setTimer: c.setTimer, clearTimer: c.clearTimer },
    });
    try {
      expect(controller.focusNext()).toBe(true);
      expect(shown.map((r) => r.toString())).toEqual(['Baku']);
      expect(shown[0]!.startContainer).toBe(document.querySelector('mark'));
    } finally {
      abort.abort();
    }
  });
});
