// Finding the page's open shadow roots, on any element that can host one (custom elements and
// the built-ins `attachShadow()` accepts: div, span, p, section, …). One TreeWalker over the
// elements, asking each for `.shadowRoot`: measured in Chromium 156 on the corpus, 0.1 ms for
// wapo-2's 708 elements and 1.9 ms for wikipedia-2's 9,488, where an XPath query listing the
// candidate names took 6 and 69 ms (a `self::div or self::span or …` test per element is slow in
// Blink's XPath), `querySelectorAll` of those names 0.3 and 7 ms.
//
// Roots attached later (docs/adr/0010-paint-dont-wrap.md): attachShadow() makes no mutation
// record, so the scanner looks again at an element whose children change (its light DOM), and at
// undefined custom elements (`:not(:defined)`) when they are defined — through
// `customElements.whenDefined` where the content script's world has a registry, and otherwise at
// every batch of the page's changes and on a doubling timer while any is left undefined.
// Closed roots (our card's, among others) are invisible by design.

import { WeakList } from '@/utils/weak-list';

/** The open shadow roots of the elements in `root`'s subtree (not inside those roots). */
export function findOpenShadowRoots(root: Node): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (
    let n: Node | null = root.nodeType === Node.ELEMENT_NODE ? root : walker.nextNode();
    n;
    n = walker.nextNode()
  ) {
    const sr = (n as Element).shadowRoot;
    if (sr) out.push(sr);
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

/**
 * The open shadow roots one part of the extension reads (the painter's, the highlighter's): each
 * once, held weakly (a page that drops a root frees it), in the order first seen.
 */
export class KnownRoots extends WeakList<ShadowRoot> {}
