// Painted highlights (issue 12, CONTRACT.md "Painted highlights"): each mention is a live Range in
// a CSS Custom Highlight, one `Highlight` per entity registered as `brieflight-<id>`. Nothing in the
// page's DOM changes: no element, no attribute, no split text node. The browser moves the ranges
// with the page's edits; a text node the page changes is painted again from scratch (its old
// ranges dropped, its text searched again) in the scanner's next batch. Design and numbers:
// docs/adr/0010-paint-dont-wrap.md.
import type { EntityId } from '@/data/types';
import type { Mention, MentionSource } from '@/page/mention-source';
import { PaintedRanges, type Painted } from '@/page/painted-ranges';

const EMPTY: readonly Mention[] = [];

/**
 * The painter: finds mentions in text nodes and keeps them as ranges in the page's highlight
 * registry, under our own references (a page can delete or replace registry entries: ours are
 * registered again before each batch; a page's highlight under our name is never read back).
 *
 * It is also the painted mode's MentionSource (src/page/mention-source.ts) for the card controller.
 * All bookkeeping about nodes is weak, except the ranges in the highlights themselves, which are
 * dropped as soon as the page removes or rewrites their text (`forget`).
 */
export class Painter extends PaintedRanges implements MentionSource {
  // ── MentionSource ──────────────────────────────────────────────────────────────────────────────

  at(x: number, y: number): Mention | undefined {
    if (this.count === 0) return undefined;
    const roots = this.shadowRoots();
    if (this.api.fromPoint) {
      // The browser's own answer, ranges and all: only our highlights' ranges count.
      let hits: unknown[] = [];
      try {
        hits = this.api.fromPoint(x, y, roots);
      } catch {
        hits = [];
      }
      for (const hit of hits) {
        const ranges = (hit as { ranges?: AbstractRange[] }).ranges;
        if (!ranges) continue;
        for (const r of ranges) {
          const m = this.mentionOf.get(r);
          if (m && this.isCurrent(m) && hitsRects(m.range, x, y)) return m;
        }
      }
    }
    const node = caretNode(this.doc, x, y, roots);
    if (!node || node.nodeType !== Node.TEXT_NODE) return undefined;
    const entry = this.byNode.get(node as Text);
    if (!entry) return undefined;
    for (const m of entry.mentions) if (hitsRects(m.range, x, y)) return m;
    return undefined;
  }

  mayContain(el: Element): boolean {
    return this.count > 0 && this.holders.has(el);
  }

  within(node: Node): Mention[] {
    if (this.count === 0) return [];
    if (node.nodeType === Node.TEXT_NODE) return [...(this.byNode.get(node as Text)?.mentions ?? EMPTY)];
    const out = new Set<Mention>();
    const walker = (node.ownerDocument ?? this.doc).createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const entry = this.byNode.get(t as Text);
      if (entry) for (const m of entry.mentions) out.add(m);
    }
    return [...out];
  }

  all(entity?: EntityId): Mention[] {
    const out: Painted[] = [];
    for (const [id, members] of this.members) {
      if (entity !== undefined && id !== entity) continue;
      for (const m of members) if (this.isCurrent(m)) out.push(m);
    }
    return out.sort(compareMentions);
  }

  isCurrent(m: Mention): boolean {
    const own = this.mentionOf.get(m.range);
    return (
      own === m &&
      !m.range.collapsed &&
      own.nodes.every((t) => t.isConnected) &&
      this.highlights.get(m.entity)?.has(m.range) === true
    );
  }

  emphasize(m: Mention | undefined): void {
    const own = m && this.mentionOf.get(m.range) === m ? (m as Painted) : undefined;
    if (own === this.emphasized) return;
    this.emphasized = own;
    if (!own) {
      this.active?.clear();
      return;
    }
    if (!this.active) {
      this.active = this.api.create();
      // Above the entities' highlights (priority 0), so its background shows over theirs.
      this.active.priority = 1;
    }
    this.active.clear();
    this.active.add(own.range);
    this.register();
  }
}

/** The node under client point (x, y), looking into the given open shadow roots. */
function caretNode(doc: Document, x: number, y: number, roots: ShadowRoot[]): Node | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (
      x: number,
      y: number,
      o?: { shadowRoots: ShadowRoot[] },
    ) => { offsetNode: Node } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  try {
    if (typeof d.caretPositionFromPoint === 'function') {
      return (
        d.caretPositionFromPoint(x, y, roots.length > 0 ? { shadowRoots: roots } : undefined)?.offsetNode ??
        null
      );
    }
    if (typeof d.caretRangeFromPoint === 'function')
      return d.caretRangeFromPoint(x, y)?.startContainer ?? null;
  } catch {
    // A point outside the viewport, or a document without layout.
  }
  return null;
}

/**
 * True when (x, y) is inside one of the range's client rects: the caret's node is the nearest
 * text to the point, also in the white space past a line's end, which is no hit.
 */
function hitsRects(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/** The nodes from the outermost document down to `n`: each shadow root's host, then `n`. */
function hostChain(n: Node): Node[] {
  const chain = [n];
  for (
    let root = n.getRootNode();
    root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && (root as ShadowRoot).host;
  ) {
    const host = (root as ShadowRoot).host;
    chain.unshift(host);
    root = host.getRootNode();
  }
  return chain;
}

/** Document order across shadow trees: a shadow root's content sits at its host. */
export function compareNodes(a: Node, b: Node): number {
  if (a === b) return 0;
  if (a.getRootNode() === b.getRootNode()) return order(a, b);
  const ca = hostChain(a);
  const cb = hostChain(b);
  for (let i = 0; ; i++) {
    const x = ca[i];
    const y = cb[i];
    if (x === undefined || y === undefined) return ca.length - cb.length;
    if (x !== y) return order(x, y);
  }
}

function order(a: Node, b: Node): number {
  if (a === b) return 0;
  const pos = a.compareDocumentPosition(b);
  if (pos & 4 /* FOLLOWING */) return -1;
  if (pos & 2 /* PRECEDING */) return 1;
  return 0;
}

function compareMentions(a: Painted, b: Painted): number {
  return a.node === b.node ? a.range.startOffset - b.range.startOffset : compareNodes(a.node, b.node);
}
