// Reading the reader's events on the page: which element an event is about (through open shadow
// roots), and whether focus came from the keyboard onto a link or control.

/**
 * Links and controls: what a reader tabs to, whose text is its name. A focused region (a skip
 * link's target, a focusable article) is no link to a mention: its first one opens nothing.
 */
const LINK_OR_CONTROL =
  'a[href], area[href], button, summary, [role="link"], [role="button"], [role="tab"], ' +
  '[role="menuitem"], [role="option"], [role="treeitem"], [role="checkbox"], [role="radio"], [role="switch"]';

export function isLinkOrControl(el: Element): boolean {
  try {
    return el.matches(LINK_OR_CONTROL);
  } catch {
    return false;
  }
}

/** True for focus a keyboard gave (or a script after keyboard use), not a mouse click or a tap. */
export function isKeyboardFocus(el: Element): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true;
  }
}

/**
 * The node an event happened on. At the document, an event from inside a page's open shadow root is
 * retargeted to its host; the composed path still starts at the real target (closed roots, our
 * card's among them, stay hidden: their path starts at the host).
 */
export function targetOf(e: Event): EventTarget | null {
  return e.composedPath()[0] ?? e.target;
}

export function elementOf(target: EventTarget | null): Element | null {
  if (target instanceof Element) return target;
  return target instanceof Node ? target.parentElement : null;
}
