// Copying a selection that holds element marks (CONTRACT.md: the page's DOM behaves as without
// the extension). Left alone, the browser copies our <mark class="brieflight-mark" …> elements
// into the clipboard's HTML, with the computed underline inlined as a style attribute: pasted into
// a mail or a document, the names arrive underlined, and a CMS stores our markup.
//
// So a trusted `copy` event whose selection holds our marks gets its clipboard data from a copy of
// the selection with our marks unwrapped: text/html is the page's own markup only, text/plain is
// what the browser would have written (`Selection.toString()`, which marks do not change).
//
// The page's own copy handler wins: the listener is on the window in the bubbling phase, so the
// page's handlers on the copied element, the document and (registered earlier) the window run
// first. If one of them called preventDefault(), it has written the clipboard data itself (or
// chosen to copy nothing), and we leave the event alone. A handler the page adds to the window
// later runs after ours and may overwrite what we set, as it would the browser's. A handler that
// stops the event's propagation before it reaches the window leaves the browser's own copy.

import { OWN_MARK_SELECTOR } from '@/utils/mark-style';

export interface CopyData {
  html: string;
  text: string;
}

/** Serializes the children of `box` (getHTML() where there is one: it only reads). */
function serialize(box: Element): string {
  const withGetHTML = box as Element & { getHTML?: () => string };
  if (typeof withGetHTML.getHTML === 'function') return withGetHTML.getHTML();
  const xml = new XMLSerializer();
  let out = '';
  for (const n of box.childNodes) out += xml.serializeToString(n);
  return out;
}

/**
 * What the clipboard should hold for `selection`, or null when the selection holds none of our
 * marks (the browser's own copy is then exactly right). Reads the page; writes nothing to it (the
 * copy is made in a fragment and serialized in an inert document).
 */
export function cleanCopyData(selection: Selection | null): CopyData | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const first = selection.getRangeAt(0);
  const doc = first.startContainer.ownerDocument ?? (first.startContainer as Document);
  const frag = doc.createDocumentFragment();
  let ours = false;
  for (let i = 0; i < selection.rangeCount; i++) {
    const range = selection.getRangeAt(i);
    // A selection inside one mark: the browser would copy the mark around it as context.
    const common = range.commonAncestorContainer;
    const around = common.nodeType === 1 ? (common as Element) : common.parentElement;
    if (around?.closest(OWN_MARK_SELECTOR)) ours = true;
    const part = range.cloneContents();
    for (const m of part.querySelectorAll(OWN_MARK_SELECTOR)) {
      m.replaceWith(...m.childNodes);
      ours = true;
    }
    frag.append(part);
  }
  if (!ours) return null;
  frag.normalize();
  const box = doc.implementation.createHTMLDocument('').createElement('div');
  box.append(frag);
  return { html: serialize(box), text: selection.toString() };
}

/**
 * The `copy` listener (on the window, bubbling): writes clean data when the reader's selection holds
 * our marks and no page handler took the event over. Returns true when it wrote.
 */
export function onCopy(e: ClipboardEvent): boolean {
  if (!e.isTrusted || e.defaultPrevented || !e.clipboardData) return false;
  const doc = e.target instanceof Node ? (e.target.ownerDocument ?? (e.target as Document)) : document;
  const data = cleanCopyData(doc.getSelection());
  if (!data) return false;
  e.clipboardData.setData('text/html', data.html);
  e.clipboardData.setData('text/plain', data.text);
  e.preventDefault();
  return true;
}
