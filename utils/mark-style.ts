// The element marks' stylesheet (entrypoints/content/element-marks.css), adopted into the document
// and into every open shadow root that holds marks, only once marks are made (a page where
// Brieflight is off, or paints its highlights, is styled not at all), and taken away again when
// every mark is removed.
//
// The rules select `mark.brieflight-mark.<MARK_TOKEN>`: MARK_TOKEN is a class made afresh for each
// page load (each frame: content scripts run once per document), from the browser's random source.
// A page cannot predict it, so its own `<mark class="brieflight-mark">` (a forgery, or marks
// someone pasted into their content) is never styled. The token reveals no setting.
//
// A constructed stylesheet in `adoptedStyleSheets`: no <style> element the page could see or a
// CSP could block. The "background" style variant is keyed on <html data-brieflight-style>, which
// a shadow tree can only see through `:host-context()` (Chromium); where that selector is unknown
// (Firefox) the rule is dropped and the marks keep the underline.
import template from '@/entrypoints/content/element-marks.css?inline';

/** The contract's class on every mark (CONTRACT.md, "Element marks"). */
export const MARK_CLASS = 'brieflight-mark';

function randomToken(): string {
  const bytes = new Uint8Array(9);
  crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += b.toString(36).padStart(2, '0');
  // A class name must not start with a digit to be usable in a selector unescaped.
  return `bl${s}`;
}

/** This page's unpredictable second class of every mark the extension makes. */
export const MARK_TOKEN = randomToken();

/** Selects the extension's own marks only (forged ones lack the token). */
export const OWN_MARK_SELECTOR = `mark.${MARK_CLASS}.${MARK_TOKEN}`;

const PLACEHOLDER = /mark\.brieflight-mark\.brieflight-token/g;
const DOCUMENT_SCOPE = /html\[data-brieflight-style='background'\]/g;

/** The rules for the document. */
export const MARK_CSS = template.replace(PLACEHOLDER, OWN_MARK_SELECTOR);
/** The rules for a shadow root: the document's style attribute seen through `:host-context()`. */
export const SHADOW_MARK_CSS = MARK_CSS.replace(DOCUMENT_SCOPE, ":host-context(html[data-brieflight-style='background'])");

type Styled = Document | ShadowRoot;
const sheets = new WeakMap<Document, { doc: CSSStyleSheet | null; shadow: CSSStyleSheet | null }>();

function makeSheet(doc: Document, css: string): CSSStyleSheet | null {
  try {
    const Ctor = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Ctor();
    sheet.replaceSync(css);
    return sheet;
  } catch {
    // No constructable stylesheets here: the marks keep the page's styles.
    return null;
  }
}

/** One sheet of each kind per document (a sheet can only be adopted in its own document). */
function sheetFor(root: Styled): CSSStyleSheet | null {
  const doc = root.nodeType === 9 ? (root as Document) : (root as ShadowRoot).ownerDocument;
  let pair = sheets.get(doc);
  if (!pair) {
    pair = { doc: makeSheet(doc, MARK_CSS), shadow: makeSheet(doc, SHADOW_MARK_CSS) };
    sheets.set(doc, pair);
  }
  return root.nodeType === 9 ? pair.doc : pair.shadow;
}

/** Gives the document or an open shadow root the marks' stylesheet, once. */
export function adoptMarkStyle(root: Styled): void {
  const sheet = sheetFor(root);
  if (!sheet) return;
  try {
    const current = root.adoptedStyleSheets;
    if (current.includes(sheet)) return;
    root.adoptedStyleSheets = [...current, sheet];
  } catch {
    // A page may freeze or replace adoptedStyleSheets; the marks still work, only unstyled.
  }
}

/** Takes the marks' stylesheet away again (no mark left: nothing of ours stays observable). */
export function removeMarkStyle(root: Styled): void {
  const doc = root.nodeType === 9 ? (root as Document) : (root as ShadowRoot).ownerDocument;
  const pair = sheets.get(doc);
  const sheet = root.nodeType === 9 ? pair?.doc : pair?.shadow;
  if (!sheet) return;
  try {
    const current = root.adoptedStyleSheets;
    if (current.includes(sheet)) root.adoptedStyleSheets = current.filter((s) => s !== sheet);
  } catch {
    // As above: the page owns the list.
  }
}
