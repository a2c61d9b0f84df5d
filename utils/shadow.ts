// Finding the page's open shadow roots. A TreeWalker does not enter shadow trees, and visiting
// every element from script to test `.shadowRoot` would double the cost of the walk. Only custom
// elements and a short list of built-in elements can host a shadow root (DOM Standard,
// `attachShadow()`: a valid custom element name, or article, aside, blockquote, body, div, footer,
// h1–h6, header, main, nav, p, section, span). One native XPath query lists just those, without
// creating a script object for the elements it passes over; only the candidates are asked.
//
// Roots attached later (docs/adr/0010-paint-dont-wrap.md): attachShadow() makes no mutation
// record, so the scanner looks again at an element whose children change (its light DOM), and at
// undefined custom elements (`:not(:defined)`) when they are defined — through
// `customElements.whenDefined` where the content script's world has a registry, and otherwise at
// every batch of the page's changes while any is left undefined.
// Closed roots (our card's, among others) are invisible by design.

/** XPathResult.UNORDERED_NODE_SNAPSHOT_TYPE */
const UNORDERED_SNAPSHOT = 6;

/** The built-in elements that may host a shadow root (DOM Standard, attachShadow()). */
export const SHADOW_HOST_TAGS = [
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'main', 'nav', 'p', 'section', 'span',
] as const;
const HOST_SET = new Set<string>(SHADOW_HOST_TAGS);

const CANDIDATES = `descendant-or-self::*[contains(local-name(), '-') or ${SHADOW_HOST_TAGS.map((t) => `self::${t}`).join(' or ')}]`;

/** True when `el` may host a shadow root: a custom element's name, or one of the built-ins. */
export function mayHostShadow(el: Element): boolean {
  const name = el.localName;
  return name.includes('-') || HOST_SET.has(name);
}

/** The open shadow roots of the elements in `root`'s subtree (not inside those roots). */
export function findOpenShadowRoots(root: Node): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  let snapshot: XPathResult | undefined;
  try {
    snapshot = doc.evaluate(CANDIDATES, root, null, UNORDERED_SNAPSHOT, null);
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
    if (mayHostShadow(el) && el.shadowRoot) out.push(el.shadowRoot);
  }
  return out;
}

/** The custom elements in `root`'s subtree not defined yet: their shadow roots may come later. */
export function findUndefined(root: ParentNode): Element[] {
  try {
    return [...root.querySelectorAll(':not(:defined)')];
  } catch {
    // A DOM without the :defined pseudo-class.
    return [];
  }
}
