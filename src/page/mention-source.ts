import type { EntityId } from '@/data/types';

/** One mention the extension shows: its entity and a live Range over exactly its text. */
export interface Mention {
  readonly entity: EntityId;
  /** Live range over the mention's text; it may span several text nodes (CONTRACT.md). */
  readonly range: Range;
}

/**
 * What the card controller asks of whichever way mentions are shown (painted highlights or
 * element marks). Only the extension's own mentions are ever returned: never a page-made mark or a
 * page-registered highlight.
 */
export interface MentionSource {
  /**
   * The mention at client point (x, y), or undefined. Painted: caretPositionFromPoint (open shadow
   * roots passed) / highlightsFromPoint where present, then checked against the range's client
   * rects so whitespace past a line end is no hit. Marks: the own mark under the point.
   */
  at(x: number, y: number): Mention | undefined;
  /** Cheap test before any hit-test: may `el` (a pointer target) contain a mention? */
  mayContain(el: Element): boolean;
  /** The mentions inside `node` (for example a focused link's text), in document order. */
  within(node: Node): Mention[];
  /** Every mention shown in the document and its open shadow roots, in document order. */
  all(entity?: EntityId): Mention[];
  /** False once `m` is no longer shown (rescanned away, its text removed, Brieflight turned off). */
  isCurrent(m: Mention): boolean;
  /** Draws `m` emphasized (hover/focus: the `brieflight-ui-active` highlight, or the mark's state); undefined clears. */
  emphasize(m: Mention | undefined): void;
}
