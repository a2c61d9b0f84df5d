// Viewport first: the first pass finds every text node that holds a mention (in document order)
// and then marks the ones the reader sees before the others. Measuring every node would read
// layout thousands of times; in flowing text document order is vertical order, so a binary search
// finds the first node whose box reaches into the viewport; marking starts there and goes down, then
// comes back for the ones above. Pages that position content out of order get an approximate "first", never a wrong result:
// every node is marked, only the order changes.
import { VIEWPORT_PROBE_LIMIT } from '@/utils/timings';

/** Where a text node's box is, vertically, against the viewport: -1 above, 0 in it, 1 below. */
export type Locate = (t: Text) => -1 | 0 | 1;

/** The browser's layout, read through a Range (a text node's own box, not its parent's). */
export function layoutLocate(doc: Document): Locate {
  // Made on the first question: a page with fewer than two candidates never asks.
  let range: Range | undefined;
  return (t) => {
    range ??= doc.createRange();
    const height = doc.defaultView?.innerHeight ?? 0;
    range.selectNodeContents(t);
    const r = range.getBoundingClientRect();
    if (r.bottom < 0) return -1;
    return r.top > height ? 1 : 0;
  };
}

/**
 * The same nodes, from the first one in the viewport on (those in it, then the ones below), then
 * the ones above it, each part in document order.
 */
export function viewportFirst(nodes: readonly Text[], locate: Locate): Text[] {
  const n = nodes.length;
  if (n < 2) return nodes.slice();
  let lo = 0;
  let hi = n;
  let probes = 0;
  while (lo < hi && probes++ < VIEWPORT_PROBE_LIMIT) {
    const mid = (lo + hi) >>> 1;
    if (locate(nodes[mid]!) < 0) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return nodes.slice();
  // Visible ones and those below them are one run in document order: the rotation is enough.
  return [...nodes.slice(lo), ...nodes.slice(0, lo)];
}
