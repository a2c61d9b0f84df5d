// The extension's own UI hosts (today: the card's host, src/card/card-host.tsx). The host is a
// plain built-in element with no name, class or attribute of ours (a page could define, predict or
// forge any of those: issue 17), so the content script recognises it by identity alone.
//
// The card module (card-ui.js) and the content script are separate bundles: a module-level
// WeakSet would exist twice. Both run in the content script's world (Chrome's isolated world,
// Firefox's content-script sandbox), so the set lives on that world's global object, under a
// registry symbol both bundles derive from the same key. The page's world has another global
// object: it can neither read the set nor add to it (docs/adr/0015-card-host.md).

import { WeakList } from '@/utils/weak-list';

const KEY = Symbol.for('brieflight.own-ui-hosts');

type Slot = typeof globalThis & { [KEY]?: WeakList<Element> };

function hosts(): WeakList<Element> {
  const slot = globalThis as Slot;
  return (slot[KEY] ??= new WeakList<Element>());
}

/** Records `node` as one of the extension's UI hosts (the card host calls this when it makes one). */
export function registerOwnUiHost(node: Element): void {
  hosts().add(node);
}

/**
 * True when `node` is a host the extension made (scanners skip it; focus and pointer routing treat
 * it as the card). Any element the page made, whatever its tag or attributes, is false.
 */
export function isOwnUiHost(node: Node): boolean {
  return hosts().has(node);
}

/** The hosts the extension made that are still alive, in the order they were made. */
export function ownUiHosts(): Element[] {
  return hosts().alive();
}
