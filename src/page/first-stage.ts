// The content script's first stage (docs/adr/0013-first-stage.md): what runs on every page. It
// walks the document's text (and open shadow roots) with the prefilter alone and watches the
// page's changes for a candidate. Only the first candidate brings in the core (scanner, painter,
// marks, card), once. On a reader's page the settings are read at that candidate (ADR 0023): where
// Brieflight is off the stage stops there, having written nothing. On a page that opted in to the
// state attribute they are read first, and where off it does nothing at all: no walk, no
// observer, no write.
//
// Nothing here imports the matcher, mark.js or the card: this module, src/page/shadow.ts's walk and
// src/detect/prefilter.ts are the whole scan a page without mentions ever pays for.
import { PREFILTER_WORD } from '@/detect/prefilter';
import { BOUNDARY_TAGS, everyElementBetween } from '@/page/boundary-tags';
import { EDITABLE_SELECTOR, NOT_TEXT_TAGS } from '@/page/excluded';
import { findOpenShadowRoots } from '@/page/shadow';

/**
 * Elements whose text is never shown as a mention (src/page/excluded.ts, CONTRACT.md's list). Asked
 * only on a prefilter hit: a country list in a <select> loads no core.
 */
export const NOT_TEXT_SELECTOR = [...NOT_TEXT_TAGS, EDITABLE_SELECTOR].join(',');

/**
 * True when the UTF-16 unit `c` may continue a word across a junction between text nodes: an ASCII
 * letter or digit, or any other character but ASCII and the no-break space. A superset of
 * src/page/inline-run.ts's test (letters, marks, digits, ignorables of every script), which the
 * first stage cannot carry (its tables): a junction read for nothing costs one short test.
 */
function mayGlue(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return c !== 0xa0;
}

/** True when `before`'s last character and `after`'s first may make one word across a junction. */
function gluedAt(before: string, after: string): boolean {
  return mayGlue(after.charCodeAt(0)) && mayGlue(before.charCodeAt(before.length - 1));
}

/**
 * The first word of `text`, at most the prefilter's word length (src/detect/prefilter.ts PREFILTER_WORD):
 * a name split at a junction has its key, or the letters that must follow it, in the word across it.
 */
function firstWord(text: string): string {
  let end = 0;
  while (end < text.length && end < PREFILTER_WORD && mayGlue(text.charCodeAt(end))) end++;
  return text.slice(0, end);
}

/** The last word of `text` (at most PREFILTER_WORD). */
function lastWord(text: string): string {
  let start = text.length;
  while (start > 0 && text.length - start < PREFILTER_WORD && mayGlue(text.charCodeAt(start - 1))) start--;
  return text.slice(start);
}

/** An element that does not end an inline run by its tag (CSS is not read here). */
const isInline = (el: Element): boolean => !BOUNDARY_TAGS.has(el.localName);

/**
 * One walk of `root` (a node, or a document, element or shadow root's subtree): true as soon as a
 * read text node (not inside NOT_TEXT_SELECTOR) passes the prefilter, alone or read together with
 * the text before it where the two touch letter to letter (a name split over inline elements,
 * `<b>Azer</b>baijan`, one `<span>` per letter: ADR 0014; a block element between them ends the
 * run, by its tag); where none does, the open
 * shadow roots of `root` and the elements under it are handed to `onRoot`. The walk shows text
 * nodes only and runs `pretest` inline: a call of `test` per text node costs more than the RegExp
 * in cold code. The parent is asked about only on a hit (a filter callback on every node would
 * cost more than the test). The elements are asked for their roots in a second walk, after the
 * text: no slower than one walk over both (npm run bench, "no mentions"), and a page with a
 * candidate in its text loads the core without it (docs/adr/0013-first-stage.md).
 */
function holdsCandidate(
  root: Node,
  test: (text: string) => boolean,
  pretest: RegExp | undefined,
  onRoot: (sr: ShadowRoot) => void,
): boolean {
  if (root.nodeType === Node.TEXT_NODE) return readable(root as Text) && test((root as Text).data);
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const passes = (text: string) => (pretest === undefined || pretest.test(text)) && test(text);
  // The last text node read; and the last word of the run of glued text it ends, when that began
  // in an earlier node (a name may span many: B-a-k-u). Per node, the walk adds one comparison
  // and four assignments: in cold code each call costs (npm run bench, "no mentions").
  let prev: Text | null = null;
  let prevData = '';
  let prevLast = 0;
  let run: string | undefined;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    const data = t.data;
    if (data.length === 0) continue;
    if ((pretest === undefined || pretest.test(data)) && test(data) && readable(t)) return true;
    let next: string | undefined;
    // A glued junction (rare; below 'A' no letter starts or ends a name): the word across it,
    // tested; the elements between are asked only then.
    if (data.charCodeAt(0) >= 0x41 && prevLast >= 0x41 && prev !== null && gluedAt(prevData, data)) {
      const first = firstWord(data);
      const joint = (run ?? lastWord(prevData)) + first;
      if (passes(joint) && everyElementBetween(prev, t, isInline) && readable(t)) return true;
      if (first.length === data.length) next = lastWord(joint);
    }
    prev = t;
    prevData = data;
    prevLast = data.charCodeAt(data.length - 1);
    run = next;
  }
  for (const sr of findOpenShadowRoots(root)) onRoot(sr);
  return false;
}

/**
 * True when text node `t` (changed or added), read with the glued text nodes before and after it,
 * may hold a mention: the page added `<b>Azer</b>` before "baijan", or changed one letter's span.
 */
function runAroundHolds(t: Text, test: (text: string) => boolean): boolean {
  const data = t.data;
  if (data.length === 0) return false;
  // Below 'A' no letter starts or ends a name: a clock or a counter the page rewrites every frame
  // ("12:04:59", "1,204") reads no neighbours.
  const first = data.charCodeAt(0);
  const last = data.charCodeAt(data.length - 1);
  const atStart = first >= 0x41 && mayGlue(first);
  const atEnd = last >= 0x41 && mayGlue(last);
  if ((!atStart && !atEnd) || !readable(t)) return false;
  const walker = t.ownerDocument.createTreeWalker(t.getRootNode(), NodeFilter.SHOW_TEXT);
  let before = '';
  walker.currentNode = t;
  for (
    let p = walker.previousNode();
    atStart && p && before.length < PREFILTER_WORD;
    p = walker.previousNode()
  ) {
    const d = (p as Text).data;
    if (d.length === 0) continue;
    const w = lastWord(d);
    before = w + before;
    if (w.length < d.length) break;
  }
  let after = '';
  walker.currentNode = t;
  for (let q = walker.nextNode(); atEnd && q && after.length < PREFILTER_WORD; q = walker.nextNode()) {
    const d = (q as Text).data;
    if (d.length === 0) continue;
    const w = firstWord(d);
    after += w;
    if (w.length < d.length) break;
  }
  return (before !== '' || after !== '') && test(before + data + after);
}

function readable(t: Text): boolean {
  const p = t.parentElement;
  return p === null || p.closest(NOT_TEXT_SELECTOR) === null;
}

/** Observed in the document and each open shadow root: text and structure, not attributes. */
const WATCH: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export interface FirstStageEnv {
  doc: Document;
  /** The prefilter (src/detect/prefilter.ts): true when a text may hold a mention. */
  test: (text: string) => boolean;
  /**
   * A necessary condition of `test` (src/detect/prefilter.ts prefilterPretest; no 'g' or 'y' flag):
   * the walk runs it on every text node and calls `test` only where it matches.
   */
  pretest?: RegExp;
  /**
   * Loads and starts the core; the first stage calls it at most once while it resolves, and again
   * only after it rejected (the extension reloaded under the page: the next candidate tries again).
   * Resolves `false` instead when it found Brieflight off here (the settings are read on a reader's
   * page only at the first candidate: docs/adr/0023-first-stage-context.md): the stage is then off
   * until `apply(true)`.
   */
  loadCore: () => Promise<boolean | void>;
  /** Where the page opted in to the state attribute: sets it (src/page/page-state.ts). */
  setState: (state: 'scanning' | 'idle') => void;
}

export type Phase = 'off' | 'watching' | 'loading' | 'core';

/**
 * The first stage of one document. `apply(on)` with each settings snapshot's switch
 * (src/settings/settings-switch.ts, 'unsure' as on); once
 * the core runs (phase 'core'), the core applies the settings itself and this does nothing more.
 */
export class FirstStage {
  private phase: Phase = 'off';
  private disposed = false;
  private observer: MutationObserver | undefined;
  /** The open shadow roots found so far: each observer watches them as well as the document. */
  private readonly roots = new WeakSet<Node>();
  private readonly rootList: ShadowRoot[] = [];

  constructor(private readonly env: FirstStageEnv) {}

  get current(): Phase {
    return this.phase;
  }

  /** Brieflight on (true) or off (false) for this page, from the newest settings. */
  apply(on: boolean): void {
    if (this.disposed || this.phase === 'core' || this.phase === 'loading') return;
    if (!on) {
      this.stopWatching();
      this.phase = 'off';
      return;
    }
    if (this.phase === 'watching') return;
    this.phase = 'watching';
    const doc = this.env.doc;
    const root = doc.documentElement;
    if (root && this.scan(doc.body ?? root)) return this.load();
    this.watch();
    // A page without candidates is done: an opted-in page reads `idle` (CONTRACT.md).
    this.env.setState('idle');
  }

  /** Stops watching (the content script's context ended). */
  dispose(): void {
    this.disposed = true;
    this.stopWatching();
  }

  /** True when `root`'s text or an open shadow root's under it holds a candidate. */
  private scan(root: Node): boolean {
    const found: ShadowRoot[] = [];
    if (holdsCandidate(root, this.env.test, this.env.pretest, (sr) => found.push(sr))) return true;
    for (const sr of found) {
      this.observeRoot(sr);
      if (this.scan(sr)) return true;
    }
    return false;
  }

  private watch(): void {
    const doc = this.env.doc;
    const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
    this.observer = new Observer((records) => this.onRecords(records));
    this.observer.observe(doc, WATCH);
    for (const sr of this.rootList) this.observer.observe(sr, WATCH);
  }

  private observeRoot(sr: ShadowRoot): void {
    if (this.roots.has(sr)) return;
    this.roots.add(sr);
    this.rootList.push(sr);
    this.observer?.observe(sr, WATCH);
  }

  /** A batch of the page's changes: any candidate in what was added or changed loads the core. */
  onRecords(records: readonly MutationRecord[]): void {
    if (this.phase !== 'watching') return;
    for (const r of records) {
      if (r.type === 'characterData') {
        if (r.target.nodeType !== Node.TEXT_NODE) continue;
        const t = r.target as Text;
        if ((this.env.test(t.data) && readable(t)) || runAroundHolds(t, this.env.test)) return this.load();
        continue;
      }
      // A host whose light DOM changes may have been given a shadow root (attachShadow makes no record).
      const target = r.target as Element;
      if (target.nodeType === Node.ELEMENT_NODE && target.shadowRoot && !this.roots.has(target.shadowRoot)) {
        this.observeRoot(target.shadowRoot);
        if (this.scan(target.shadowRoot)) return this.load();
      }
      for (const n of Array.from(r.addedNodes)) {
        if (this.scan(n) || this.edgesHold(n)) return this.load();
      }
    }
  }

  /** True when the first or last text of added node `n` completes a name with the page's text around it. */
  private edgesHold(n: Node): boolean {
    if (n.nodeType === Node.TEXT_NODE) return runAroundHolds(n as Text, this.env.test);
    if (n.nodeType !== Node.ELEMENT_NODE || !n.isConnected) return false;
    const walker = n.ownerDocument!.createTreeWalker(n, NodeFilter.SHOW_TEXT);
    const first = walker.nextNode() as Text | null;
    if (!first) return false;
    let last = first;
    walker.currentNode = n;
    for (let l = walker.lastChild(); l; l = walker.lastChild()) last = l as Text;
    return runAroundHolds(first, this.env.test) || (last !== first && runAroundHolds(last, this.env.test));
  }

  private load(): void {
    this.stopWatching();
    this.phase = 'loading';
    this.env.setState('scanning');
    this.env.loadCore().then(
      (started) => {
        if (this.phase !== 'loading') return;
        if (started !== false) {
          this.phase = 'core';
          return;
        }
        // Off here: nothing more is walked or watched; an opted-in page has caught up.
        this.phase = 'off';
        this.env.setState('idle');
      },
      () => {
        // The core could not load (the extension reloaded or updated under the page): watch again,
        // so a later candidate tries again (not this one: that would retry in a loop).
        if (this.phase !== 'loading' || this.disposed) return;
        this.phase = 'watching';
        this.watch();
        this.env.setState('idle');
      },
    );
  }

  private stopWatching(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
