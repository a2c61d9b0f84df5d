// Where text may be marked at all: outside CONTRACT.md's excluded elements, our own marks and
// editable regions. Apart from the highlighter because the scanner's walk and the observer ask
// it too, without a highlighter.
import { EDITABLE_SELECTOR, NOT_TEXT_TAGS } from '@/page/excluded';
import { MARK_CLASS } from '@/page/dom-contract';

/**
 * Elements whose text is not running prose (or not the page's to change): CONTRACT.md's list, our
 * own marks (so a second pass never nests marks). The card's host needs no entry: its content is in
 * a closed root no walk enters, and a page element named like it is the page's text.
 */
const EXCLUDED_TAGS = [...NOT_TEXT_TAGS, `mark.${MARK_CLASS}`, EDITABLE_SELECTOR];
export const EXCLUDED_SELECTOR = EXCLUDED_TAGS.join(',');
// mark.js tests `exclude` only against a text node's direct parent, so given element contexts it
// would need every excluded element twice (`X` and `X *`). Our contexts are the text nodes
// themselves, each already checked against all its ancestors by isMarkable() (closest() with the
// list above): the same exclusion, done once. Passing the list to mark.js as well would test every
// candidate's ancestors a second time (about 10 % of the whole first pass on a big page).

/** True when text inside `el` must never be marked. */
export function isExcluded(el: Element): boolean {
  if (el.closest(EXCLUDED_SELECTOR) !== null) return true;
  // The attribute is covered above; designMode makes the whole document editable. (Only then is
  // isContentEditable asked: it brings the page's style up to date, which is not free.)
  return el.ownerDocument.designMode === 'on' && (el as HTMLElement).isContentEditable === true;
}

/**
 * True when the text node `t` may be marked, as far as where it sits goes: its parent is not an
 * excluded element. Text directly inside a shadow root (no parent element) may be marked.
 */
export function isMarkable(t: Text): boolean {
  const p = t.parentElement;
  if (p) return !isExcluded(p);
  const parent = t.parentNode;
  return parent !== null && parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE; /* a shadow root */
}
