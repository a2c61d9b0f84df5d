import { afterEach, describe, expect, it } from 'vitest';
import { trusted } from '@@/tests/support/events';
import { PageListeners } from '@/page/page-listeners';

let listeners: PageListeners | undefined;
afterEach(() => {
  listeners?.dispose();
  listeners = undefined;
});

const tick = () => new Promise((done) => setTimeout(done, 0));

/** What document.open() and a write do to the tree: a new <html> in place of the old one. */
function replaceRoot(): void {
  const fresh = document.createElement('html');
  fresh.append(document.createElement('head'), document.createElement('body'));
  document.documentElement.remove();
  document.append(fresh);
}

describe('PageListeners', () => {
  it('hears only the browser’s own events, not a page’s dispatchEvent', () => {
    const heard: string[] = [];
    listeners = new PageListeners(document);
    listeners.on('window', 'pagehide', (e) => heard.push(e.type));
    listeners.on('document', 'visibilitychange', (e) => heard.push(e.type));
    window.dispatchEvent(new Event('pagehide'));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(heard).toEqual([]);
    window.dispatchEvent(trusted(new Event('pagehide')));
    document.dispatchEvent(trusted(new Event('visibilitychange')));
    expect(heard).toEqual(['pagehide', 'visibilitychange']);
  });

  it('adds its listeners again when the document’s root is replaced (document.open), once each', async () => {
    const heard: string[] = [];
    let rearmed = 0;
    listeners = new PageListeners(document, () => rearmed++);
    listeners.on('window', 'pagehide', (e) => heard.push(e.type));
    // document.open() erases every listener of the window and the document, ours included (happy-dom
    // does not): what must happen then is a new addEventListener for each of ours.
    const added: string[] = [];
    const add = window.addEventListener.bind(window);
    window.addEventListener = ((type: string, listener: EventListener, options?: AddEventListenerOptions) => {
      added.push(type);
      add(type, listener, options);
    }) as typeof window.addEventListener;
    try {
      replaceRoot();
      await tick();
    } finally {
      window.addEventListener = add;
    }
    expect(added).toEqual(['pagehide']);
    expect(rearmed).toBe(1);
    window.dispatchEvent(trusted(new Event('pagehide')));
    // Re-adding removed the old registration first: one event, one call.
    expect(heard).toEqual(['pagehide']);
    // Changes below the root are not a new document.
    document.body.append(document.createElement('p'));
    await tick();
    expect(rearmed).toBe(1);
  });

  it('dispose() removes every listener and stops watching', async () => {
    const heard: string[] = [];
    let rearmed = 0;
    listeners = new PageListeners(document, () => rearmed++);
    listeners.on('window', 'pageshow', (e) => heard.push(e.type));
    listeners.dispose();
    window.dispatchEvent(trusted(new Event('pageshow')));
    replaceRoot();
    await tick();
    expect(heard).toEqual([]);
    expect(rearmed).toBe(0);
  });
});
