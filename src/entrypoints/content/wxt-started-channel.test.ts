import { describe, expect, it, vi } from 'vitest';
import { closeWxtStartedChannel } from '@/entrypoints/content/wxt-started-channel';

const TYPE = 'abcdef:content:wxt:content-script-started';

describe('closeWxtStartedChannel', () => {
  it('posts, dispatches and listens to nothing of WXT started channel, and everything else as before', async () => {
    const posted = vi.fn();
    const seen = vi.fn();
    window.addEventListener('message', (e) => posted(e.data));
    closeWxtStartedChannel(window);

    window.postMessage({ type: TYPE, messageId: 'x' }, '*');
    window.postMessage({ type: 'page-thing' }, '*');
    document.addEventListener(TYPE, seen);
    document.addEventListener('other-event', seen);
    expect(document.dispatchEvent(new CustomEvent(TYPE, { detail: { messageId: 'forged' } }))).toBe(true);
    document.dispatchEvent(new CustomEvent('other-event'));
    await new Promise((r) => setTimeout(r, 0));

    expect(posted.mock.calls.map(([d]) => d)).toEqual([{ type: 'page-thing' }]);
    expect(seen.mock.calls.map(([e]) => (e as Event).type)).toEqual(['other-event']);
  });
});
