import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FirstStageContext } from '@/entrypoints/content/first-stage-context';

const OPTIONS = { matches: ['<all_urls>'], runAt: 'document_idle' as const };
const runtimeId = fakeBrowser.runtime.id;

describe('FirstStageContext', () => {
  afterEach(() => {
    (fakeBrowser.runtime as { id?: string }).id = runtimeId;
  });

  it('keeps the name and options WXT makes it with', () => {
    const ctx = new FirstStageContext('content', OPTIONS);
    expect(ctx.contentScriptName).toBe('content');
    expect(ctx.options).toEqual(OPTIONS);
  });

  it('is valid while the extension runs, and calls no callback', () => {
    const ctx = new FirstStageContext('content');
    const cb = vi.fn();
    ctx.onInvalidated(cb);
    expect(ctx.isInvalid).toBe(false);
    expect(cb).not.toHaveBeenCalled();
  });

  it('becomes invalid when the runtime is gone, calling each callback once, in order', () => {
    const ctx = new FirstStageContext('content');
    const calls: string[] = [];
    ctx.onInvalidated(() => calls.push('a'));
    ctx.onInvalidated(() => calls.push('b'));
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    expect(ctx.isInvalid).toBe(true);
    expect(ctx.isInvalid).toBe(true);
    ctx.notifyInvalidated();
    expect(calls).toEqual(['a', 'b']);
  });

  it('notifyInvalidated ends it; a removed callback and one added afterwards are not called', () => {
    const ctx = new FirstStageContext('content');
    const removed = vi.fn();
    const kept = vi.fn();
    const late = vi.fn();
    ctx.onInvalidated(removed)();
    ctx.onInvalidated(kept);
    ctx.notifyInvalidated();
    ctx.onInvalidated(late);
    ctx.notifyInvalidated();
    expect(ctx.isInvalid).toBe(true);
    expect(removed).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledTimes(1);
    expect(late).not.toHaveBeenCalled();
  });
});
