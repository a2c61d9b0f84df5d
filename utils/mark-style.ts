// The marks' stylesheet for the page's open shadow roots. The manifest injects
// entrypoints/content/marks.css into the document, but a document's styles do not reach into a
// shadow tree: each open root that holds marks gets these rules as a constructed stylesheet
// (`adoptedStyleSheets`, no <style> element the page could see or a CSP could block).
//
// Keep in step with entrypoints/content/marks.css (owned by the settings work): the same
// underline, hover/focus tint, dark scheme and forced colours. The "background" style variant is
// keyed on <html data-brieflight-style>, which a shadow tree can only see through
// `:host-context()` (Chromium); where that selector is unknown (Firefox) the rule is dropped and the
// marks keep the underline.
import { MARK_CLASS } from '@/utils/highlight';

const M = `mark.${MARK_CLASS}`;
const BG = `:host-context(html[data-brieflight-style='background']) ${M}`;

export const MARK_CSS = `
${M} {
  background: transparent;
  color: inherit;
  font: inherit;
  padding: 0;
  margin: 0;
  border: 0;
  text-decoration-line: underline;
  text-decoration-style: dotted;
  text-decoration-color: currentColor;
  text-decoration-thickness: from-font;
  text-underline-offset: 0.15em;
  cursor: help;
}
${M}:hover, ${M}:focus { background: rgba(255, 196, 0, 0.22); }
@media (prefers-color-scheme: dark) {
  ${M}:hover, ${M}:focus { background: rgba(255, 214, 102, 0.2); }
}
@media (forced-colors: active) {
  ${M} { text-decoration-color: LinkText; }
  ${M}:hover, ${M}:focus { background: Highlight; color: HighlightText; }
}
${BG} { text-decoration-line: none; background: rgba(255, 214, 0, 0.35); }
${BG}:hover, ${BG}:focus { background: rgba(255, 196, 0, 0.55); }
@media (prefers-color-scheme: dark) {
  ${BG} { background: rgba(255, 214, 102, 0.3); }
}
@media (forced-colors: active) {
  ${BG} { text-decoration-line: underline; background: Mark; color: MarkText; }
}
`;

const sheets = new WeakMap<Document, CSSStyleSheet | null>();

/** One constructed sheet per document (a sheet can only be adopted in its own document). */
function sheetFor(doc: Document): CSSStyleSheet | null {
  let sheet = sheets.get(doc);
  if (sheet !== undefined) return sheet;
  sheet = null;
  try {
    const Ctor = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? CSSStyleSheet;
    sheet = new Ctor();
    sheet.replaceSync(MARK_CSS);
  } catch {
    // No constructable stylesheets here: the marks in shadow roots keep the page's styles.
    sheet = null;
  }
  sheets.set(doc, sheet);
  return sheet;
}

/** Gives an open shadow root the marks' stylesheet, once. */
export function adoptMarkStyle(root: ShadowRoot): void {
  const doc = root.ownerDocument;
  const sheet = sheetFor(doc);
  if (!sheet) return;
  try {
    const current = root.adoptedStyleSheets;
    if (current.includes(sheet)) return;
    root.adoptedStyleSheets = [...current, sheet];
  } catch {
    // A page may freeze or replace adoptedStyleSheets; the marks still work, only unstyled.
  }
}
