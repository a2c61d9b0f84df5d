// Where the browser's Tab would go from an element: the card's frame reports Tab past its last
// control, and focus goes on from the link that opened it as if the card were right after it
// (src/card/card-controller.ts onCardKey). The frame's own key event never reaches the page, so
// the browser's default move cannot be used.

/** Elements that take focus in sequential (Tab) order, unless disabled, inert or unrendered. */
const TABBABLE =
  'a[href], area[href], button, input:not([type="hidden"]), select, textarea, iframe, summary, ' +
  '[contenteditable]:not([contenteditable="false"]), [tabindex]';

/**
 * The next element after `from` (and outside it) in document order that Tab would reach: not
 * disabled, not inert, rendered (it has a box), with no negative tabindex, and not one `skip`
 * refuses (the card's own host). Undefined when none follows. Limits: positive tabindex values
 * are taken in document order, and open shadow roots' contents are not entered.
 */
export function nextTabbable(
  from: Element,
  skip: (el: Element) => boolean = () => false,
): HTMLElement | undefined {
  const doc = from.ownerDocument;
  for (const el of doc.querySelectorAll<HTMLElement>(TABBABLE)) {
    if (from.contains(el) || !(from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (isTabbable(el) && !skip(el)) return el;
  }
  return undefined;
}

function isTabbable(el: HTMLElement): boolean {
  if (el.tabIndex < 0) return false;
  if ((el as HTMLElement & { disabled?: boolean }).disabled === true) return false;
  if (el.closest('[inert]')) return false;
  if (el.getClientRects().length === 0) return false;
  return true;
}
