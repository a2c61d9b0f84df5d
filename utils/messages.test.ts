import { describe, expect, it } from 'vitest';
import { parseToBackground, parseToContent } from '@/utils/messages';

describe('messages', () => {
  it('accepts the messages of the protocol', () => {
    expect(parseToBackground({ type: 'open-briefing', section: 'energy' })).toEqual({ type: 'open-briefing', section: 'energy' });
    expect(parseToBackground({ type: 'mentions', total: 3 })).toEqual({ type: 'mentions', total: 3 });
    expect(parseToContent({ type: 'focus-next' })).toEqual({ type: 'focus-next' });
    expect(parseToContent({ type: 'focus-next', entity: 'baku' })).toEqual({ type: 'focus-next', entity: 'baku' });
    expect(parseToContent({ type: 'get-mentions' })).toEqual({ type: 'get-mentions' });
  });

  it('ignores anything else', () => {
    for (const bad of [
      null,
      'open-briefing',
      { type: 'open-briefing', section: '../../etc' },
      { type: 'open-briefing', section: '__proto__' },
      { type: 'mentions', total: -1 },
      { type: 'mentions', total: 1.5 },
      { type: 'focus-next', entity: 'constructor' },
      { type: 'eval', code: 'alert(1)' },
      { type: '__proto__' },
    ]) {
      expect(parseToBackground(bad)).toBeUndefined();
      expect(parseToContent(bad)).toBeUndefined();
    }
  });
});
