// The content script's first stage (docs/adr/0013-first-stage.md): what runs on every page. It
// decides from the settings whether Brieflight is on here; where it is, it walks the document's
// text (and open shadow roots) with the prefilter alone and watches the page's changes for a
// candidate. Only the first candidate brings in the core (scanner, painter, marks, card), once.
// Where Brieflight is off it does nothing at all: no walk, no observer, no write.
//
// Nothing here imports the matcher, mark.js or the card: this module and src/detect/prefilter.ts are
// the whole scan a page without mentions ever pays for.
import { EDITABLE_SELECTOR, NOT_TEXT_TAGS } from '@/page/excluded';

/**
 * Elements whose text is never shown as a mention (src/page/excluded.ts, CONTRACT.md's list). Asked
 * only on a prefilter hit: a country list in a <select> loads no core.
 */
export const NOT_TEXT_SELECTOR = [...NOT_TEXT_TAGS, EDITABLE_SELECTOR].join(',');

/**
 * One walk of `root` (a node, or a document, element or shadow root's subtree): true as soon as a
 * read text node (not inside NOT_TEXT_SELECTOR) passes the prefilter; meanwhile the open shadow
 * roots of the elements it passes are handed to `onRoot`. Text and elements in one TreeWalker: a
 * second walk over the elements for their roots cost about as much again on a page without
 * mentions (npm run bench, "no mentions"). The parent is asked about only on a hit: a filter
 * callback on every node would cost more than the test.
 */
function holdsCandidate(
  root: Node,
  test: (text: string) => boolean,
  onRoot: (sr: ShadowRoot) => void,
): boolean {
  if (root.nodeType === Node.TEXT_NODE) return readable(root as Text) && test((root as Text).data);
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (
    let n: Node | null = root.nodeType === Node.ELEMENT_NODE ? root : walker.nextNode();
    n;
    n = walker.nextNode()
  ) {
    if (n.nodeType === Node.TEXT_NODE) {
      if (test((n as Text).data) && readable(n as Text)) return true;
    } else {
      const sr = (n as Element).shadowRoot;
      if (sr) onRoot(sr);
    }
  }
  return false;
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
    if (holdsCandidate(root, this.env.test, (sr) => found.push(sr))) return true;
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
        if (
          r.target.nodeType === Node.TEXT_NODE &&
          readable(r.target as Text) &&
          this.env.test((r.target as Text).data)
        )
          return this.load();
        continue;
      }
      // A host whose light DOM changes may have been given a shadow root (attachShadow makes no record).
      const target = r.target as Element;
      if (target.nodeType === Node.ELEMENT_NODE && target.shadowRoot && !this.roots.has(target.shadowRoot)) {
        this.observeRoot(target.shadowRoot);
        if (this.scan(target.shadowRoot)) return this.load();
      }
      for (const n of Array.from(r.addedNodes)) if (this.scan(n)) return this.load();
    }
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
