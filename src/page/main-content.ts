// The main-content rule of the "how often" setting (issue 15): "the first mention" means the first
// in the page's main content, not in its navigation. wapo-2 showed why: its menu names Israel before
// the article does, so "first on the page" marked one word in the menu and nothing in the article.
//
// - The main content is the page's `main` or `[role=main]` elements; failing those, its `article`s;
//   failing those, the whole body.
// - Inside it, navigation and asides (`nav`, `aside`, `[role=navigation|menu|menubar|complementary|
//   banner|contentinfo|search]`) and the page's own banner and footer (`header`/`footer` not inside
//   an `article`, `section` or `main`: the HTML-ARIA mapping makes only those banner/contentinfo)
//   are skipped.
// - "Unless there is nothing else": when the main content holds no text outside the skipped parts
//   (a page made only of menus), nothing is skipped.
//
// A section is what a mention's "first in each section" is counted in, as Wikipedia links a name
// once per section: the nearest preceding h1–h6 in the main content, or the nearest `section` or
// `article` around the mention if that starts later; before any heading, the main content itself.

/** Parts of a page that are not its content, wherever they are. */
const SKIPPED = [
  'nav',
  'aside',
  '[role="navigation"]',
  '[role="menu"]',
  '[role="menubar"]',
  '[role="complementary"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="search"]',
].join(', ');
/** The page's banner and footer: a header or footer that no article, section or main scopes. */
const PAGE_HEADER_FOOTER = 'header, footer';
const SCOPING = 'article, section, main, [role="main"]';
const HEADINGS = 'h1, h2, h3, h4, h5, h6';
const SECTIONING = 'section, article';

/**
 * The main content of one document at one moment: made once per scanner pass (headings and
 * landmarks can change between passes), asked for each mention of that pass.
 */
export class MainContent {
  private readonly roots: Element[];
  private readonly skipping: boolean;
  private headings: Element[] | undefined;

  constructor(private readonly doc: Document) {
    const body = doc.body ?? doc.documentElement;
    let roots = [...doc.querySelectorAll('main, [role="main"]')];
    if (roots.length === 0) roots = [...doc.querySelectorAll('article')];
    // Nested roots (an article inside main) count once, as the outer one.
    roots = roots.filter((r) => !roots.some((o) => o !== r && o.contains(r)));
    this.roots = roots.length > 0 ? roots : body ? [body] : [];
    this.skipping = this.roots.some((r) => hasTextOutsideSkipped(r));
  }

  /**
   * True when `node` (a text node of the document or of an open shadow root in it) is in the main
   * content. A node in a shadow root counts where its outermost host is.
   */
  contains(node: Node): boolean {
    const at = inDocument(node);
    if (!at) return false;
    const el = at.nodeType === Node.ELEMENT_NODE ? (at as Element) : at.parentElement;
    if (!el || !this.roots.some((r) => r.contains(el))) return false;
    return !this.skipping || !isSkipped(el);
  }

  /**
   * The section `node` is in: a heading element, a `section`/`article` element, or the main
   * content's root (before its first heading). Only meaningful for a node `contains` accepts.
   */
  sectionOf(node: Node): Element | undefined {
    const at = inDocument(node);
    if (!at) return undefined;
    const el = at.nodeType === Node.ELEMENT_NODE ? (at as Element) : at.parentElement;
    if (!el) return undefined;
    const root = this.roots.find((r) => r.contains(el));
    if (!root) return undefined;
    // A heading's own text belongs to the section it starts.
    const ownHeading = el.closest(HEADINGS);
    const heading = ownHeading && root.contains(ownHeading) ? ownHeading : this.headingBefore(at, root);
    const around = el.closest(SECTIONING);
    const sectioning = around && root.contains(around) && around !== root ? around : undefined;
    if (heading && sectioning) {
      // Whichever starts later is the nearer.
      return sectioning.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING
        ? heading
        : sectioning;
    }
    return heading ?? sectioning ?? root;
  }

  /** The last heading of `root` that precedes `node` in document order (a binary search). */
  private headingBefore(node: Node, root: Element): Element | undefined {
    this.headings ??= [...this.doc.querySelectorAll(HEADINGS)].filter((h) => this.contains(h));
    let lo = 0;
    let hi = this.headings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const h = this.headings[mid]!;
      if (h.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) lo = mid + 1;
      else hi = mid;
    }
    const h = lo > 0 ? this.headings[lo - 1] : undefined;
    return h && root.contains(h) ? h : undefined;
  }
}

function isSkipped(el: Element): boolean {
  if (el.closest(SKIPPED)) return true;
  const hf = el.closest(PAGE_HEADER_FOOTER);
  return hf !== null && hf.parentElement?.closest(SCOPING) == null;
}

/** The node itself, or the outermost shadow host around it; null when it is not in a document. */
function inDocument(node: Node): Node | null {
  let n: Node = node;
  for (let root = n.getRootNode(); root instanceof ShadowRoot; root = n.getRootNode()) n = root.host;
  return n.isConnected ? n : null;
}

/** True when `root` holds some non-blank text outside the skipped parts. */
function hasTextOutsideSkipped(root: Element): boolean {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || parent.closest('script, style, noscript, template')) continue;
    if ((n as Text).data.trim() === '') continue;
    if (!isSkipped(parent)) return true;
  }
  return false;
}
