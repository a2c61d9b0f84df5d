import { describe, expect, it } from 'vitest';
import {
  isOwnSender,
  parseMentionsReply,
  parseSiteHostReply,
  parseToBackground,
  parseToContent,
} from '@/utils/messages';

describe('messages', () => {
  it('accepts the messages of the protocol', () => {
    expect(parseToBackground({ type: 'open-briefing', section: 'energy' })).toEqual({
      type: 'open-briefing',
      section: 'energy',
    });
    expect(parseToBackground({ type: 'mentions', total: 3 })).toEqual({ type: 'mentions', total: 3 });
    expect(parseToBackground({ type: 'card-failed', stage: 'load', message: 'no module' })).toEqual({
      type: 'card-failed',
      stage: 'load',
      message: 'no module',
    });
    expect(parseToContent({ type: 'focus-next' })).toEqual({ type: 'focus-next' });
    expect(parseToContent({ type: 'focus-next', entity: 'baku' })).toEqual({
      type: 'focus-next',
      entity: 'baku',
    });
    expect(parseToContent({ type: 'get-mentions' })).toEqual({ type: 'get-mentions' });
    expect(parseToBackground({ type: 'site-host' })).toEqual({ type: 'site-host' });
    expect(parseToBackground({ type: 'open-options' })).toEqual({ type: 'open-options' });
    expect(parseToContent({ type: 'resend-mentions' })).toEqual({ type: 'resend-mentions' });
  });

  it('reads the background’s site-host reply, and nothing else', () => {
    expect(parseSiteHostReply({ host: 'news.example' })).toEqual({ host: 'news.example' });
    expect(parseSiteHostReply({ host: null })).toEqual({ host: null });
    for (const bad of [undefined, true, {}, { host: 1 }, { host: 'x'.repeat(254) }])
      expect(parseSiteHostReply(bad)).toBeUndefined();
  });

  it('ignores anything else', () => {
    for (const bad of [
      null,
      'open-briefing',
      { type: 'open-briefing', section: '../../etc' },
      { type: 'open-briefing', section: '__proto__' },
      { type: 'mentions', total: -1 },
      { type: 'mentions', total: 1.5 },
      { type: 'card-failed', stage: 'render', message: 'x' },
      { type: 'card-failed', stage: 'show', message: 'x'.repeat(100_000) },
      { type: 'focus-next', entity: 'constructor' },
      { type: 'eval', code: 'alert(1)' },
      { type: '__proto__' },
    ]) {
      expect(parseToBackground(bad)).toBeUndefined();
      expect(parseToContent(bad)).toBeUndefined();
    }
  });

  it('trusts only senders of this extension', () => {
    expect(isOwnSender({ id: 'abc' }, 'abc')).toBe(true);
    expect(isOwnSender({ id: 'other' }, 'abc')).toBe(false);
    expect(isOwnSender({}, 'abc')).toBe(false);
    expect(isOwnSender(undefined, 'abc')).toBe(false);
  });

  it('reads a content script’s mentions reply, and nothing else', () => {
    const good = { host: 'a.org', counts: { azerbaijan: 1, israel: 0, socar: 0, baku: 2 }, total: 3 };
    expect(parseMentionsReply(good)).toEqual(good);
    expect(parseMentionsReply(undefined)).toBeUndefined();
    expect(parseMentionsReply(true)).toBeUndefined();
    // valibot drops a "__proto__" key rather than copying it: nothing is polluted.
    const proto = parseMentionsReply({ ...good, counts: JSON.parse('{"__proto__": 1}') });
    expect(Object.keys(proto?.counts ?? {})).toEqual([]);
    expect(Object.getPrototypeOf(proto?.counts)).toBe(Object.prototype);
    expect(parseMentionsReply({ ...good, counts: { evil: 1 } })).toBeUndefined();
    expect(parseMentionsReply({ ...good, total: -1 })).toBeUndefined();
  });
});
