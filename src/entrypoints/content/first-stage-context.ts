// The content script's context until its core starts (docs/adr/0023-first-stage-context.md).
//
// WXT's content-script entry makes a `ContentScriptContext` before it calls `main`: an
// AbortController, a CustomEvent and a postMessage for its started channel (closed anyway: ADR 0008),
// a listener, and at module load an `Event` subclass. In a content script's fresh isolated world the
// first use of each such DOM interface is paid on every page: measured, about
// 0.4 ms of the ~2.3 ms of script the content script added to a page load (ADR 0023). The
// first stage needs only the context's invalidation. So for the `content` entrypoint only,
// wxt.config.ts points WXT's import of the class at this module, and the core (which needs the whole
// context: the card's shadow-root UI, timers, listeners) makes WXT's own `ContentScriptContext` from
// it (`src/entrypoints/content/core-context.ts`), tied to it both ways.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** What WXT passes the context: the content script's definition without `main`. */
export type ContentScriptOptions = ConstructorParameters<typeof ContentScriptContext>[1];

/**
 * ContentScriptContext's invalidation and nothing else, with WXT's constructor (WXT makes it with
 * the entrypoint's name and definition) and WXT's rules: the context is invalid once the
 * extension's runtime is gone (reloaded, updated or removed: `browser.runtime.id` unset, checked
 * each time `isInvalid` is read) or `notifyInvalidated()` was called; then every `onInvalidated`
 * callback runs once, in the order added. A callback added after that is never called (an aborted
 * signal's listeners are not either).
 */
export class FirstStageContext {
  private invalid = false;
  private callbacks: (() => void)[] = [];

  constructor(
    readonly contentScriptName: string,
    readonly options?: ContentScriptOptions,
  ) {}

  get isInvalid(): boolean {
    if (!this.invalid && browser.runtime?.id == null) this.notifyInvalidated();
    return this.invalid;
  }

  /** Calls `cb` when the context is invalidated; returns a function that removes it. */
  onInvalidated(cb: () => void): () => void {
    if (!this.invalid) this.callbacks.push(cb);
    return () => {
      this.callbacks = this.callbacks.filter((c) => c !== cb);
    };
  }

  /** Invalidates the context (once): its callbacks run. */
  notifyInvalidated(): void {
    if (this.invalid) return;
    this.invalid = true;
    const callbacks = this.callbacks;
    this.callbacks = [];
    for (const cb of callbacks) cb();
  }
}

// The name WXT's content-script entry imports (wxt.config.ts points that import here).
export { FirstStageContext as ContentScriptContext };
