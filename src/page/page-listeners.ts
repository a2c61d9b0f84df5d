// Listeners on the page's window and document that a page can neither trigger nor remove.
//
// - Trigger: a page can dispatch any event it likes (`new PageTransitionEvent('pagehide')`,
//   `new PopStateEvent('popstate')`) on its window; only events the browser made have
//   `isTrusted === true`, so only those reach the handler.
// - Remove: `document.open()` erases every event listener of the document and of its window, ours
//   included: they are per object, not per JavaScript world (HTML "document open steps", step
//   "erase all event listeners and handlers"; in Chromium 156 a window and a document listener of
//   an isolated world both stopped firing, docs/adr/0016-page-boundary.md). The document object and the window stay the same, and so do mutation
//   observers, so a childList observer on the document sees the old <html> go, and the listeners are
//   added again then. Removing one first makes a false alarm harmless (no listener runs twice).

export type ListenTarget = 'window' | 'document';

interface Entry {
  target: ListenTarget;
  type: string;
  listener: (e: Event) => void;
  options: AddEventListenerOptions | undefined;
}

export class PageListeners {
  private entries: Entry[] = [];
  private observer: MutationObserver | undefined;
  private disposed = false;

  /**
   * @param doc the content script's document (its window is `doc.defaultView`).
   * @param onRearmed called after `document.open()` replaced the document and the listeners were
   *   added again (the page's content is a new one: recount what depends on it).
   */
  constructor(
    private readonly doc: Document,
    private readonly onRearmed: () => void = () => undefined,
  ) {}

  /**
   * Calls `handler` for each trusted `type` event on the window or the document, until dispose.
   * `options` (capture, passive) are passed to addEventListener each time the listener is added.
   */
  on(
    target: ListenTarget,
    type: string,
    handler: (e: Event) => void,
    options?: AddEventListenerOptions,
  ): void {
    if (this.disposed) return;
    const entry: Entry = {
      target,
      type,
      // Fail closed: an environment without the flag acts on nothing.
      listener: (e) => {
        if (e.isTrusted === true) handler(e);
      },
      options,
    };
    this.entries.push(entry);
    this.add(entry);
    this.watch();
  }

  /** Removes every listener and stops watching for `document.open()`. */
  dispose(): void {
    this.disposed = true;
    this.observer?.disconnect();
    this.observer = undefined;
    for (const e of this.entries) this.targetOf(e)?.removeEventListener(e.type, e.listener, e.options);
    this.entries = [];
  }

  private watch(): void {
    if (this.observer) return;
    const view = this.doc.defaultView;
    if (!view) return;
    let root = this.doc.documentElement;
    this.observer = new view.MutationObserver(() => {
      if (this.doc.documentElement === root) return;
      root = this.doc.documentElement;
      for (const e of this.entries) {
        const t = this.targetOf(e);
        t?.removeEventListener(e.type, e.listener, e.options);
        t?.addEventListener(e.type, e.listener, e.options);
      }
      this.onRearmed();
    });
    // Only the document's own children: <html> replaced. Nothing deeper is observed, so this
    // costs nothing on pages that change their content.
    this.observer.observe(this.doc, { childList: true });
  }

  private add(e: Entry): void {
    this.targetOf(e)?.addEventListener(e.type, e.listener, e.options);
  }

  private targetOf(e: Entry): EventTarget | null {
    return e.target === 'window' ? this.doc.defaultView : this.doc;
  }
}
