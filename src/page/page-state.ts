// CONTRACT.md: `<html data-brieflight-state>` is "scanning" while work is pending, else "idle" —
// only on a page that opts in by carrying the attribute (any value) when the content script
// starts (tests and tools, with an init script). Any other page gets no attribute: nothing tells
// it that Brieflight is installed (issue 17, "Off leaves no trace").
export type PageState = 'scanning' | 'idle';
import { STATE_ATTR } from '@/page/dom-contract';

const optedIn = new WeakSet<Document>();

/**
 * Reads whether `doc` opts in to the state attribute: it does when `<html>` carries it now. The
 * content script asks once, when it starts; later changes of the page do not opt it in.
 */
export function optInPageState(doc: Document): boolean {
  const opts = doc.documentElement?.hasAttribute(STATE_ATTR) === true;
  if (opts) optedIn.add(doc);
  else optedIn.delete(doc);
  return opts;
}

/** Writes the state, on a document that opted in (optInPageState); does nothing on any other. */
export function setPageState(doc: Document, state: PageState): void {
  if (!optedIn.has(doc)) return;
  const root = doc.documentElement;
  if (root && root.getAttribute(STATE_ATTR) !== state) root.setAttribute(STATE_ATTR, state);
}
