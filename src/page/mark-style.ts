// The styles of our mentions, as ONE constructed stylesheet per document (`adoptedStyleSheets`: no
// <style> element, and no page CSP blocks it), adopted into the document and into every open shadow
// root we read (a document's styles do not reach into shadow trees), only while Brieflight is on
// in that document:
//
// - the painted highlights' rules (src/page/highlights.css), in both ways of showing
//   (the emphasis is a highlight in marks mode too);
// - in marks mode, the marks' rules (marks.css), which select `mark.brieflight-mark.<MARK_TOKEN>`:
//   MARK_TOKEN is a class made afresh for each page load (each frame: content scripts run once per
//   document) from the browser's random source. A page cannot predict it, so its own
//   `<mark class="brieflight-mark">` (a forgery, or our marks pasted into someone's content) is
//   never styled, and the token reveals no setting;
// - with the "background" highlight style, that style's rules.
//
// None of it is in the manifest: a page can read a highlight's computed style
// (`getComputedStyle(el, '::highlight(brieflight-israel)')`), so manifest rules would tell every
// page, also where Brieflight is off, that it is installed (issue 17, "Off leaves no trace"). Where
// Brieflight is off nothing of ours is adopted anywhere, and no attribute on the page tells a
// setting (the highlight style used to be `<html data-brieflight-style>`).
import highlightsCss from '@/page/highlights.css?inline';
import highlightsTintCss from '@/page/highlights-tint.css?inline';
import marksCss from '@/page/marks.css?inline';
import marksTintCss from '@/page/marks-tint.css?inline';
import { ENTITY_IDS } from '@/data/types';
import { MARK_CLASS, highlightName } from '@/page/dom-contract';
import type { HighlightStyle } from '@/settings/settings';

/** `::highlight(brieflight-ENTITY)` in our CSS stands for the highlights of every entity. */
const EVERY_ENTITY = /::highlight\(brieflight-ENTITY\)/g;
const expand = (css: string) =>
  css.replace(EVERY_ENTITY, ENTITY_IDS.map((id) => `::highlight(${highlightName(id)})`).join());

/** The painted highlights' rules, for every entity. */
export const HIGHLIGHTS_CSS = expand(highlightsCss);
const HIGHLIGHTS_TINT_CSS = expand(highlightsTintCss);

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

/** The marks' CSS is written against this stand-in for OWN_MARK_SELECTOR. */
const PLACEHOLDER = /mark\.brieflight-mark\.brieflight-token/g;
/** The element marks' rules, for this page's token. */
export const MARK_CSS = marksCss.replace(PLACEHOLDER, OWN_MARK_SELECTOR);

/**
 * The rules inside a sheet's one anonymous `@layer { … }`. The tint's rules must share the marks'
 * layer: between two layers, an !important declaration of the EARLIER one wins, so the marks'
 * `all: unset !important` would undo a tint in a layer of its own (issue 15 found the marks'
 * "background" style showing no tint at all).
 */
function layerBody(css: string): string {
  // The built CSS is minified (`@layer{`), the source is not.
  const open = /@layer\s*\{/.exec(css);
  const close = css.lastIndexOf('}');
  return !open || close < open.index ? css : css.slice(open.index + open[0].length, close);
}
const MARK_BODY = layerBody(MARK_CSS);
const MARK_TINT_BODY = layerBody(marksTintCss.replace(PLACEHOLDER, OWN_MARK_SELECTOR));

/** What our styles depend on: the way mentions are shown, and the highlight style. */
export interface PageLook {
  display: 'paint' | 'marks';
  style: HighlightStyle;
}

/** Our rules for `look`: in the document and in every open shadow root we read. */
export function pageCss(look: PageLook): string {
  const tint = look.style === 'background';
  if (look.display === 'marks') return `${HIGHLIGHTS_CSS}@layer {${MARK_BODY}${tint ? MARK_TINT_BODY : ''}}`;
  return HIGHLIGHTS_CSS + (tint ? HIGHLIGHTS_TINT_CSS : '');
}

const sheets = new WeakMap<Document, { look: PageLook | undefined; sheet: CSSStyleSheet | null }>();

function newSheet(doc: Document): CSSStyleSheet | null {
  try {
    const Ctor = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
    return new Ctor();
  } catch {
    // No constructable stylesheets here: mentions keep the page's styles.
    return null;
  }
}

function adopt(target: Document | ShadowRoot, sheet: CSSStyleSheet): boolean {
  try {
    const current = target.adoptedStyleSheets;
    if (!current.includes(sheet)) target.adoptedStyleSheets = [...current, sheet];
    return true;
  } catch {
    // A page may freeze or replace adoptedStyleSheets; the mentions still work, only unstyled.
    return false;
  }
}

function unadopt(target: Document | ShadowRoot, sheet: CSSStyleSheet): void {
  try {
    const current = target.adoptedStyleSheets;
    if (current.includes(sheet)) target.adoptedStyleSheets = current.filter((s) => s !== sheet);
  } catch {
    // As above: nothing of ours can be taken back from a list the page locked.
  }
}

/**
 * Sets how our mentions look in `doc` and the shadow roots styled through adoptPageStyle (one
 * sheet: they all follow), or, with `undefined`, takes our sheet back from the document
 * (Brieflight off here). Shadow roots give it back through dropPageStyle (the scanner knows which
 * roots it styled).
 */
export function setPageLook(doc: Document, look: PageLook | undefined): void {
  let s = sheets.get(doc);
  if (!look) {
    if (s?.sheet) {
      unadopt(doc, s.sheet);
      s.look = undefined;
    }
    return;
  }
  if (!s) sheets.set(doc, (s = { look: undefined, sheet: newSheet(doc) }));
  const sheet = s.sheet;
  if (!sheet) return;
  if (!s.look || s.look.display !== look.display || s.look.style !== look.style) {
    try {
      sheet.replaceSync(pageCss(look));
    } catch {
      return;
    }
  }
  s.look = look;
  adopt(doc, sheet);
}

/** Gives an open shadow root our sheet, once. False when none was adopted (Brieflight off here). */
export function adoptPageStyle(root: ShadowRoot): boolean {
  const s = sheets.get(root.ownerDocument);
  if (!s?.look || !s.sheet) return false;
  return adopt(root, s.sheet);
}

/** Takes our sheet back from a shadow root (Brieflight turned off, or the scanner stopped). */
export function dropPageStyle(root: ShadowRoot): void {
  const sheet = sheets.get(root.ownerDocument)?.sheet;
  if (sheet) unadopt(root, sheet);
}
