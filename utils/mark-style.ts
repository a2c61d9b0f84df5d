// The styles of our mentions that the manifest cannot carry, as constructed stylesheets
// (`adoptedStyleSheets`: no <style> element the page could see, and no page CSP can block them):
//
// - every open shadow root we read gets the painted highlights' rules (entrypoints/content/
//   highlights.css; the manifest's copy does not reach into shadow trees), and in marks mode the
//   marks' rules (marks.css);
// - the document gets, only while needed, what depends on a setting: the marks' rules in marks
//   mode, the "background" style's rules when that style is chosen.
//
// Issue 17, "Off leaves no trace": where Brieflight is off nothing is adopted anywhere (the
// content script passes `undefined` and every sheet of ours is taken back), and no attribute on
// the page tells a setting (the highlight style used to be `<html data-brieflight-style>`).
import highlightsCss from '@/entrypoints/content/highlights.css?inline';
import highlightsTintCss from '@/entrypoints/content/highlights-tint.css?inline';
import marksCss from '@/entrypoints/content/marks.css?inline';
import marksTintCss from '@/entrypoints/content/marks-tint.css?inline';
import type { HighlightStyle } from '@/utils/settings';

export { highlightsCss as HIGHLIGHTS_CSS, marksCss as MARK_CSS };

/** What our styles depend on: the way mentions are shown, and the highlight style. */
export interface PageLook {
  display: 'paint' | 'marks';
  style: HighlightStyle;
}

/** The rules a page's open shadow root needs for `look`. */
export function rootCss(look: PageLook): string {
  const tint = look.style === 'background';
  if (look.display === 'marks') return highlightsCss + marksCss + (tint ? marksTintCss : '');
  return highlightsCss + (tint ? highlightsTintCss : '');
}

/** The rules the document needs on top of the manifest's (empty: no sheet is adopted at all). */
export function documentCss(look: PageLook): string {
  const tint = look.style === 'background';
  if (look.display === 'marks') return marksCss + (tint ? marksTintCss : '');
  return tint ? highlightsTintCss : '';
}

interface DocStyle {
  look: PageLook | undefined;
  /** Adopted by the shadow roots; its text follows the look (replaceSync), so they all follow. */
  roots: CSSStyleSheet | null;
  /** Adopted by the document while documentCss(look) is not empty. */
  doc: CSSStyleSheet | null;
}

const styles = new WeakMap<Document, DocStyle>();

function newSheet(doc: Document): CSSStyleSheet | null {
  try {
    const Ctor = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? CSSStyleSheet;
    return new Ctor();
  } catch {
    // No constructable stylesheets here: mentions in shadow roots keep the page's styles.
    return null;
  }
}

function stateOf(doc: Document): DocStyle {
  let s = styles.get(doc);
  if (!s) {
    s = { look: undefined, roots: null, doc: null };
    styles.set(doc, s);
  }
  return s;
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
 * Sets how our mentions look in `doc` (and the shadow roots styled through adoptPageStyle), or,
 * with `undefined`, takes every document-level sheet of ours back (Brieflight off here). Shadow
 * roots' sheets are taken back by dropPageStyle (the scanner knows which roots it styled).
 */
export function setPageLook(doc: Document, look: PageLook | undefined): void {
  const s = stateOf(doc);
  s.look = look;
  if (s.roots) {
    try {
      s.roots.replaceSync(look ? rootCss(look) : '');
    } catch {
      // Left as it was.
    }
  }
  const css = look ? documentCss(look) : '';
  if (css === '') {
    if (s.doc) unadopt(doc, s.doc);
    return;
  }
  s.doc ??= newSheet(doc);
  if (!s.doc) return;
  try {
    s.doc.replaceSync(css);
  } catch {
    return;
  }
  adopt(doc, s.doc);
}

/**
 * Gives an open shadow root our rules for the document's current look, once. False when nothing
 * was adopted (no look set, or no constructable stylesheets).
 */
export function adoptPageStyle(root: ShadowRoot): boolean {
  const doc = root.ownerDocument;
  const s = stateOf(doc);
  if (!s.look) return false;
  if (!s.roots) {
    s.roots = newSheet(doc);
    if (!s.roots) return false;
    try {
      s.roots.replaceSync(rootCss(s.look));
    } catch {
      s.roots = null;
      return false;
    }
  }
  return adopt(root, s.roots);
}

/** Takes our rules back from a shadow root (Brieflight turned off, or the scanner stopped). */
export function dropPageStyle(root: ShadowRoot): void {
  const sheet = styles.get(root.ownerDocument)?.roots;
  if (sheet) unadopt(root, sheet);
}
