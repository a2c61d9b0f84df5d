/**
 * What `document.open()` does to a page's listeners, for unit tests: happy-dom keeps listeners
 * across a replaced document, Chromium erases them (every listener of the document and its
 * window). So a test replaces `<html>` as document.open() would and records which event types are
 * added again on `targets` while that settles: those are the listeners that would survive.
 *
 * @returns the event types added on `targets`, in order, during the replacement and one task after.
 */
export async function listenersAddedOnReplace(targets: readonly (Window | Document)[]): Promise<string[]> {
  const added: string[] = [];
  const originals = targets.map((t) => t.addEventListener.bind(t));
  targets.forEach((t, i) => {
    t.addEventListener = ((type: string, l: EventListener, o?: AddEventListenerOptions) => {
      added.push(type);
      originals[i]!(type, l, o);
    }) as typeof t.addEventListener;
  });
  try {
    const fresh = document.createElement('html');
    fresh.append(document.createElement('head'), document.createElement('body'));
    document.documentElement.remove();
    document.append(fresh);
    await new Promise((done) => setTimeout(done, 0));
  } finally {
    targets.forEach((t, i) => {
      t.addEventListener = originals[i]!;
    });
  }
  return added;
}
