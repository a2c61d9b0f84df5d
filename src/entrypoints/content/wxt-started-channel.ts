// WXT's ContentScriptContext (wxt 0.21) announces each content script to "older copies" of itself
// through the page: it posts `{ type: '<extension id>:content:wxt:content-script-started' }` with
// window.postMessage and dispatches a CustomEvent of that name on `document`, and it invalidates
// itself when such an event arrives with another id. Both channels are the page's to read and to
// write: any page learns the extension's id (a fingerprint) and can switch Brieflight off with one
// dispatchEvent (found by tests/e2e/hostile.spec.ts).
//
// This closes the channel in the content script's own world, before WXT creates the context:
// our world's postMessage, dispatchEvent and addEventListener skip that one message and event
// type, so nothing is posted, nothing is dispatched, and nothing listens. The page's world is not
// touched. What is lost is WXT's stopping of an old copy after an extension update; an orphaned
// copy stops anyway once `browser.runtime.id` is gone (ctx.isInvalid), and our marks are never
// marked twice (src/page/markable.ts excludes them).

const STARTED_SUFFIX = ':wxt:content-script-started';

function isStarted(type: unknown): boolean {
  return typeof type === 'string' && type.endsWith(STARTED_SUFFIX);
}

export function closeWxtStartedChannel(win: Window | undefined = globalThis.window): void {
  // WXT also imports the entrypoint in Node at build time, where there is no real window.
  const doc = win?.document;
  if (!win || !doc || typeof win.postMessage !== 'function' || typeof doc.dispatchEvent !== 'function')
    return;
  const post = win.postMessage.bind(win) as (...args: unknown[]) => void;
  win.postMessage = ((message: unknown, ...rest: unknown[]) => {
    if (typeof message === 'object' && message !== null && isStarted((message as { type?: unknown }).type))
      return;
    post(message, ...rest);
  }) as Window['postMessage'];
  const dispatch = doc.dispatchEvent.bind(doc);
  doc.dispatchEvent = (event: Event): boolean => (isStarted(event.type) ? true : dispatch(event));
  const add = doc.addEventListener.bind(doc) as (...args: unknown[]) => void;
  doc.addEventListener = ((type: string, ...rest: unknown[]) => {
    if (!isStarted(type)) add(type, ...rest);
  }) as Document['addEventListener'];
}
