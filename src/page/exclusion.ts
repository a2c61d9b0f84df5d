// Regions that become excluded after they were marked (CONTRACT.md, "Both ways": a contenteditable
// region, also one that becomes editable later, and a document in designMode). An attribute
// set later, or marked text moved into code/pre, shows up as a mutation (src/page/observe.ts triage).
// `document.designMode = 'on'` makes no mutation and fires no event, so it is noticed when the
// reader starts using the editor: the first trusted focus or `beforeinput` in the document, both
// before any edit is made (the editor never sees, or saves, a mark).
import type { PageListeners } from '@/page/page-listeners';

/**
 * Calls `onDesignMode` (synchronously, before the edit) when the reader focuses or starts editing
 * a document that is in designMode. Events a page dispatches itself are ignored. Returns the
 * function that stops listening. With `listeners`, the listeners are theirs (they survive
 * document.open(); src/page/page-listeners.ts) and end with their dispose().
 */
export function watchDesignMode(
  doc: Document,
  onDesignMode: () => void,
  listeners?: PageListeners,
): () => void {
  const check = (e: Event) => {
    if (e.isTrusted && doc.designMode === 'on') onDesignMode();
  };
  const options = { capture: true, passive: true };
  if (listeners) {
    listeners.on('document', 'focusin', check, options);
    listeners.on('document', 'beforeinput', check, options);
    return () => undefined;
  }
  doc.addEventListener('focusin', check, options);
  doc.addEventListener('beforeinput', check, options);
  return () => {
    doc.removeEventListener('focusin', check, options);
    doc.removeEventListener('beforeinput', check, options);
  };
}
