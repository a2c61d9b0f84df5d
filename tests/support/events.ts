/**
 * Marks an event as the browser's own (`isTrusted === true`), as only a browser can make it. For
 * unit tests: happy-dom leaves `isTrusted` undefined, and code under test must tell the reader's
 * input and the browser's events from a page's `dispatchEvent`.
 */
export function trusted<E extends Event>(e: E): E {
  Object.defineProperty(e, 'isTrusted', { value: true });
  return e;
}
