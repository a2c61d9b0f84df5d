import { browser } from 'wxt/browser';
import { CardController } from '@/card/card-controller';
import { onCopy, onDragStart } from '@/page/clipboard';
import { Highlighter } from '@/page/highlighter';
import { isHostListed, withHost } from '@/settings/hosts';
import { LazyCards, scopedContext } from '@/card/lazy-cards';
import { MarkSource, ShownMentions } from '@/page/mark-source';
import { MentionReporter } from '@/page/mention-report';
import type { Core, CoreHandover } from '@/entrypoints/content/core-handover';
import { coreContext } from '@/entrypoints/content/core-context';
import { parseToContent, type MentionsReply, type ToBackground } from '@/utils/messages';
import { PageControl } from '@/entrypoints/content/page-control';
import { PageListeners } from '@/page/page-listeners';
import { optInPageState, setPageState } from '@/page/page-state';
import { Painter } from '@/page/paint';
import { browserHighlightApi } from '@/page/highlight-api';
import { Scanner } from '@/page/scanner';
import { DEFAULTS, openSettings, type Settings, type SettingsStore } from '@/settings/settings';

/**
 * Wires the painter or highlighter, the scanner, the card, the settings and messaging together
 * for one document (one frame), once the first stage found a candidate. It reads the settings
 * again and applies them (newest read wins), so it starts right also when they changed while it
 * loaded; until they say Brieflight is on here, nothing is written, styled or listened to in the
 * page (issue 17). Its scanner's first pass reads the whole document, so nothing the page added
 * while the core loaded is missed.
 */
export function startCore({ ctx: first, host, optedIn }: CoreHandover): Core {
  // WXT's whole context from here on (the card's shadow-root UI needs it), ended with the first stage's.
  const ctx = coreContext(first);
  // The state attribute only where the page asked for it (tests and tools; CONTRACT.md).
  if (optedIn) optInPageState(document);
  const isTop = window === window.top;
  const highlighter = new Highlighter();
  // No Custom Highlight API (Firefox before 140): mentions are element marks whatever the setting.
  const api = browserHighlightApi(window);
  const painter = api && new Painter(document, api);
  const marks = new MarkSource(document, highlighter, api);
  // Made below; the sources ask it which way mentions are shown since its last start.
  let scanner: Scanner | undefined;
  const isPainting = () => scanner?.isPainting === true;
  const mentions = new ShownMentions(painter, marks, isPainting);
  // The card's "Turn off on this site": the host joins the disabled sites, as the popup's switch
  // adds it; the settings watch below then turns the page off.
  let settingsStore: Promise<SettingsStore> | undefined;
  const turnOffSite = () => {
    void settingsStore
      ?.then(async (store) => {
        const { settings } = await store.load();
        if (!isHostListed(settings.disabledSites, host))
          await store.set('disabledSites', withHost(settings.disabledSites, host));
      })
      .catch(() => undefined);
  };
  const cards = new LazyCards(() => {
    const scope = scopedContext(ctx);
    return {
      cards: new CardController(scope.ctx, mentions, document, { turnOffSite }),
      dispose: scope.dispose,
    };
  });
  const control = new PageControl(document, host, cards);
  const counts = () => (isPainting() && painter ? painter.counts() : highlighter.counts(document));
  const count = () => counts().total;
  const reporter = new MentionReporter((total) => {
    const message: ToBackground = { type: 'mentions', total };
    // The background may be asleep or reloading; a lost count is corrected by the next change.
    browser.runtime.sendMessage(message).catch(() => undefined);
  });
  const report = () => reporter.report(count());
  const pageScanner = new Scanner(document, highlighter, {
    markOptions: () => control.markOptions(),
    onChange: () => report(),
    painter,
    display: () => control.display(),
  });
  scanner = pageScanner;
  control.attach(pageScanner);
  // An extension reload or update orphans this script: stop watching the page (marks stay;
  // painted ranges go, as nothing could open their cards any more).
  ctx.onInvalidated(() => {
    pageScanner.destroy();
    painter?.clear();
    marks.clear();
  });

  const onMessage = (message: unknown): Promise<MentionsReply | boolean> | undefined => {
    const m = parseToContent(message);
    if (!m) return undefined;
    if (m.type === 'resend-mentions') {
      reporter.resend(count());
      return undefined;
    }
    // Only the top frame answers the rest: the popup and the commands address the page the reader sees.
    if (!isTop) return undefined;
    switch (m.type) {
      case 'get-mentions':
        return Promise.resolve({ host, ...counts() });
      case 'focus-next':
        return Promise.resolve(control.isActive && (cards.current?.focusNext(m.entity) ?? false));
    }
  };

  // The badge: a page leaving (navigation, a removed frame, the back-forward cache) has no
  // mentions any more; a page coming back from that cache has its own again. Only the browser's
  // events count, and they survive document.open() (src/page/page-listeners.ts).
  const listeners = new PageListeners(document, report);
  listeners.on('window', 'pagehide', () => reporter.leave());
  listeners.on('window', 'pageshow', (e) => (e as PageTransitionEvent).persisted && report());
  // Copying a selection with our marks puts only the page's markup in the clipboard (src/page/clipboard.ts).
  listeners.on('window', 'copy', (e) => void onCopy(e as ClipboardEvent));
  listeners.on('window', 'dragstart', (e) => void onDragStart(e as DragEvent));
  ctx.onInvalidated(() => {
    listeners.dispose();
    reporter.dispose();
  });

  // Settings apply live: every change, from any context, re-reads the whole snapshot and applies
  // it (newest read wins), so nothing is lost between the first read and the watch.
  let reads = 0;
  const refresh = async (store: SettingsStore) => {
    const n = ++reads;
    let settings: Settings;
    try {
      settings = (await store.load()).settings;
    } catch {
      settings = { ...DEFAULTS };
    }
    if (n !== reads || ctx.isInvalid) return;
    // The badge hears of marks when the scanner reports a change; a page without mentions sends
    // nothing at all (the page before it reported 0 as it left).
    control.apply(settings);
    // Off here after all (the settings changed while the core loaded): the first stage's `scanning`
    // ends.
    if (!control.isActive) setPageState(document, 'idle');
  };
  settingsStore = openSettings();
  settingsStore
    .then((store) => {
      if (ctx.isInvalid) return;
      ctx.onInvalidated(store.watch(() => void refresh(store)));
      return refresh(store);
    })
    .catch(() => {
      // Storage unreachable (an extension reload under way): run with the defaults.
      if (reads === 0 && !ctx.isInvalid) control.apply({ ...DEFAULTS });
    });
  return { onMessage };
}
