import type { EntityId } from '@/data/types';
import type { Highlighter } from '@/utils/highlight';
import type { Mention, MentionSource } from '@/utils/mentions';

// TRANSITIONAL — delete this file when the paint branch lands: it provides the real MentionSource
// for both ways of showing mentions (painted highlights and element marks), and
// entrypoints/content/page.ts passes that to CardController instead. Until then this adapter lets
// the card controller, which works on mentions only, run on today's element marks.

/**
 * Today's element marks as a MentionSource: one Mention per mark the highlighter made (its WeakMap,
 * never an attribute, so a page-made mark is no mention), whose range is the mark's contents. The
 * same mark always gives the same Mention object.
 *
 * Emphasis is the marks' own CSS (`mark.brieflight-mark:hover`, marks.css), so `emphasize` draws
 * nothing here.
 */
export function marksAsMentionSource(highlighter: Highlighter, doc: Document = document): MentionSource {
  const byMark = new WeakMap<HTMLElement, Mention>();
  const markOf = new WeakMap<Range, HTMLElement>();

  const mentionOf = (mark: HTMLElement): Mention | undefined => {
    const entity: EntityId | undefined = highlighter.entityOf(mark);
    if (!entity) return undefined;
    let m = byMark.get(mark);
    if (!m || m.entity !== entity) {
      const range = doc.createRange();
      range.selectNodeContents(mark);
      m = { entity, range };
      byMark.set(mark, m);
      markOf.set(range, mark);
    }
    return m;
  };
  const mentionsOf = (marks: HTMLElement[]): Mention[] =>
    marks.map(mentionOf).filter((m): m is Mention => m !== undefined);

  return {
    at(x, y) {
      // Into the page's open shadow roots: at the document the point finds their host.
      let el = doc.elementFromPoint(x, y);
      while (el?.shadowRoot) {
        const inner = el.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === el) break;
        el = inner;
      }
      const mark = highlighter.markAt(el);
      return mark && mentionOf(mark);
    },
    // Over a mark, the pointer's target is the mark (or inside it).
    mayContain: (el) => highlighter.markAt(el) !== undefined,
    within(node) {
      const mark = highlighter.markAt(node);
      if (mark) return mentionsOf([mark]);
      if (node instanceof Element || node instanceof Document || node instanceof DocumentFragment) {
        return mentionsOf(highlighter.current(node));
      }
      return [];
    },
    all: (entity) => mentionsOf(highlighter.current(doc)).filter((m) => entity === undefined || m.entity === entity),
    isCurrent(m) {
      const mark = markOf.get(m.range);
      return mark !== undefined && mark.isConnected && highlighter.entityOf(mark) === m.entity;
    },
    emphasize: () => undefined,
  };
}
