import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { CardController } from '@/components/card-controller';
import { onCopy, onDragStart } from '@/utils/clipboard';
import { Highlighter } from '@/utils/highlight';
import { isOwnSender, parseToContent, type MentionsReply, type ToBackground } from '@/utils/messages';
import { PageControl } from '@/utils/page-control';
import { setPageState } from '@/utils/page-state';
import { Scanner } from '@/utils/scanner';
import { DEFAULTS, openSettings, type Settings } from '@/utils/settings';

/**
 * Wires the highlighter, the scanner, the card, the settings and messaging together for one
 * document (one frame).
 */
export function startPage(ctx: ContentScriptContext): void {
  // Reading the settings is work pending: nothing is marked before they say where and what.
  setPageState(document, 'scanning');
  const isTop = window === window.top;
  const host = siteHost();
  const highlighter = new Highlighter();
  const cards = new CardController(ctx, highlighter);
  const control = new PageControl(document, host, cards);
  const report = (total = highlighter.counts(document).total) => {
    const message: ToBackground = { type: 'mentions', total };
    // The background may be asleep or reloading; a lost count is corrected by the next change.
    browser.runtime.sendMessage(message).catch(() => undefined);
  };
  const scanner = new Scanner(document, highlighter, {
    markOptions: () => control.markOptions(),
    onChange: () => report(),
  });
  control.attach(scanner);
  // An extension reload or update orphans this script: stop watching the page (marks stay).
  ctx.onInvalidated(() => scanner.destroy());

  const onMessage = (message: unknown, sender: { id?: string }): Promise<MentionsReply | boolean> | undefined => {
    // Only the top frame answers: the popup and the commands address the page the reader sees.
    if (!isTop || !isOwnSender(sender, browser.runtime.id)) return undefined;
    const m = parseToContent(message);
    if (!m) return undefined;
    switch (m.type) {
      case 'get-mentions':
        return Promise.resolve({ host, ...highlighter.counts(document) });
      case 'focus-next':
        return Promise.resolve(control.isActive && cards.focusNext(m.entity));
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  // The badge: a page leaving (navigation, a removed frame, the back-forward cache) has no
  // mentions any more; a page coming back from that cache has its own again.
  ctx.addEventListener(window, 'pagehide', () => report(0));
  // Copying a selection with our marks puts only the page's markup in the clipboard (utils/clipboard.ts).
  ctx.addEventListener(window, 'copy', (e) => void onCopy(e as ClipboardEvent));
  ctx.addEventListener(window, 'dragstart', (e) => void onDragStart(e as DragEvent));
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
