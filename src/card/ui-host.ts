// The extension's own UI hosts (today: the card's host, src/card/card-host.tsx). The host is a
// plain built-in element with no name, class or attribute of ours (a page could define, predict or
// forge any of those: issue 17), so the content script recognises it by identity alone.
//
// The card module (card-ui.js) and the content script are separate bundles: a module-level
// WeakSet would exist twice. Both run in the content script's world (Chrome's isolated world,
// Firefox's content-script sandbox), so the set lives on that world's global object, under a
// registry symbol both bundles derive from the same key. The page's world has another global
// object: it can neither read the set nor add to it (docs/adr/0015-card-host.md).

const KEY = Symbol.for('brieflight.own-ui-hosts');

/** The hosts: a set to ask, and weak references to list them (a host the page dropped is freed). */
interface Hosts {
  set: WeakSet<Node>;
  refs: WeakRef<Element>[];
}

type Slot = typeof globalThis & { [KEY]?: Hosts };

function hosts(): Hosts {
  const slot = globalThis as Slot;
  return (slot[KEY] ??= { set: new WeakSet<Node>(), refs: [] });
}

/** Records `node` as one of the extension's UI hosts (the card host calls this when it makes one). */
export function registerOwnUiHost(node: Element): void {
  const h = hosts();
  if (h.set.has(node)) return;
  h.set.add(node);
  h.refs.push(new WeakRef(node));
}

/**
 * True when `node` is a host the extension made (scanners skip it; focus and pointer routing treat
 * it as the card). Any element the page made, whatever its tag or attributes, is false.
 */
export function isOwnUiHost(node: Node): boolean {
  return hosts().set.has(node);
}

/** The hosts the extension made that are still alive, in the order they were made. */
export function ownUiHosts(): Element[] {
  const h = hosts();
  const out: Element[] = [];
  h.refs = h.refs.filter((ref) => {
    const host = ref.deref();
    if (host) out.push(host);
    return host !== undefined;
  });
  return out;
}
