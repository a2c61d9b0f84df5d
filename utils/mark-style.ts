// The element marks' stylesheet (entrypoints/content/element-marks.css, and
// element-marks-background.css for the "background" style), adopted into the document and into
// every open shadow root that holds marks, only once marks are made (a page where Brieflight is
// off, or paints its highlights, is styled not at all), and taken away again when every mark is
// removed.
//
// The rules select `mark.brieflight-mark.<MARK_TOKEN>`: MARK_TOKEN is a class made afresh for each
// page load (each frame: content scripts run once per document), from the browser's random source.
// A page cannot predict it, so its own `<mark class="brieflight-mark">` (a forgery, or marks
// someone pasted into their content) is never styled. Neither the token nor anything else in the
// page's DOM says which style the reader chose: the style is the sheet's content (setMarkStyle).
//
// Every declaration is !important, inside one anonymous layer: a layered !important declaration
// beats every unlayered !important one of the page whatever its specificity (`mark { all: unset
// !important }`, `article mark { padding: .5em }`, `.legacy * { display: block }`); only a page's
// own layered !important rule declared before ours could win. Both files go into the same layer
// (a second layer would lose to the first on !important declarations).
//
// A constructed stylesheet in `adoptedStyleSheets`: no <style> element the page could see or a
// CSP could block; one per document, shared by the document and its shadow roots.
import base from '@/entrypoints/content/element-marks.css?inline';
import tint from '@/entrypoints/content/element-marks-background.css?inline';

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

export type MarkStyle = 'underline' | 'background';

const PLACEHOLDER = /mark\.brieflight-mark\.brieflight-token/g;

/** The marks' rules for a style, this page's selector in place. */
export function markCss(style: MarkStyle): string {
  const rules = style === 'background' ? `${base}\n${tint}` : base;
  return `@layer {\n${rules.replace(PLACEHOLDER, OWN_MARK_SELECTOR)}\n}`;
}

let current: MarkStyle = 'underline';
const sheets = new WeakMap<Document, CSSStyleSheet | null>();
/** Every sheet made, to restyle them all when the reader changes the style. */
let made: WeakRef<CSSStyleSheet>[] = [];

function makeSheet(doc: Document): CSSStyleSheet | null {
  try {
    const Ctor = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Ctor();
    sheet.replaceSync(markCss(current));
    made.push(new WeakRef(sheet));
    return sheet;
  } catch {
    // No constructable stylesheets here: the marks keep the page's styles.
    return null;
  }
}

/** One sheet per document (a sheet can only be adopted in its own document). */
function sheetFor(doc: Document): CSSStyleSheet | null {
  let sheet = sheets.get(doc);
  if (sheet === undefined) {
    sheet = makeSheet(doc);
    sheets.set(doc, sheet);
  }
  return sheet;
}

type Styled = Document | ShadowRoot;
const docOf = (root: Styled): Document => (root.nodeType === 9 ? (root as Document) : (root as ShadowRoot).ownerDocument);

/** Sets the marks' look (the reader's "highlight style"); applies at once to every sheet made. */
export function setMarkStyle(style: MarkStyle): void {
  if (style === current) return;
  current = style;
  const css = markCss(style);
  made = made.filter((ref) => {
    const sheet = ref.deref();
    if (!sheet) return false;
    try {
      sheet.replaceSync(css);
    } catch {
      // As makeSheet: the marks keep their previous look.
    }
    return true;
  });
}

/** Gives the document or an open shadow root the marks' stylesheet, once. */
export function adoptMarkStyle(root: Styled): void {
  const sheet = sheetFor(docOf(root));
  if (!sheet) return;
  try {
    const list = root.adoptedStyleSheets;
    if (list.includes(sheet)) return;
    root.adoptedStyleSheets = [...list, sheet];
  } catch {
    // A page may freeze or replace adoptedStyleSheets; the marks still work, only unstyled.
  }
}

/** Takes the marks' stylesheet away again (no mark left: nothing of ours stays observable). */
export function removeMarkStyle(root: Styled): void {
  const sheet = sheets.get(docOf(root));
  if (!sheet) return;
  try {
    const list = root.adoptedStyleSheets;
    if (list.includes(sheet)) root.adoptedStyleSheets = list.filter((s) => s !== sheet);
  } catch {
    // As above: the page owns the list.
  }
}
