// Finding the page's open shadow roots. A TreeWalker does not enter shadow trees, and testing
// every element for `.shadowRoot` would double the cost of the walk. Every element that hosts a
// shadow root in practice is a custom element (its name has a hyphen); one native XPath query
// lists just those, without creating a script object for every element it passes (about 0.15 µs
// an element, against 0.5 µs for visiting it from script).
//
// Limits (docs/adr/0003-live-pages.md): built-in elements that host a root (`div.attachShadow`)
// are not looked at; closed roots (our card's, among others) are invisible by design; a root
// attached after its host was scanned is found only when that host's subtree changes again.

/** XPathResult.UNORDERED_NODE_SNAPSHOT_TYPE */
const UNORDERED_SNAPSHOT = 6;
const CUSTOM = "descendant-or-self::*[contains(local-name(), '-')]";

/** The open shadow roots of the custom elements in `root`'s subtree (not inside those roots). */
export function findOpenShadowRoots(root: Node): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  let snapshot: XPathResult | undefined;
  try {
    snapshot = doc.evaluate(CUSTOM, root, null, UNORDERED_SNAPSHOT, null);
  } catch {
    snapshot = undefined;
  }
  if (snapshot) {
    for (let i = 0, n = snapshot.snapshotLength; i < n; i++) {
      const sr = (snapshot.snapshotItem(i) as Element).shadowRoot;
      if (sr) out.push(sr);
    }
    return out;
  }
  // No XPath here (some test DOMs): look at the elements one by one, without recursion.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let n: Node | null = root.nodeType === 1 ? root : walker.nextNode(); n; n = walker.nextNode()) {
    const el = n as Element;
    if (el.localName.includes('-') && el.shadowRoot) out.push(el.shadowRoot);
  }
  return out;
}
