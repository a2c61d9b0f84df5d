// The elements that end an inline run whatever their CSS (ADR 0014), and the walk between two text
// nodes that asks about each element on the way, in a module of their own with no imports: read by
// the inline-run rules (src/page/inline-run.ts, src/page/same-run.ts) and by the content script's
// first stage (src/page/first-stage.ts), which must stay small.

/** Elements that end a run whatever their CSS: blocks, line breaks, tables, replaced and embedded content. */
export const BOUNDARY_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'iframe',
  'img',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'video',
  'audio',
  'canvas',
  'object',
  'embed',
  'picture',
  'meter',
  'progress',
  'head',
  'title',
]);

/**
 * True when `keep` holds for every element the document order leaves or enters from text node `a`
 * to text node `b` (b after a, no non-empty text node between them). A shadow root or the
 * document, left, ends the walk (false).
 */
export function everyElementBetween(a: Text, b: Text, keep: (el: Element) => boolean): boolean {
  let n: Node = a;
  for (;;) {
    let next: Node | null = n === a ? null : n.firstChild;
    if (!next) {
      let m: Node = n;
      while (!m.nextSibling) {
        const p = m.parentNode;
        // Leaving an element: it must be kept.
        if (!p || p.nodeType !== Node.ELEMENT_NODE || !keep(p as Element)) return false;
        m = p;
      }
      next = m.nextSibling!;
    }
    n = next;
    if (n === b) return true;
    if (n.nodeType === Node.ELEMENT_NODE && !keep(n as Element)) return false;
    if (n.nodeType === Node.TEXT_NODE && (n as Text).length > 0) return false;
  }
}
