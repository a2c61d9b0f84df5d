// Which neighbouring text nodes the page shows as one inline run (`<b>Azer</b>baijan`), read off
// the DOM and computed style. The pure rules are in inline-run.ts; this is their DOM side, used by
// the highlighter and the scanner's walk.
import { everyElementBetween } from '@/page/boundary-tags';
import { EXCLUDED_SELECTOR } from '@/page/markable';
import { glues, inlineRole, BOUNDARY_TAGS, type InlineRole } from '@/page/inline-run';

/**
 * What `el` is to the inline run around it as the page shows it: inlineRole() with the element's
 * computed display and float, and our exclusions (our marks, the card's host, editable regions).
 * Computed style is read only for tags that are not boundaries by themselves, and only where two
 * text nodes touch letter to letter (sameRun), so a page pays it at a handful of junctions.
 */
function roleOf(el: Element): InlineRole {
  if (el.matches(EXCLUDED_SELECTOR)) return 'excluded';
  const tag = el.localName;
  if (BOUNDARY_TAGS.has(tag)) return 'boundary';
  const view = el.ownerDocument.defaultView;
  if (!view || !el.isConnected) return inlineRole({ tag });
  const cs = view.getComputedStyle(el);
  return inlineRole({ tag, display: cs.display || null, float: cs.float || cs.cssFloat || null });
}

/**
 * True when text node `b`, the next non-empty text node after `a` in document order, is in the
 * same inline run as `a` (src/page/inline-run.ts): every element the document order leaves or enters
 * between them is inline (`<b>Azer</b>baijan`, a floated drop cap, `<wbr>`), none a block, line
 * break, excluded element or hidden one.
 */
export function sameRun(a: Text, b: Text): boolean {
  // Tags first (cheap, and most junctions between blocks end here), then computed style.
  return between(a, b, roleByTag) && between(a, b, roleOf);
}

/**
 * sameRun() by tags and our exclusions alone, without computed style: the walk's test at every
 * glued junction. CSS may still show an inline tag as a block; the scanner asks sameRun() only
 * for a chain whose text passes the prefilter, so a page without mentions never has its style
 * read.
 */
export function sameRunByTag(a: Text, b: Text): boolean {
  return between(a, b, roleByTag);
}

/** inlineRole() by tag and our exclusions alone: 'inline' may still be a block by CSS. */
function roleByTag(el: Element): InlineRole {
  if (el.matches(EXCLUDED_SELECTOR)) return 'excluded';
  return BOUNDARY_TAGS.has(el.localName) ? 'boundary' : 'inline';
}

/** True when every element the document order leaves or enters from `a` to `b` is inline by `role`. */
function between(a: Text, b: Text, role: (el: Element) => InlineRole): boolean {
  return everyElementBetween(a, b, (el) => role(el) === 'inline');
}

/**
 * The text nodes of the inline run piece around `t` that must be read together with it: its
 * neighbours (skipping empty text nodes) as long as each junction touches letter to letter
 * (glues) in one inline run (sameRun). `[t]` when nothing glues, which is what almost every text
 * node gets, after two character tests (no walker is made unless an edge of `t` is a letter).
 */
export function runAround(t: Text): Text[] {
  const data = t.data;
  if (data.length === 0) return [t];
  const atStart = glues('a', data);
  const atEnd = glues(data, 'a');
  if (!atStart && !atEnd) return [t];
  const root = t.getRootNode();
  const doc = t.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out = [t];
  if (atStart) {
    walker.currentNode = t;
    for (let cur = t, p = walker.previousNode() as Text | null; p; p = walker.previousNode() as Text | null) {
      if (p.length === 0) continue;
      if (!glues(p.data, cur.data) || !sameRun(p, cur)) break;
      out.unshift(p);
      cur = p;
    }
  }
  if (atEnd) {
    walker.currentNode = t;
    for (let cur = t, n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (n.length === 0) continue;
      if (!glues(cur.data, n.data) || !sameRun(cur, n)) break;
      out.push(n);
      cur = n;
    }
  }
  return out;
}
