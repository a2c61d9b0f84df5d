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
//
// Our card's host is the other thing of ours a selection can hold: where the page has a modal
// <dialog> open, the host goes inside it (the top layer), and copying the dialog's text would copy
// it as an empty `<div popover="manual">`, with element marks or painted highlights alike. A copy
// whose selection holds one gets the same clean data, without the host.
//
// Dragging is the same fault by another way: the browser fills a drag's DataTransfer with the
// dragged selection's HTML (or a dragged link's), marks included, and dropping it into an editor
// pastes them. A trusted `dragstart` replaces that text/html with the clean copy (without
// preventDefault(), which would cancel the drag); the page's own dragstart handler wins as above.

import { ownUiHosts } from '@/card/ui-host';
import { OWN_MARK_SELECTOR } from '@/page/mark-style';

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
 * Removes from `part` (what `range.cloneContents()` gave) the clones of `hosts`, nodes in `range`.
 * The clone keeps no link to its original, but cloneContents() copies exactly the nodes the range
 * intersects, in document order: the two walks below go step by step over the same tree.
 */
function dropClonesOf(range: Range, part: DocumentFragment, hosts: readonly Element[]): void {
  const common = range.commonAncestorContainer;
  const doc = common.ownerDocument ?? (common as Document);
  const original = doc.createTreeWalker(common, NodeFilter.SHOW_ALL, {
    acceptNode: (n) => (range.intersectsNode(n) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  const copy = doc.createTreeWalker(part, NodeFilter.SHOW_ALL);
  const drop: Node[] = [];
  for (let o = original.nextNode(), c = copy.nextNode(); o && c; o = original.nextNode(), c = copy.nextNode())
    if (hosts.includes(o as Element)) drop.push(c);
  for (const c of drop) c.parentNode?.removeChild(c);
}

/**
 * What the clipboard should hold for `selection`, or null when the selection holds none of our
 * marks and none of our UI hosts (the browser's own copy is then exactly right). Reads the page;
 * writes nothing to it (the copy is made in a fragment and serialized in an inert document).
 * `hosts`: the extension's UI hosts (default: src/card/ui-host.ts's).
 */
export function cleanCopyData(
  selection: Selection | null,
  hosts: readonly Element[] = ownUiHosts(),
): CopyData | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const first = selection.getRangeAt(0);
  const doc = first.startContainer.ownerDocument ?? (first.startContainer as Document);
  const frag = doc.createDocumentFragment();
  let ours = false;
  for (let i = 0; i < selection.rangeCount; i++) {
    const range = selection.getRangeAt(i);
    // A selection inside one mark: the browser would copy the mark around it as context.
    const common = range.commonAncestorContainer;
    const around = common.nodeType === Node.ELEMENT_NODE ? (common as Element) : common.parentElement;
    if (around?.closest(OWN_MARK_SELECTOR)) ours = true;
    const part = range.cloneContents();
    // The card's host is known by identity only (src/card/ui-host.ts), which a clone loses: its clone
    // is found by position, so before the marks are unwrapped. An element of the page's that merely
    // looks like it is copied.
    const held = hosts.filter((h) => h.isConnected && range.intersectsNode(h));
    if (held.length > 0) {
      dropClonesOf(range, part, held);
      ours = true;
    }
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
 * What a dragged element (a link, an image's parent) should carry as text/html: its own markup
 * with our marks unwrapped, or null when it holds none of our marks and sits in none.
 */
export function cleanElementHtml(el: Element): string | null {
  if (!el.closest(OWN_MARK_SELECTOR) && !el.querySelector(OWN_MARK_SELECTOR)) return null;
  const clone = el.closest(OWN_MARK_SELECTOR) ? null : (el.cloneNode(true) as Element);
  const doc = el.ownerDocument;
  const box = doc.implementation.createHTMLDocument('').createElement('div');
  if (!clone) {
    // Inside one of our marks: its text, as the page has it.
    box.append(el.textContent ?? '');
    return serialize(box);
  }
  for (const m of clone.querySelectorAll(OWN_MARK_SELECTOR)) m.replaceWith(...m.childNodes);
  clone.normalize();
  box.append(clone);
  return serialize(box);
}

/**
 * The `dragstart` listener (on the window, bubbling): a dragged selection, or a dragged element
 * holding our marks, carries the page's markup only. Returns true when it wrote.
 */
export function onDragStart(e: DragEvent): boolean {
  if (!e.isTrusted || e.defaultPrevented || !e.dataTransfer) return false;
  const target = e.target;
  if (!(target instanceof Node)) return false;
  const doc = target.ownerDocument ?? document;
  const sel = doc.getSelection();
  if (sel && !sel.isCollapsed && sel.rangeCount > 0 && sel.containsNode(target, true)) {
    const data = cleanCopyData(sel);
    if (!data) return false;
    e.dataTransfer.setData('text/html', data.html);
    e.dataTransfer.setData('text/plain', data.text);
    return true;
  }
  // A dragged link: the browser's text/plain and text/uri-list (its address) stay.
  const html = target instanceof Element ? cleanElementHtml(target) : null;
  if (html === null) return false;
  e.dataTransfer.setData('text/html', html);
  return true;
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
