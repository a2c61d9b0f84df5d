import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CardHost } from '@/card/card-host';
import { cardPropsFor, rankingTextOf } from '@/card/card-props';
import { isRangeGone } from '@/card/card-geometry';
import { CARD_STATES } from '@/card/fixtures/card-states';
import { isOwnUiHost } from '@/card/ui-host';
import { fakeCardFrames, settle } from '@@/tests/support/card-frame';

// The real host in happy-dom: what it makes in the page, and what a page can do to it. Its
// placement and the top layer need a real browser: tests/e2e/card-host.spec.ts.

const invalidated: (() => void)[] = [];
afterEach(() => {
  for (const fn of invalidated.splice(0)) fn();
  document.documentElement.replaceChildren(document.createElement('head'), document.createElement('body'));
});

function fakeContext(): ContentScriptContext {
  return { onInvalidated: (fn: () => void) => invalidated.push(fn) } as unknown as ContentScriptContext;
}

function setup() {
  document.body.innerHTML = '<p id="p">Talks in <b>Baku</b> went on.</p>';
  const range = document.createRange();
  range.selectNodeContents(document.querySelector('b')!);
  const onOpenBriefing = vi.fn();
  const onClose = vi.fn();
  const props = {
    ...CARD_STATES[Object.keys(CARD_STATES)[0] as keyof typeof CARD_STATES].props,
    onOpenBriefing,
    onClose,
  };
  const handlers = {
    onPointerEnter: vi.fn(),
    onPointerLeave: vi.fn(),
    onAnchorGone: vi.fn(),
    onKey: vi.fn(),
  };
  const frame = fakeCardFrames();
  const host = new CardHost(fakeContext(), handlers, frame.connect);
  return { host, range, props, onOpenBriefing, onClose, handlers, frame };
}

/** The elements the page can see that the extension added. */
function addedElements(): Element[] {
  return [...document.documentElement.children].filter(
    (el) => el.localName !== 'head' && el.localName !== 'body',
  );
}

describe('CardHost', () => {
  it('hosts the card in a plain <div> it registers as its own, with a closed root and no name of ours', async () => {
    const { host, range, props } = setup();
    await host.show(range, props);
    const [el, ...more] = addedElements();
    expect(more).toEqual([]);
    expect(el?.localName).toBe('div');
    expect(isOwnUiHost(el!)).toBe(true);
    expect(host.contains(el!)).toBe(true);
    expect((el as HTMLElement).shadowRoot).toBeNull();
    expect(el?.getAttribute('popover')).toBe('manual');
    // Nothing a page could select it by, or define: no class, id or data attribute.
    expect(el?.getAttributeNames()).toEqual(['popover']);
    // A page's element is never taken for ours.
    expect(isOwnUiHost(document.getElementById('p')!)).toBe(false);
  });

  it('never runs a constructor the page defined, whatever name the page chose', async () => {
    const constructed: string[] = [];
    for (const name of ['brieflight-card', 'brieflight-card-host', 'wxt-shadow-root']) {
      customElements.define(
        name,
        class extends HTMLElement {
          constructor() {
            super();
            constructed.push(name);
          }
        },
      );
    }
    const { host, range, props, frame } = setup();
    await host.show(range, props);
    expect(frame.controls().length).toBeGreaterThan(0);
    expect(constructed).toEqual([]);
  });

  it('sets the card root to English, left to right, on a right-to-left Hebrew page', async () => {
    document.documentElement.setAttribute('dir', 'rtl');
    document.documentElement.setAttribute('lang', 'he');
    try {
      const { host, range, props, frame } = setup();
      await host.show(range, props);
      const dialog = frame.dialog()!;
      expect(dialog.closest('[dir]')?.getAttribute('dir')).toBe('ltr');
      expect(dialog.closest('[lang]')?.getAttribute('lang')).toBe('en');
      // The host's root too (the iframe's title and the root's own language).
      const iframe = frame.frames[0]!.element;
      expect(iframe.closest('[lang]')?.getAttribute('lang')).toBe('en');
    } finally {
      document.documentElement.removeAttribute('dir');
      document.documentElement.removeAttribute('lang');
    }
  });

  it('acts on the reader’s clicks only: a click the page dispatches opens no briefing and closes nothing', async () => {
    const { host, range, props, onOpenBriefing, onClose, frame } = setup();
    await host.show(range, props);
    const buttons = frame.controls().filter((el) => el.localName === 'button');
    // Close, Open briefing, More facts (the card's buttons may grow; each is tried).
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    for (const button of buttons) {
      button.click();
      const e = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      button.dispatchEvent(e);
      expect(e.defaultPrevented).toBe(true);
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    }
    const links = frame.controls().filter((el) => el.localName === 'a');
    for (const link of links) {
      const e = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      link.dispatchEvent(e);
      // A link's navigation is a click's default action: cancelled.
      expect(e.defaultPrevented).toBe(true);
    }
    // And the iframe element itself, in the host's root, takes no forged click either.
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    frame.frames[0]!.element.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    await settle();
    expect(onOpenBriefing).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('mounts again when the page removed its host, replaced <body> or rewrote the document', async () => {
    const { host, range, props, frame } = setup();
    await host.show(range, props);
    const first = addedElements()[0]!;
    for (const attack of [
      () => first.remove(),
      () => document.body.replaceWith(document.createElement('body')),
      () =>
        document.documentElement.replaceChildren(
          document.createElement('head'),
          document.createElement('body'),
        ),
    ]) {
      const before = addedElements()[0];
      attack();
      if (before) before.remove();
      host.hide();
      document.body.innerHTML = '<p>Again in <b>Baku</b>.</p>';
      const again = document.createRange();
      again.selectNodeContents(document.querySelector('b')!);
      await host.show(again, props);
      const [el, ...more] = addedElements();
      expect(more).toEqual([]);
      expect(el?.isConnected).toBe(true);
      expect(isOwnUiHost(el!)).toBe(true);
      expect(host.contains(el!)).toBe(true);
      // A new frame in the new host, the card rendered in it.
      expect(frame.frames.at(-1)!.element.isConnected).toBe(true);
      expect(frame.controls().length).toBeGreaterThan(0);
    }
  });

  it('takes its host back where it belongs, with only its own attribute, when the page moved or changed it', async () => {
    const { host, range, props } = setup();
    await host.show(range, props);
    const el = addedElements()[0] as HTMLElement;
    host.hide();
    const hiding = document.createElement('div');
    hiding.style.display = 'none';
    document.body.append(hiding);
    hiding.append(el);
    el.inert = true;
    el.hidden = true;
    el.setAttribute('style', 'display: none');
    el.setAttribute('dir', 'rtl');
    el.removeAttribute('popover');
    await host.show(range, props);
    expect(el.parentNode).toBe(document.documentElement);
    expect(el.getAttributeNames()).toEqual(['popover']);
    expect(el.getAttribute('popover')).toBe('manual');
    expect(host.contains(el)).toBe(true);
  });

  it('sizes and places its frame from the size the frame reports, and again when that size changes', async () => {
    const { host, range, props, frame } = setup();
    // happy-dom lays nothing out: the mention has a box in the viewport, as in a browser.
    const box = vi
      .spyOn(Range.prototype, 'getBoundingClientRect')
      .mockReturnValue(new DOMRect(100, 100, 40, 20));
    const html = document.documentElement;
    const width = vi.spyOn(html, 'clientWidth', 'get').mockReturnValue(1024);
    const tall = vi.spyOn(html, 'clientHeight', 'get').mockReturnValue(768);
    try {
      await host.show(range, props);
      const { element, sent, events } = frame.frames[0]!;
      const render = sent.find((m) => m.type === 'render')!;
      expect(render).toMatchObject({
        entity: props.entity.id,
        facts: props.facts.map((f) => f.id),
        maxWidth: expect.any(Number),
      });
      events.onMessage({
        type: 'size',
        seq: render.type === 'render' ? render.seq : 0,
        width: 320.4,
        height: 200,
      });
      await settle();
      expect([element.style.width, element.style.height]).toEqual(['321px', '200px']);
      expect(element.style.transform).toMatch(/^translate\(\d+(\.\d+)?px, \d+(\.\d+)?px\)$/);
      expect(sent.at(-1)).toMatchObject({ type: 'place', hidden: false, placement: expect.any(String) });
      // "More facts": the frame reports a taller card; the frame grows (within the viewport).
      events.onMessage({
        type: 'size',
        seq: render.type === 'render' ? render.seq : 0,
        width: 320,
        height: 5000,
      });
      await settle();
      const height = Number.parseFloat(element.style.height);
      expect(height).toBeGreaterThan(200);
      expect(height).toBeLessThan(768);
      // Hidden, it takes no room (and no pointer) where the card was.
      host.hide();
      expect([element.style.width, element.style.height]).toEqual(['0px', '0px']);
      expect(sent.at(-1)).toEqual({ type: 'clear' });
    } finally {
      box.mockRestore();
      width.mockRestore();
      tall.mockRestore();
    }
  });

  it('keeps a hidden frame at 0 × 0 when a placement computed before the hide arrives after it', async () => {
    const { host, range, props, frame } = setup();
    const box = vi
      .spyOn(Range.prototype, 'getBoundingClientRect')
      .mockReturnValue(new DOMRect(100, 100, 40, 20));
    const width = vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(1024);
    const tall = vi.spyOn(document.documentElement, 'clientHeight', 'get').mockReturnValue(768);
    try {
      await host.show(range, props);
      const { element, events, sent } = frame.frames[0]!;
      const render = sent.find((m) => m.type === 'render');
      // A new size starts a placement (computed asynchronously); the card hides before it lands.
      events.onMessage({
        type: 'size',
        seq: render?.type === 'render' ? render.seq : 0,
        width: 300,
        height: 200,
      });
      host.hide();
      await settle();
      expect([element.style.width, element.style.height]).toEqual(['0px', '0px']);
      expect(sent.at(-1)).toEqual({ type: 'clear' });
    } finally {
      box.mockRestore();
      width.mockRestore();
      tall.mockRestore();
    }
  });

  it('runs the card’s own callbacks for the frame’s actions, and passes on its keys', async () => {
    const { host, range, props, frame, onOpenBriefing, onClose, handlers } = setup();
    await host.show(range, props);
    const { events } = frame.frames[0]!;
    events.onMessage({ type: 'action', name: 'open-briefing' });
    events.onMessage({ type: 'action', name: 'close' });
    events.onMessage({ type: 'key', key: 'Shift+Tab' });
    expect(onOpenBriefing).toHaveBeenCalledTimes(1);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(handlers.onKey).toHaveBeenCalledWith('Shift+Tab');
    // Once the card is hidden, a late message from its frame does nothing.
    host.hide();
    events.onMessage({ type: 'action', name: 'open-briefing' });
    expect(onOpenBriefing).toHaveBeenCalledTimes(1);
  });

  it('drops a frame the page navigated (a second load): the card closes, the next show makes a new frame', async () => {
    const { host, range, props, frame, handlers } = setup();
    await host.show(range, props);
    const first = frame.frames[0]!;
    first.events.onLost();
    expect(handlers.onAnchorGone).toHaveBeenCalled();
    expect(first.element.isConnected).toBe(false);
    await host.show(range, props);
    expect(frame.frames).toHaveLength(2);
    expect(frame.frames[1]!.element.isConnected).toBe(true);
    expect(frame.controls().length).toBeGreaterThan(0);
  });

  it('adds nothing to the page on prepare before a first card; once one was shown, prepare makes a dropped frame again', async () => {
    const { host, range, props, frame } = setup();
    host.prepare();
    await settle();
    // CONTRACT.md: the page's DOM is its own until a card is first shown.
    expect(addedElements()).toEqual([]);
    expect(frame.frames).toHaveLength(0);
    await host.show(range, props);
    host.hide();
    frame.frames[0]!.events.onLost();
    host.prepare();
    await settle();
    expect(frame.frames).toHaveLength(2);
    expect(frame.frames[1]!.element.isConnected).toBe(true);
    expect(frame.dialog()).toBeNull();
    expect((addedElements()[0] as HTMLElement).matches(':popover-open')).toBe(false);
  });

  it('a show that fails rejects nothing: it is reported in the console and the next show tries again', async () => {
    const { host, range, props } = setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const attach = vi.spyOn(Element.prototype, 'attachShadow').mockImplementationOnce(() => {
      throw new Error('refused');
    });
    try {
      await expect(host.show(range, props)).resolves.toBeUndefined();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(addedElements()).toEqual([]);
      await host.show(range, props);
      expect(addedElements()).toHaveLength(1);
    } finally {
      attach.mockRestore();
      warn.mockRestore();
    }
  });
});

describe('isRangeGone', () => {
  it('is false for a mention on the page, true once its text is removed or its paragraph leaves', () => {
    document.body.innerHTML = '<p>Talks in <b>Baku</b> went on.</p><p id="q">SOCAR</p>';
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('b')!);
    expect(isRangeGone(range)).toBe(false);
    document.querySelector('b')!.remove();
    expect(isRangeGone(range)).toBe(true);
    const q = document.createRange();
    q.selectNodeContents(document.getElementById('q')!.firstChild!);
    document.body.replaceWith(document.createElement('body'));
    expect(isRangeGone(q)).toBe(true);
  });
});

describe('the ranking context', () => {
  it('is the paragraph that holds the mention, whether given the mark or the paragraph itself', () => {
    document.body.innerHTML =
      '<article><p id="energy">SOCAR exports oil and gas through the pipeline.</p><p id="other">A defence deal with Israel.</p></article>';
    const energy = document.getElementById('energy')!;
    expect(rankingTextOf(energy)).toBe('SOCAR exports oil and gas through the pipeline.');
    energy.innerHTML = '<b>SOCAR</b> exports oil and gas through the pipeline.';
    expect(rankingTextOf(energy.querySelector('b')!)).toBe('SOCAR exports oil and gas through the pipeline.');
    const actions = { onOpenBriefing: vi.fn(), onClose: vi.fn() };
    expect(cardPropsFor(energy, 'socar', actions).facts.map((f) => f.id)).toEqual(
      cardPropsFor(energy.querySelector('b')!, 'socar', actions).facts.map((f) => f.id),
    );
  });
});
