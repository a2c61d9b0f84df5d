import { afterEach, describe, expect, it } from 'vitest';
import { CardFrameView, propsOfRender, startCardFrame } from '@/card/card-frame-view';
import {
  parseFromCardFrame,
  type FromCardFrame,
  type RenderMessage,
  type ToCardFrame,
} from '@/card/card-channel';
import { settle } from '@@/tests/support/card-frame';
import { trusted } from '@@/tests/support/events';

// The frame's side, in happy-dom: what it renders from the host's messages, and what it tells the
// host. The frame's document is a document of its own, as an extension page is.

const RENDER: RenderMessage = {
  type: 'render',
  seq: 1,
  entity: 'baku',
  facts: ['baku-capital', 'baku-population'],
  actions: ['open-briefing', 'close', 'turn-off-site', 'open-settings', 'pin'],
  pinned: false,
  textSize: 'large',
  now: Date.UTC(2026, 0, 1),
  maxWidth: 300,
  width: null,
};

const open: MessagePort[] = [];
afterEach(() => {
  for (const p of open.splice(0)) p.close();
});

function setup() {
  const doc = document.implementation.createHTMLDocument('card');
  const channel = new MessageChannel();
  open.push(channel.port1, channel.port2);
  const received: FromCardFrame[] = [];
  channel.port1.onmessage = (e) => {
    const msg = parseFromCardFrame(e.data);
    if (msg) received.push(msg);
  };
  new CardFrameView(doc, channel.port2);
  const send = async (msg: ToCardFrame | Record<string, unknown>) => {
    channel.port1.postMessage(msg);
    await settle();
  };
  const dialog = () => doc.querySelector<HTMLElement>('[role="dialog"]');
  const controls = () => [...(dialog()?.querySelectorAll<HTMLElement>('a[href], button') ?? [])];
  const button = (name: string) =>
    controls().find((el) => (el.getAttribute('aria-label') ?? el.textContent) === name)!;
  return { doc, send, received, dialog, controls, button };
}

function press(target: Element, key: string, shiftKey = false) {
  const e = trusted(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true }));
  target.dispatchEvent(e);
  return e;
}

describe('CardFrameView', () => {
  it('renders a render message as the card, English and left to right, and reports its size for that render', async () => {
    const { doc, send, received, dialog } = setup();
    await send(RENDER);
    expect(dialog()?.getAttribute('aria-label')).toBe('Baku — key facts');
    expect(dialog()?.classList.contains('bl-card--text-large')).toBe(true);
    expect(dialog()?.style.maxWidth).toBe('300px');
    expect([doc.documentElement.lang, doc.documentElement.dir]).toEqual(['en', 'ltr']);
    expect(received).toEqual([
      { type: 'size', seq: 1, width: expect.any(Number), height: expect.any(Number) },
    ]);
  });

  it('shows only the controls the host listed, and only the entity’s own facts', async () => {
    const { send, controls, dialog } = setup();
    await send({ ...RENDER, actions: ['close'], facts: ['baku-capital', 'socar-profile'] });
    const names = controls().map((el) => el.getAttribute('aria-label') ?? el.textContent);
    expect(names).toContain('Close');
    expect(names).not.toContain('Open briefing');
    expect(names).not.toContain('Settings');
    expect([...dialog()!.querySelectorAll('[data-fact]')].map((el) => el.getAttribute('data-fact'))).toEqual([
      'baku-capital',
    ]);
  });

  it('reports the reader’s presses of its controls, never a click a script dispatched', async () => {
    const { send, received, button } = setup();
    await send(RENDER);
    received.length = 0;
    button('Open briefing').click();
    button('Close').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    await settle();
    expect(received).toEqual([]);
    button('Open briefing').dispatchEvent(
      trusted(new MouseEvent('click', { bubbles: true, cancelable: true })),
    );
    button('Close').dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true })));
    await settle();
    expect(received).toEqual([
      { type: 'action', name: 'open-briefing' },
      { type: 'action', name: 'close' },
    ]);
  });

  it('reports Escape, Tab past its last control and Shift+Tab before its first, and keeps Tab inside otherwise', async () => {
    const { send, received, controls, doc } = setup();
    await send(RENDER);
    received.length = 0;
    const items = controls();
    items[0]!.focus();
    expect(press(items[0]!, 'Tab').defaultPrevented).toBe(false);
    expect(press(items[0]!, 'Tab', true).defaultPrevented).toBe(true);
    // From no control (the reader clicked the card's text): Tab is the browser's, into the card.
    (doc.activeElement as HTMLElement).blur();
    expect(press(doc.body, 'Tab').defaultPrevented).toBe(false);
    items.at(-1)!.focus();
    expect(press(items.at(-1)!, 'Tab').defaultPrevented).toBe(true);
    expect(press(items.at(-1)!, 'Escape').defaultPrevented).toBe(true);
    // A key a script dispatched is no key of the reader's.
    items
      .at(-1)!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    await settle();
    expect(received).toEqual([
      { type: 'key', key: 'Shift+Tab' },
      { type: 'key', key: 'Tab' },
      { type: 'key', key: 'Escape' },
    ]);
    expect(doc.activeElement).toBe(items.at(-1));
  });

  it('takes the host’s placement, focuses its first or last control on request, and clears', async () => {
    const { send, dialog, controls, doc } = setup();
    await send(RENDER);
    expect(dialog()!.hasAttribute('data-placed')).toBe(false);
    await send({ type: 'place', maxHeight: 200, placement: 'top-start', hidden: false });
    expect(dialog()!.hasAttribute('data-placed')).toBe(true);
    expect(dialog()!.style.maxHeight).toBe('200px');
    expect(dialog()!.dataset.placement).toBe('top-start');
    await send({ type: 'focus', where: 'last' });
    expect(doc.activeElement).toBe(controls().at(-1));
    await send({ type: 'focus', where: 'first' });
    expect(doc.activeElement).toBe(controls()[0]);
    await send({ type: 'announce', text: 'Card: Baku' });
    expect(doc.querySelector('.bl-live')?.textContent).toBe('Card: Baku');
    await send({ type: 'clear' });
    expect(dialog()).toBeNull();
    expect(doc.querySelector('.bl-live')?.textContent).toBe('');
  });

  it('ignores a message that does not parse', async () => {
    const { send, dialog, received } = setup();
    await send({ ...RENDER, entity: 'paris' });
    await send({ ...RENDER, text: 'forged' });
    await send({ type: 'render' });
    expect(dialog()).toBeNull();
    expect(received).toEqual([]);
  });
});

describe('propsOfRender', () => {
  it('gives the card a callback per listed action, and the reader’s clock', () => {
    const acted: string[] = [];
    const props = propsOfRender(RENDER, (name) => acted.push(name));
    props.onOpenBriefing?.();
    props.onPin?.();
    expect(acted).toEqual(['open-briefing', 'pin']);
    expect(props.onOpenRatings).toBeUndefined();
    expect(props.now?.getTime()).toBe(RENDER.now);
  });
});

describe('startCardFrame', () => {
  function fakeWin(doc: Document) {
    const listeners: ((e: MessageEvent) => void)[] = [];
    const parent = {};
    return {
      win: {
        parent,
        document: doc,
        addEventListener: (_t: 'message', fn: (e: MessageEvent) => void) => void listeners.push(fn),
        removeEventListener: () => undefined,
      },
      parent,
      listeners,
    };
  }

  it('without a token in its URL listens to nothing', () => {
    const { win, listeners } = fakeWin(document.implementation.createHTMLDocument('card'));
    startCardFrame(win, undefined);
    expect(listeners).toHaveLength(0);
  });

  it('renders on the port the host handed over with the token, and nothing a page posts', async () => {
    const doc = document.implementation.createHTMLDocument('card');
    const { win, parent, listeners } = fakeWin(doc);
    const token = 'c3'.repeat(16);
    startCardFrame(win, token);
    const forged = new MessageChannel();
    open.push(forged.port1, forged.port2);
    for (const fn of [...listeners])
      fn({
        source: parent,
        data: { type: 'brieflight-card-connect', token: 'd4'.repeat(16) },
        ports: [forged.port2],
      } as unknown as MessageEvent);
    for (const fn of [...listeners])
      fn({ source: parent, data: RENDER, ports: [] } as unknown as MessageEvent);
    forged.port1.postMessage(RENDER);
    await settle();
    expect(doc.querySelector('[role="dialog"]')).toBeNull();
    const channel = new MessageChannel();
    open.push(channel.port1, channel.port2);
    for (const fn of [...listeners])
      fn({
        source: parent,
        data: { type: 'brieflight-card-connect', token },
        ports: [channel.port2],
      } as unknown as MessageEvent);
    channel.port1.postMessage(RENDER);
    await settle();
    expect(doc.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe('Baku — key facts');
  });
});
