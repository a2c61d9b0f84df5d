import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { CardController } from '@/components/card-controller';
import { Highlighter } from '@/utils/highlight';
import { LazyCards, scopedContext } from '@/utils/lazy-cards';
import { MarkSource, ShownMentions } from '@/utils/mark-source';
import { isOwnSender, parseToContent, type MentionsReply, type ToBackground } from '@/utils/messages';
import { PageControl } from '@/utils/page-control';
import { optInPageState } from '@/utils/page-state';
import { Painter, browserHighlightApi } from '@/utils/paint';
import { Scanner } from '@/utils/scanner';
import { DEFAULTS, openSettings, type Settings } from '@/utils/settings';

/**
 * Wires the painter or highlighter, the scanner, the card, the settings and messaging together
 * for one document (one frame). Until the settings say Brieflight is on here, nothing is written,
 * styled or listened to in the page (issue 17).
 */
export function startPage(ctx: ContentScriptContext): void {
  // The state attribute only where the page asked for it (tests and tools; CONTRACT.md).
  optInPageState(document);
  const isTop = window === window.top;
  const host = siteHost();
  const highlighter = new Highlighter();
  // No Custom Highlight API (Firefox before 140): mentions are element marks whatever the setting.
  const api = browserHighlightApi(window);
  const painter = api && new Painter(document, api);
  const marks = new MarkSource(document, highlighter, api);
  // Made below; the sources ask it which way mentions are shown since its last start.
  let scanner: Scanner | undefined;
  const isPainting = () => scanner?.isPainting === true;
  const mentions = new ShownMentions(painter, marks, isPainting);
  const cards = new LazyCards(() => {
    const scope = scopedContext(ctx);
    // TODO(issue 12, cardctl): the controller takes `mentions` (a MentionSource) once the card
    // controller's branch is merged; until then it finds element marks through the highlighter.
    return { cards: new CardController(scope.ctx, highlighter), dispose: scope.dispose };
  });
  const control = new PageControl(document, host, cards);
  const counts = () => (isPainting() && painter ? painter.counts() : highlighter.counts(document));
  const report = (total = counts().total) => {
    const message: ToBackground = { type: 'mentions', total };
    // The background may be asleep or reloading; a lost count is corrected by the next change.
    browser.runtime.sendMessage(message).catch(() => undefined);
  };
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

  const onMessage = (message: unknown, sender: { id?: string }): Promise<MentionsReply | boolean> | undefined => {
    // Only the top frame answers: the popup and the commands address the page the reader sees.
    if (!isTop || !isOwnSender(sender, browser.runtime.id)) return undefined;
    const m = parseToContent(message);
    if (!m) return undefined;
    switch (m.type) {
      case 'get-mentions':
        return Promise.resolve({ host, ...counts() });
      case 'focus-next':
        return Promise.resolve(control.isActive && (cards.current?.focusNext(m.entity) ?? false));
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  // The badge: a page leaving (navigation, a removed frame, the back-forward cache) has no
  // mentions any more; a page coming back from that cache has its own again.
  ctx.addEventListener(window, 'pagehide', () => report(0));
  ctx.addEventListener(window, 'pageshow', (e) => {
    if ((e as PageTransitionEvent).persisted) report();
  });

  // Settings apply live: every change, from any context, re-reads the whole snapshot and applies
  // it (newest read wins), so nothing is lost between the first read and the watch.
  let reads = 0;
  let started = false;
  const refresh = async (store: Awaited<ReturnType<typeof openSettings>>) => {
    const n = ++reads;
    let settings: Settings;
    try {
      settings = (await store.load()).settings;
    } catch {
      settings = { ...DEFAULTS };
    }
    if (n !== reads || ctx.isInvalid) return;
    started = true;
    // The badge hears of marks when the scanner reports a change; a page without mentions sends
    // nothing at all (the page before it reported 0 as it left).
    control.apply(settings);
  };
  openSettings()
    .then((store) => {
      if (ctx.isInvalid) return;
      ctx.onInvalidated(store.watch(() => void refresh(store)));
      return refresh(store);
    })
    .catch(() => {
      // Storage unreachable (an extension reload under way): run with the defaults.
      if (!started && !ctx.isInvalid) {
        started = true;
        control.apply({ ...DEFAULTS });
      }
    });
}

/**
 * The host of the site the reader is on: the top page's, also inside frames (an embedded post is
 * part of the site it is embedded in). about:blank and srcdoc frames have no host of their own.
 */
function siteHost(): string {
  if (window === window.top) return location.hostname;
  // Chrome: the origins of every ancestor, the top one last; no cross-origin access needed.
  const ancestors = location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) {
    try {
      return new URL(ancestors[ancestors.length - 1]!).hostname;
    } catch {
      // fall through
    }
  }
  // Firefox has no ancestorOrigins: a same-origin top is readable, a cross-origin one throws.
  try {
    return window.top?.location.hostname ?? location.hostname;
  } catch {
    return location.hostname;
  }
}
