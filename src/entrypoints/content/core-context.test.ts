import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { coreContext } from '@/entrypoints/content/core-context';
import { FirstStageContext } from '@/entrypoints/content/first-stage-context';

const OPTIONS = { matches: ['<all_urls>'], allFrames: true };
const runtimeId = fakeBrowser.runtime.id;

describe('coreContext', () => {
  afterEach(() => {
    (fakeBrowser.runtime as { id?: string }).id = runtimeId;
  });

  it("is WXT's context, made with the first stage's name and options", () => {
    const ctx = coreContext(new FirstStageContext('content', OPTIONS));
    expect(ctx).toBeInstanceOf(ContentScriptContext);
    expect(ctx.options).toEqual(OPTIONS);
    expect(ctx.isValid).toBe(true);
  });

  it('ends when the first stage ends, and the first stage when it ends', () => {
    const first = new FirstStageContext('content');
    const ctx = coreContext(first);
    const onCore = vi.fn();
    ctx.onInvalidated(onCore);
    first.notifyInvalidated();
    expect(ctx.isInvalid).toBe(true);
    expect(onCore).toHaveBeenCalledTimes(1);

    const first2 = new FirstStageContext('content');
    const onFirst = vi.fn();
    first2.onInvalidated(onFirst);
    coreContext(first2).notifyInvalidated();
    expect(first2.isInvalid).toBe(true);
    expect(onFirst).toHaveBeenCalledTimes(1);
  });

  it('ends at once when the first stage ended while the core loaded (the runtime gone)', () => {
    const first = new FirstStageContext('content');
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    expect(coreContext(first).signal.aborted).toBe(true);
  });

  it("posts nothing of WXT's started channel to the page", async () => {
    const posted = vi.fn();
    window.addEventListener('message', (e) => posted(e.data));
    coreContext(new FirstStageContext('content'));
    await new Promise((r) => setTimeout(r, 0));
    expect(posted).not.toHaveBeenCalled();
  });
});
