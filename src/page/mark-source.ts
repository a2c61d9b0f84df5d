// The element-marks mode's MentionSource (src/page/mention-source.ts): each mark the highlighter made is a
// mention whose range covers the mark's contents. Marks are recognised by the highlighter's own
// records (never by class or attribute), so a page-made `<mark class="brieflight-mark">` is none.
import type { EntityId } from '@/data/types';
import type { Highlighter } from '@/page/highlighter';
import type { Mention, MentionSource } from '@/page/mention-source';
import { ACTIVE_HIGHLIGHT } from '@/page/dom-contract';
import type { HighlightApi, OwnHighlight } from '@/page/highlight-api';

interface MarkMention extends Mention {
  /** Its first mark. */
  readonly mark: HTMLElement;
  /** Every mark of it: one per piece of a name split over elements (Highlighter.groupOf). */
  readonly marks: readonly HTMLElement[];
}

export class MarkSource implements MentionSource {
  /** One Mention per mark, so the same mark is always the same mention (`===`). */
  private readonly byMark = new WeakMap<HTMLElement, MarkMention>();
  private active: OwnHighlight | undefined;

  constructor(
    private readonly doc: Document,
    private readonly highlighter: Highlighter,
    /** Emphasis is painted as the `brieflight-ui-active` highlight where the browser has the API. */
    private readonly api?: HighlightApi,
  ) {}

  /**
   * The mention of a mark we made; undefined for any other element. The marks of the pieces of
   * one mention (a name split over elements) all give the same mention, whose range runs from the
   * first one's text to the last one's.
   */
  mentionOf(mark: HTMLElement): Mention | undefined {
    const entity = this.highlighter.entityOf(mark);
    if (!entity) return undefined;
    let m = this.byMark.get(mark);
    if (!m || m.entity !== entity) {
      const marks = this.highlighter.groupOf(mark);
      const first = marks[0]!;
      const last = marks[marks.length - 1]!;
      const range = (mark.ownerDocument ?? this.doc).createRange();
      range.selectNodeContents(first);
      if (last !== first) range.setEnd(last, last.childNodes.length);
      m = { entity, range, mark: first, marks };
      for (const x of marks) this.byMark.set(x, m);
    }
    return m;
  }

  at(x: number, y: number): Mention | undefined {
    let el: Element | null = null;
    try {
      el = this.doc.elementFromPoint(x, y);
      // Down through open shadow roots (the document's answer stops at their host).
      for (let depth = 0; el?.shadowRoot && depth < 32; depth++) {
        const inner: Element | null = el.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === el) break;
        el = inner;
      }
    } catch {
      el = null;
    }
    const mark = this.highlighter.markAt(el);
    return mark ? this.mentionOf(mark) : undefined;
  }

  mayContain(el: Element): boolean {
    return (
      this.highlighter.markAt(el) !== undefined ||
      (this.highlighter.hasMarked && el.querySelector('mark') !== null)
    );
  }

  within(node: Node): Mention[] {
    const own = this.highlighter.markAt(node);
    if (own) return [this.mentionOf(own)!];
    if (
      node.nodeType !== Node.ELEMENT_NODE &&
      node.nodeType !== Node.DOCUMENT_NODE &&
      node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE
    )
      return [];
    const out = new Set<Mention>();
    for (const mark of this.highlighter.current(node as ParentNode)) {
      const m = this.mentionOf(mark);
      if (m) out.add(m);
    }
    return [...out];
  }

  all(entity?: EntityId): Mention[] {
    const out: Mention[] = [];
    for (const mark of this.highlighter.current(this.doc)) {
      // A mention of several marks counts once, at its first one.
      if (!this.highlighter.leads(mark)) continue;
      const m = this.mentionOf(mark);
      if (m && (entity === undefined || m.entity === entity)) out.push(m);
    }
    return out;
  }

  isCurrent(m: Mention): boolean {
    const marks = (m as Partial<MarkMention>).marks;
    return (
      marks !== undefined &&
      marks.every(
        (mark) =>
          this.byMark.get(mark) === m && mark.isConnected && this.highlighter.entityOf(mark) === m.entity,
      )
    );
  }

  emphasize(m: Mention | undefined): void {
    const api = this.api;
    if (!api) return;
    if (!m || !this.isCurrent(m)) {
      this.active?.clear();
      return;
    }
    if (!this.active) {
      this.active = api.create();
      this.active.priority = 1;
    }
    this.active.clear();
    this.active.add(m.range);
    if (api.registry.get(ACTIVE_HIGHLIGHT) !== this.active) api.registry.set(ACTIVE_HIGHLIGHT, this.active);
  }

  /** Removes the emphasis highlight from the page (Brieflight turned off, or paint chosen). */
  clear(): void {
    if (!this.active || !this.api) return;
    this.active.clear();
    if (this.api.registry.get(ACTIVE_HIGHLIGHT) === this.active) this.api.registry.delete(ACTIVE_HIGHLIGHT);
    this.active = undefined;
  }
}

/**
 * The MentionSource of whichever way mentions are shown right now (the scanner's choice at its
 * last start): painted, or element marks. Emphasis left on the other way's source is cleared when
 * the way changes, so nothing of the old way stays drawn.
 */
export class ShownMentions implements MentionSource {
  private last: MentionSource | undefined;

  constructor(
    private readonly painted: MentionSource | undefined,
    private readonly marks: MentionSource,
    private readonly isPainting: () => boolean,
  ) {}

  /** The source in use now. */
  get current(): MentionSource {
    return this.isPainting() && this.painted ? this.painted : this.marks;
  }

  at(x: number, y: number): Mention | undefined {
    return this.current.at(x, y);
  }
  mayContain(el: Element): boolean {
    return this.current.mayContain(el);
  }
  within(node: Node): Mention[] {
    return this.current.within(node);
  }
  all(entity?: EntityId): Mention[] {
    return this.current.all(entity);
  }
  isCurrent(m: Mention): boolean {
    return this.current.isCurrent(m);
  }
  emphasize(m: Mention | undefined): void {
    const now = this.current;
    if (this.last && this.last !== now) this.last.emphasize(undefined);
    this.last = now;
    now.emphasize(m);
  }
}
