// The scanner's side of the page's changes: mutation records triaged and repaired, shadow roots
// attached late, custom elements defined late, the back-off's pauses, SPA navigation. Apart from
// scanner.ts because it answers the page, while scanner.ts decides when work runs.
import { MARK_CLASS } from '@/page/dom-contract';
import { isExcluded } from '@/page/markable';
import { watchDesignMode } from '@/page/exclusion';
import { triage } from '@/page/observe';
import { PageListeners } from '@/page/page-listeners';
import { runAround } from '@/page/same-run';
import { setPageState } from '@/page/page-state';
import { findUndefined } from '@/page/shadow';
import {
  MAX_PENDING_HOSTS,
  PAINT_AT_ONCE_MS,
  PAINT_AT_ONCE_NODES,
  UNDEFINED_RECHECK_MAX_MS,
} from '@/utils/timings';
import { ScannerWalks } from '@/page/scanner-walks';

const MARK_SELECTOR = `mark.${MARK_CLASS}`;

/** The Scanner's handling of the page's changes (src/page/scanner.ts is the class to use). */
export abstract class ScannerChanges extends ScannerWalks {
  /** Caught up: idle, and the change reported (src/page/scanner.ts). */
  protected abstract settle(): void;

  // ── The page's changes ─────────────────────────────────────────────────────────────────────────

  protected onRecords(records: MutationRecord[]): void {
    if (!this.running) return;
    const t0 = this.host.now();
    // Painted: the ranges of text the page changed or removed go now (the next batch paints what
    // is there instead); nothing to repair, nothing of the page's DOM was touched. A text node
    // read alone (no run around it) whose new data holds the same mentions at the same offsets
    // keeps them, set again in place, and is not read again: a ticker costs a find() a frame.
    if (this.painting && this.opts.painter!.forget(records, readAlone)) this.changed = true;
    if (this.painting) this.editableChanges(records);
    triage(records, this.own, this.work, MARK_SELECTOR);
    if (this.painting) {
      for (const t of this.opts.painter!.takeOrphans()) this.work.dirty.add(t);
      for (const t of this.opts.painter!.takeRefitted()) this.work.dirty.delete(t);
    }
    const late = this.findLateRoots(records);
    // Repairs at once: the page's text is whole again before it paints.
    if (this.work.repair.size > 0 || this.work.rewritten.size > 0) {
      this.watcher.quiet(
        (more) => this.absorb(more),
        () => this.repairAll(),
      );
    }
    this.stats.callbacks++;
    this.stats.busyMs += this.host.now() - t0;
    if (this.work.dirty.size > 0 || late) {
      // Painted, a small change is painted now, in this microtask: before the page's next frame,
      // so a ticker rewriting a mention every frame shows it in every frame, and the state never
      // flips. (Marks wait for the batch: their writes relayout the page.)
      const small =
        this.painting && !this.slicer.pending && this.walks.length === 0 && this.head >= this.queue.length;
      if (small && this.work.dirty.size <= PAINT_AT_ONCE_NODES) {
        if (this.slice(PAINT_AT_ONCE_MS)) this.schedule();
      } else this.schedule();
    } else if (this.changed && !this.slicer.pending) this.settle();
  }

  /**
   * Painted: a region that became editable (contenteditable set later) loses its ranges at once;
   * one that stopped being editable is read again.
   */
  private editableChanges(records: readonly MutationRecord[]): void {
    for (const rec of records) {
      if (rec.type !== 'attributes' || rec.target.nodeType !== Node.ELEMENT_NODE) continue;
      const el = rec.target as Element;
      if (isExcluded(el)) {
        const before = this.opts.painter!.total;
        this.opts.painter!.dropSubtree(el);
        if (this.opts.painter!.total !== before) this.changed = true;
      } else if (el.isConnected) this.work.dirty.add(el);
    }
  }

  /**
   * Open shadow roots attached after their host was scanned (attachShadow makes no record): on
   * an element whose subtree changed (the changed nodes' ancestors), and on custom elements that
   * were undefined. True when any was
   * found (its walk is queued).
   */
  private findLateRoots(records: readonly MutationRecord[]): boolean {
    let found = false;
    // Each changed node's ancestors (within its tree), each looked at once a batch.
    const seen = new Set<Node>();
    for (const rec of records) {
      for (
        let el: Element | null =
          rec.target.nodeType === Node.ELEMENT_NODE ? (rec.target as Element) : rec.target.parentElement;
        el;
        el = el.parentElement
      ) {
        if (seen.has(el)) break;
        seen.add(el);
        const sr = el.shadowRoot;
        if (sr && !this.observed.has(sr)) {
          this.adoptRoot(sr, false);
          found = true;
        }
      }
    }
    if (this.pendingHosts.length > 0 && this.recheckHosts()) found = true;
    return found;
  }

  /** Looks at the undefined custom elements again; true when one now hosts an open root. */
  private recheckHosts(): boolean {
    let found = false;
    this.pendingHosts = this.pendingHosts.filter((ref) => {
      const el = ref.deref();
      if (!el || !el.isConnected) return false;
      const sr = el.shadowRoot;
      if (sr && !this.observed.has(sr)) {
        this.adoptRoot(sr, false);
        found = true;
      }
      return !isDefined(el);
    });
    return found;
  }

  /** Waits for the undefined custom elements in `root` (their roots may come with definition). */
  protected watchUndefined(root: Node): void {
    if (
      root.nodeType !== Node.ELEMENT_NODE &&
      root.nodeType !== Node.DOCUMENT_FRAGMENT_NODE &&
      root.nodeType !== Node.DOCUMENT_NODE
    )
      return;
    const registry = (this.doc.defaultView as (Window & typeof globalThis) | null)?.customElements;
    for (const el of findUndefined(root as ParentNode)) {
      if (this.pendingHosts.length >= MAX_PENDING_HOSTS) break;
      this.pendingHosts.push(new WeakRef(el));
      const name = el.localName;
      // A content script's world may have no registry (Chromium's isolated worlds): then every
      // batch of the page's changes looks again (findLateRoots), and a timer whose delay doubles.
      if (!registry || typeof registry.whenDefined !== 'function') {
        this.armHostTimer();
        continue;
      }
      if (this.awaited.has(name)) continue;
      this.awaited.add(name);
      registry.whenDefined(name).then(
        () => this.onHostsChanged(),
        () => undefined,
      );
    }
  }

  /** An undefined host may have been defined: read its root now (painted) or in a batch. */
  private onHostsChanged(): void {
    if (!this.running || !this.recheckHosts()) return;
    if (this.painting && !this.slicer.pending) {
      if (this.slice(PAINT_AT_ONCE_MS)) this.schedule();
    } else this.schedule();
  }

  private armHostTimer(): void {
    if (this.cancelHostTimer) return;
    this.cancelHostTimer = this.host.after(this.hostRecheckMs, () => {
      this.cancelHostTimer = undefined;
      this.hostRecheckMs = Math.min(this.hostRecheckMs * 2, UNDEFINED_RECHECK_MAX_MS);
      this.onHostsChanged();
      if (this.running && this.pendingHosts.length > 0) this.armHostTimer();
    });
  }

  /** Page records taken before a write of ours: triaged like any others. */
  protected absorb(records: MutationRecord[]): void {
    if (this.painting && this.opts.painter!.forget(records, readAlone)) this.changed = true;
    triage(records, this.own, this.work, MARK_SELECTOR);
    if (this.painting) {
      for (const t of this.opts.painter!.takeOrphans()) this.work.dirty.add(t);
      for (const t of this.opts.painter!.takeRefitted()) this.work.dirty.delete(t);
    }
  }

  private schedule(): void {
    if (this.slicer.pending) return;
    setPageState(this.doc, 'scanning');
    this.slicer.request();
  }

  protected repairAll(): void {
    const { repair, written, rewritten, dirty, unmark } = this.work;
    for (const o of repair) {
      const r = this.highlighter.repair(o, unmark.has(o), written.has(o));
      if (!r) continue;
      this.changed = true;
      if (r.parent) rewritten.add(r.parent);
      for (const t of r.rescan) dirty.add(t);
    }
    repair.clear();
    written.clear();
    unmark.clear();
    let paused = false;
    for (const el of rewritten) if (this.limiter.note(el)) paused = true;
    rewritten.clear();
    if (paused) this.armPauseTimer();
  }

  /** Wakes up when the next pause ends, to scan the paused element again. */
  private armPauseTimer(): void {
    this.cancelPauseTimer?.();
    this.cancelPauseTimer = undefined;
    const next = this.limiter.nextEnd();
    if (next === undefined) return;
    this.cancelPauseTimer = this.host.after(Math.max(0, next - this.host.now()), () => {
      this.cancelPauseTimer = undefined;
      if (!this.running) return;
      for (const el of this.limiter.takeEnded()) this.work.dirty.add(el);
      this.armPauseTimer();
      if (this.work.dirty.size > 0) this.schedule();
    });
  }

  protected listen(): void {
    const win = this.doc.defaultView;
    if (!win) return;
    // SPA navigation. A content script lives in an isolated world: patching history.pushState
    // here would not see the page's calls. The observer sees the new content anyway; these events
    // only tell us the page is a new one, so the back-off starts afresh.
    // Only the browser's own events: a page can dispatch a popstate of its own (src/page/backoff.ts).
    // The window's and the document's listeners are erased by document.open(): PageListeners adds
    // them again when the document is replaced (issue 17). The Navigation object keeps its own.
    const listeners = new PageListeners(this.doc);
    const onNavigate = () => this.onNavigate();
    this.unlisten.push(() => listeners.dispose());
    // A document switched to designMode has no mutation to tell: the reader's first focus or edit does.
    watchDesignMode(
      this.doc,
      () =>
        this.watcher.quiet(
          (r) => this.absorb(r),
          () => this.highlighter.unmarkAll(this.doc),
        ),
      listeners,
    );
    listeners.on('window', 'popstate', onNavigate);
    listeners.on('window', 'hashchange', onNavigate);
    // The Navigation API (Chromium) also reports pushState and replaceState.
    const navigation = (win as Window & { navigation?: EventTarget }).navigation;
    if (navigation && typeof navigation.addEventListener === 'function') {
      const onNavigateSuccess = (e: Event) => e.isTrusted && this.onNavigate();
      navigation.addEventListener('navigatesuccess', onNavigateSuccess);
      this.unlisten.push(() => navigation.removeEventListener('navigatesuccess', onNavigateSuccess));
    }
  }

  private onNavigate(): void {
    if (!this.running) return;
    const ended = this.limiter.navigated();
    if (!ended) return;
    for (const el of ended) this.work.dirty.add(el);
    this.cancelPauseTimer?.();
    this.cancelPauseTimer = undefined;
    if (this.work.dirty.size > 0) this.schedule();
  }
}

/** True when `t` is read alone: no neighbour in its inline run touches it letter to letter. */
function readAlone(t: Text): boolean {
  return runAround(t).length === 1;
}

function isDefined(el: Element): boolean {
  try {
    return el.matches(':defined');
  } catch {
    return true;
  }
}
