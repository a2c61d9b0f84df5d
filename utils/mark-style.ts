// The marks' stylesheet for the page's open shadow roots. The manifest injects
// entrypoints/content/marks.css into the document, but a document's styles do not reach into a
// shadow tree: each open root that holds marks gets these rules as a constructed stylesheet
// (`adoptedStyleSheets`, no <style> element the page could see or a CSP could block).
//
// The rules are marks.css itself, the one source of the marks' look. The "background" style
// variant is keyed on <html data-brieflight-style>, which a shadow tree can only see through
// `:host-context()` (Chromium); where that selector is unknown (Firefox) the rule is dropped and the
// marks keep the underline.
import marksCss from '@/entrypoints/content/marks.css?inline';

const DOCUMENT_SCOPE = /html\[data-brieflight-style='background'\]/g;
export const MARK_CSS = marksCss.replace(DOCUMENT_SCOPE, ":host-context(html[data-brieflight-style='background'])");

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
