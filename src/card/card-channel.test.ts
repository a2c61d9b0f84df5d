import { describe, expect, it, vi } from 'vitest';
import {
  acceptCardPort,
  makeCardToken,
  parseFromCardFrame,
  parseToCardFrame,
  tokenOfHash,
  type HandshakeWindow,
} from '@/card/card-channel';

/** A window whose message listeners the test calls by hand, with its parent. */
function fakeWindow(): HandshakeWindow & {
  parentWin: object;
  post(e: Partial<MessageEvent>): void;
  listeners: number;
} {
  const listeners = new Set<(e: MessageEvent) => void>();
  const parentWin = {};
  return {
    parent: parentWin,
    parentWin,
    addEventListener: (_t, fn) => void listeners.add(fn),
    removeEventListener: (_t, fn) => void listeners.delete(fn),
    post: (e) => {
      for (const fn of [...listeners]) fn({ ports: [], ...e } as MessageEvent);
    },
    get listeners() {
      return listeners.size;
    },
  };
}

const TOKEN = 'a1'.repeat(16);
const port = () => new MessageChannel().port2;

describe('the card token', () => {
  it('is 128 random bits as 32 hex digits, new each time', () => {
    const a = makeCardToken();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(makeCardToken()).not.toBe(a);
    expect(makeCardToken((b) => b.fill(255))).toBe('f'.repeat(32));
  });

  it('is read from the fragment only when it is one', () => {
    expect(tokenOfHash(`#${TOKEN}`)).toBe(TOKEN);
    for (const hash of ['', '#', '#abc', `#${TOKEN}x`, `#${TOKEN.toUpperCase()}`, `#${'g'.repeat(32)}`])
      expect(tokenOfHash(hash)).toBeUndefined();
  });
});

describe('acceptCardPort (the frame’s side of the handshake)', () => {
  it('takes the port of the first connect with its token from its parent, then stops listening', () => {
    const win = fakeWindow();
    const onPort = vi.fn();
    acceptCardPort(win, TOKEN, onPort);
    const p = port();
    win.post({
      source: win.parentWin as Window,
      data: { type: 'brieflight-card-connect', token: TOKEN },
      ports: [p],
    });
    expect(onPort).toHaveBeenCalledTimes(1);
    expect(onPort.mock.calls[0]![0]).toBe(p);
    expect(win.listeners).toBe(0);
    // A second connect, even with the token, is never taken.
    win.post({
      source: win.parentWin as Window,
      data: { type: 'brieflight-card-connect', token: TOKEN },
      ports: [port()],
    });
    expect(onPort).toHaveBeenCalledTimes(1);
  });

  it('ignores a wrong or missing token, extra fields, no port or two, and a sender other than its parent', () => {
    const win = fakeWindow();
    const onPort = vi.fn();
    acceptCardPort(win, TOKEN, onPort);
    const from = win.parentWin as Window;
    const connect = { type: 'brieflight-card-connect', token: TOKEN };
    const forged: Partial<MessageEvent>[] = [
      { source: from, data: { ...connect, token: 'b2'.repeat(16) }, ports: [port()] },
      { source: from, data: { type: 'brieflight-card-connect' }, ports: [port()] },
      { source: from, data: { ...connect, extra: 1 }, ports: [port()] },
      { source: from, data: connect, ports: [] },
      { source: from, data: connect, ports: [port(), port()] },
      { source: {} as Window, data: connect, ports: [port()] },
      { source: from, data: `brieflight-card-connect ${TOKEN}`, ports: [port()] },
      { source: from, data: { type: 'render', token: TOKEN }, ports: [port()] },
    ];
    for (const e of forged) win.post(e);
    expect(onPort).not.toHaveBeenCalled();
    expect(win.listeners).toBe(1);
  });
});

describe('the messages on the port', () => {
  const render = {
    type: 'render',
    seq: 1,
    entity: 'baku',
    facts: ['baku-capital'],
    actions: ['close'],
    pinned: false,
    textSize: 'normal',
    now: 0,
    maxWidth: 360,
    width: null,
  };

  it('parse only in their exact shapes', () => {
    expect(parseToCardFrame(render)).toEqual(render);
    expect(parseToCardFrame({ ...render, entity: 'paris' })).toBeUndefined();
    expect(parseToCardFrame({ ...render, actions: ['navigate'] })).toBeUndefined();
    expect(parseToCardFrame({ ...render, html: '<b>x</b>' })).toBeUndefined();
    expect(parseToCardFrame({ ...render, maxWidth: -1 })).toBeUndefined();
    expect(parseFromCardFrame({ type: 'action', name: 'open-briefing' })).toEqual({
      type: 'action',
      name: 'open-briefing',
    });
    expect(parseFromCardFrame({ type: 'action', name: 'open-url' })).toBeUndefined();
    expect(parseFromCardFrame({ type: 'key', key: 'Enter' })).toBeUndefined();
    expect(parseFromCardFrame({ type: 'size', seq: 1, width: Number.NaN, height: 1 })).toBeUndefined();
  });
});
