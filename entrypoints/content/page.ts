import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { CORE_GLOBAL, CORE_PATH, type Core, type StartCore } from '@/utils/core-handover';
import { FirstStage, wantsPage } from '@/utils/first-stage';
import { isOwnSender, parseSiteHostReply, parseToContent, type MentionsReply, type ToBackground } from '@/utils/messages';
import { optInPageState, setPageState } from '@/utils/page-state';
import { createPrefilter } from '@/utils/prefilter';
import { PREFILTER } from '@/utils/prefilter.compiled';
import { DEFAULTS, openSettings, type Settings, type SettingsStore } from '@/utils/settings';
import { knownSiteHost } from '@/utils/site-host';

/**
 * The first stage's wiring for one document (one frame; docs/adr/0013-first-stage.md): the site,
 * the settings, the prefilter walk and watch (utils/first-stage.ts), the extension's messages, and
 * on the first candidate the core (entrypoints/content-core.ts). Until the settings say Brieflight
 * is on here, nothing is written, styled or listened to in the page (issue 17).
 */
export function startPage(ctx: ContentScriptContext): void {
  const known = knownSiteHost(window);
  if (known !== undefined) return startSite(ctx, known);
  // This frame cannot see the top page's site: the background asks the top frame; a site that
  // stays unknown stays off (utils/site-host.ts).
  const ask: ToBackground = { type: 'site-host' };
  browser.runtime.sendMessage(ask).then((reply) => {
    const host = parseSiteHostReply(reply)?.host;
    if (typeof host === 'string' && !ctx.isInvalid) startSite(ctx, host);
  }, () => undefined);
}

function startSite(ctx: ContentScriptContext, host: string): void {
  // The state attribute only where the page asked for it (tests and tools; CONTRACT.md).
  const optedIn = optInPageState(document);
  const isTop = window === window.top;
  let store: SettingsStore | undefined;
  let core: Core | undefined;
  let unwatch: (() => void) | undefined;

  const loadCore = async (): Promise<void> => {
    const slot = globalThis as typeof globalThis & { [CORE_GLOBAL]?: StartCore };
    if (!slot[CORE_GLOBAL]) await import(/* @vite-ignore */ browser.runtime.getURL(CORE_PATH));
    const start = slot[CORE_GLOBAL];
    if (!start) throw new Error('the core module did not start');
    if (ctx.isInvalid) return;
    // The core reads and watches the settings itself from now on.
    unwatch?.();
    unwatch = undefined;
    core = start({ ctx, host, store, optedIn });
  };
  const stage = new FirstStage({
    doc: document,
    test: createPrefilter(PREFILTER),
    loadCore,
    setState: (state) => setPageState(document, state),
  });
  ctx.onInvalidated(() => stage.dispose());

  // The popup, the badge and the commands ask every page, also where the core never loaded: there
  // it has no mentions.
  const answer = (message: unknown): Promise<MentionsReply | boolean> | undefined => {
    const m = parseToContent(message);
    if (!m) return undefined;
    if (core) return core.onMessage(m);
    // Nothing was ever reported from here, so there is nothing to send again.
    if (m.type === 'resend-mentions') return undefined;
    if (!isTop) return undefined;
    switch (m.type) {
      case 'get-mentions':
        return Promise.resolve({ host, counts: { azerbaijan: 0, israel: 0, socar: 0, baku: 0 }, total: 0 });
      case 'focus-next':
        return Promise.resolve(false);
    }
  };
  // This bundle has no polyfill (wxt.config.ts): Chrome's onMessage does not take a returned
  // promise, so the answer goes through sendResponse, the channel kept open by returning true.
  const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void): true | undefined => {
    if (!isOwnSender(sender, browser.runtime.id)) return undefined;
    const reply = answer(message);
    if (!reply) return undefined;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage as Parameters<typeof browser.runtime.onMessage.removeListener>[0]));

  // Settings apply live until the core takes over: every change re-reads the whole snapshot
  // (newest read wins).
  let reads = 0;
  const refresh = async (s: SettingsStore) => {
    const n = ++reads;
    let settings: Settings;
    try {
      settings = (await s.load()).settings;
    } catch {
      settings = { ...DEFAULTS };
    }
    if (n !== reads || ctx.isInvalid || core) return;
    stage.apply(wantsPage(settings, host));
  };
  openSettings()
    .then((s) => {
      if (ctx.isInvalid) return;
      store = s;
      unwatch = s.watch(() => void refresh(s));
      ctx.onInvalidated(() => unwatch?.());
      return refresh(s);
    })
    .catch(() => {
      // Storage unreachable (an extension reload under way): run with the defaults.
      if (!ctx.isInvalid && stage.current === 'off') stage.apply(wantsPage({ ...DEFAULTS }, host));
    });
}
