/** CONTRACT.md: `<html data-brieflight-state>` is "scanning" while work is pending, else "idle". */
export type PageState = 'scanning' | 'idle';
export const STATE_ATTR = 'data-brieflight-state';

export function setPageState(doc: Document, state: PageState): void {
  const root = doc.documentElement;
  if (root && root.getAttribute(STATE_ATTR) !== state) root.setAttribute(STATE_ATTR, state);
}
