import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FirstStageContext } from '@/entrypoints/content/first-stage-context';
import { closeWxtStartedChannel } from '@/entrypoints/content/wxt-started-channel';

/**
 * WXT's `ContentScriptContext` for the core, made from the first stage's context
 * (src/entrypoints/content/first-stage-context.ts; docs/adr/0023-first-stage-context.md) with the
 * name and options WXT gave that one, as WXT's entry would have made it at the start. The two end
 * together: invalidating either invalidates the other. WXT's started channel is closed before the
 * context exists (ADR 0008), so it posts nothing to the page and listens to nothing from it.
 * Call it once per content script.
 */
export function coreContext(first: FirstStageContext): ContentScriptContext {
  closeWxtStartedChannel();
  const ctx = new ContentScriptContext(first.contentScriptName, first.options);
  ctx.onInvalidated(() => first.notifyInvalidated());
  first.onInvalidated(() => ctx.notifyInvalidated());
  // Already over while the core loaded: the new context ends at once.
  if (first.isInvalid) ctx.notifyInvalidated();
  return ctx;
}
