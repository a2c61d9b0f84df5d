// A static stand-in for document.createNodeIterator while mark.js runs. Apart from the highlighter
// because it swaps a method of the document for the length of one call: a trick kept in one place.

/**
 * mark.js walks each context with a NodeIterator. Live NodeIterators are kept up to date by the
 * browser on every DOM removal, and mark.js creates one per context and never detaches it, so
 * marking n text nodes costs O(n²) (5× the hand-written wrapping on a big page). Our contexts are
 * the text nodes themselves, so while mark.js runs, an iterator over a text node is a static
 * stand-in that yields that node once (same previousNode()/nextNode() protocol).
 */
export function withStaticIterators<T>(run: () => T): T {
  const doc = globalThis.document as Document & { createNodeIterator: Document['createNodeIterator'] };
  const native = doc.createNodeIterator;
  const own = Object.prototype.hasOwnProperty.call(doc, 'createNodeIterator');
  doc.createNodeIterator = function (root: Node, what?: number, filter?: NodeFilter | null): NodeIterator {
    if (root.nodeType !== Node.TEXT_NODE) return native.call(doc, root, what, filter);
    const f = typeof filter === 'function' ? filter : filter?.acceptNode.bind(filter);
    const ok = !f || f(root) === NodeFilter.FILTER_ACCEPT;
    let after = false;
    return {
      nextNode: () => (ok && !after ? ((after = true), root) : null),
      previousNode: () => (ok && after ? ((after = false), root) : null),
    } as unknown as NodeIterator;
  };
  try {
    return run();
  } finally {
    if (own) doc.createNodeIterator = native;
    else delete (doc as { createNodeIterator?: unknown }).createNodeIterator;
  }
}
