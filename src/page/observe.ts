// Watching the page: one MutationObserver (childList, characterData, subtree) on the document and
// on every open shadow root we scan, and the triage of its records into work.
//
// Our own writes are never seen as the page's: every write of ours runs inside `quiet()`, which
// takes the records already queued (the page's, handed on) and disconnects the observer for the
// length of the write, in one synchronous task (no page script can run in between), then observes
// again. Without that, marking would trigger a batch, which marks, and so on.
//
// The triage is cheap on purpose: a page that changes text every frame (a clock, a ticker) costs
// a WeakMap lookup and the matcher's pre-test per record, and no DOM write at all when the new
// text holds no mention.
import { isExcluded } from '@/page/markable';

// `contenteditable` too: a region that becomes editable later (in-place editors set it on click)
// must lose its marks before the reader edits it, or the editor saves them into the content.
export const OBSERVE_OPTIONS: MutationObserverInit = {
  childList: true,
  characterData: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['contenteditable'],
};

/** What triage needs to know about the highlighter's nodes. */
export interface Ownership {
  /** The page's text node that this node of ours (or this split text node itself) belongs to. */
  originOf(node: Node): Text | undefined;
  /** True for a node we made. */
  isOwn(node: Node): boolean;
  /** The entity of a mark we made (undefined for any other element). */
  entityOf(el: Element): unknown;
  /** The cheap pre-test: false only when the text holds no mention. */
  prefilter(text: string): boolean;
  /** True once any mark was made. */
  hasMarked: boolean;
  /**
   * True when an element the page added may need a scan: its text may hold a mention, or it may
   * host an open shadow root. False lets a ticker's `<span>12:00:01</span>` cost no work at all.
   */
  worthScanning(el: Element): boolean;
}

/** Work found in a batch of records. Sets, emptied by the scanner as it takes the work. */
export interface Work {
  /** Split text nodes whose region the page touched: to check and repair. */
  repair: Set<Text>;
  /**
   * Split text nodes the page wrote to (characterData): their text is what the page wrote, even
   * when that equals the part we left in them (a framework setting "" where a mark began at 0).
   */
  written: Set<Text>;
  /** Nodes the page added or changed that may hold mentions: to scan. */
  dirty: Set<Node>;
  /**
   * Elements in which the page rewrote marked text: removed a split text node or one of ours, or
   * replaced the whole content while it held our marks (for the back-off; counted once a batch).
   */
  rewritten: Set<Element>;
  /**
   * Split text nodes (also in `repair`) whose marks now sit in an excluded region: a region made
   * editable, or moved into code/pre. Their regions are unmarked exactly, intact or not.
   */
  unmark: Set<Text>;
}

export function emptyWork(): Work {
  return { repair: new Set(), written: new Set(), dirty: new Set(), rewritten: new Set(), unmark: new Set() };
}

/** Adds the regions of our marks at or under `node` to the work to unmark. */
function unmarkIn(node: Node, own: Ownership, work: Work, markSelector: string): void {
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const el = node as Element;
  const marks = own.entityOf(el) !== undefined ? [el] : el.querySelectorAll(markSelector);
  for (const m of marks) {
    const o = own.entityOf(m) !== undefined ? own.originOf(m) : undefined;
    if (o) {
      work.repair.add(o);
      work.unmark.add(o);
    }
  }
}

function holdsOwnMark(node: Node, own: Ownership, markSelector: string): boolean {
  if (node.nodeType !== Node.ELEMENT_NODE) return false;
  const el = node as Element;
  if (own.entityOf(el) !== undefined) return true;
  for (const m of el.querySelectorAll(markSelector)) if (own.entityOf(m) !== undefined) return true;
  return false;
}

/** Sorts mutation records into work. */
export function triage(
  records: readonly MutationRecord[],
  own: Ownership,
  work: Work,
  markSelector: string,
): void {
  for (const rec of records) {
    const target = rec.target;
    if (rec.type === 'characterData') {
      if (target.nodeType !== Node.TEXT_NODE) continue;
      const o = own.originOf(target);
      if (o) {
        work.repair.add(o);
        if (o === target) work.written.add(o);
      } else if (own.prefilter((target as Text).data)) work.dirty.add(target);
      continue;
    }
    if (rec.type === 'attributes') {
      // contenteditable set or removed (the only attribute observed).
      if (target.nodeType !== Node.ELEMENT_NODE) continue;
      if (isExcluded(target as Element)) {
        if (own.hasMarked) unmarkIn(target, own, work, markSelector);
      } else if (own.prefilter(target.textContent ?? '')) work.dirty.add(target);
      continue;
    }
    if (rec.type !== 'childList') continue;
    // Marked text moved into an excluded element (code, pre, an editable region).
    if (
      own.hasMarked &&
      rec.addedNodes.length > 0 &&
      target.nodeType === Node.ELEMENT_NODE &&
      isExcluded(target as Element)
    ) {
      for (const n of rec.addedNodes) unmarkIn(n, own, work, markSelector);
    }
    // Something added to or removed from inside one of our marks.
    const inMark = own.originOf(target);
    if (inMark) work.repair.add(inMark);
    // Something inserted among a region's nodes (Preact places a new child before the split
    // node's nextSibling, which is our mark): the neighbours tell.
    const before = rec.previousSibling && own.originOf(rec.previousSibling);
    if (before) work.repair.add(before);
    const after = rec.nextSibling && own.originOf(rec.nextSibling);
    if (after) work.repair.add(after);
    let removedOurs = false;
    for (const n of rec.removedNodes) {
      const o = own.originOf(n);
      if (o) {
        // A split text node or a node of ours removed: a rewrite of marked text in `target`.
        work.repair.add(o);
        removedOurs = true;
        continue;
      }
      // The whole content replaced (innerHTML, textContent, replaceChildren): no sibling is left
      // on either side. If it held our marks, that is a rewrite of `target`.
      if (
        !removedOurs &&
        own.hasMarked &&
        rec.previousSibling === null &&
        rec.nextSibling === null &&
        holdsOwnMark(n, own, markSelector)
      ) {
        removedOurs = true;
      }
    }
    if (removedOurs && target.nodeType === Node.ELEMENT_NODE) work.rewritten.add(target as Element);
    for (const n of rec.addedNodes) {
      if (own.isOwn(n)) continue;
      // Its neighbours now (a record's previousSibling/nextSibling are not set everywhere).
      const prev = n.previousSibling && own.originOf(n.previousSibling);
      if (prev) work.repair.add(prev);
      const next = n.nextSibling && own.originOf(n.nextSibling);
      if (next) work.repair.add(next);
      if (n.nodeType === Node.TEXT_NODE) {
        if (own.prefilter((n as Text).data)) work.dirty.add(n);
      } else if (n.nodeType === Node.ELEMENT_NODE) {
        if (own.worthScanning(n as Element)) work.dirty.add(n);
      }
    }
  }
}

/** The observer, observing the document and the shadow roots it is given. */
export class PageWatcher {
  private readonly observer: MutationObserver;
  /** What it observes: the document and open shadow roots (weakly: a dropped root is let go). */
  private roots: WeakRef<Node>[] = [];
  private observing = false;
  private writing = false;

  constructor(onRecords: (records: MutationRecord[]) => void) {
    this.observer = new MutationObserver((records) => onRecords(records));
  }

  observe(root: Node): void {
    this.roots.push(new WeakRef(root));
    // Inside quiet() the observer is disconnected on purpose; the root is observed with the
    // others when the write is over (observing it now would record our own write).
    if (!this.writing) this.observer.observe(root, OBSERVE_OPTIONS);
    this.observing = true;
  }

  /** The records queued and not yet delivered: the page's, when called before a write of ours. */
  take(): MutationRecord[] {
    return this.observing ? this.observer.takeRecords() : [];
  }

  /**
   * Runs a write of ours: first hands the page's queued records to `before`, then writes with the
   * observer disconnected, then observes again. Disconnected, the browser makes no records of our
   * writes at all (taking and dropping them afterwards would cost a record object per split, more
   * than the split itself).
   */
  quiet<T>(before: (records: MutationRecord[]) => void, write: () => T): T {
    if (!this.observing || this.writing) return write();
    const pending = this.observer.takeRecords();
    if (pending.length > 0) before(pending);
    this.observer.disconnect();
    this.writing = true;
    try {
      return write();
    } finally {
      this.writing = false;
      this.observer.takeRecords();
      this.roots = this.roots.filter((ref) => {
        const root = ref.deref();
        if (root) this.observer.observe(root, OBSERVE_OPTIONS);
        return root !== undefined;
      });
    }
  }

  disconnect(): void {
    this.observer.disconnect();
    this.roots = [];
    this.observing = false;
  }

  /** How many roots it holds (weakly), for the leak tests. */
  get debugSize(): number {
    return this.roots.length;
  }
}
