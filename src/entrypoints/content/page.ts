import type { FirstStageContext } from '@/entrypoints/content/first-stage-context';
import { browser } from 'wxt/browser';
import { CORE_GLOBAL, CORE_PATH, type Core, type StartCore } from '@/entrypoints/content/core-handover';
import { zeroCounts } from '@/data/types';
import { FirstStage } from '@/page/first-stage';
import { isOwnSender, type MentionsReply, type ToBackground } from '@/utils/messages';
import { optInPageState, setPageState } from '@/page/page-state';
import { createPrefilter } from '@/detect/prefilter';
import { PREFILTER } from '@/detect/prefilter.compiled';
import { MAX_HOST_LENGTH } from '@/utils/timings';
import { pageSwitch, SWITCH_KEYS, SWITCH_STORAGE_KEYS } from '@/settings/settings-switch';
import { knownSiteHost } from '@/utils/site-host';

/**
 * The first stage's wiring for one document (one frame; docs/adr/0013-first-stage.md): the site,
 * the settings, the prefilter walk and watch (src/page/first-stage.ts), the extension's messages, and
 * on the first candidate the core (src/entrypoints/content-core.ts). Until the settings say Brieflight
 * is on here, nothing is written, styled or listened to in the page (issue 17).
 */
export function startPage(ctx: FirstStageContext): void {
  const known = knownSiteHost(window);
  if (known !== undefined) return startSite(ctx, known);
  // This frame cannot see the top page's site: the background asks the top frame; a site that
  // stays unknown stays off (src/utils/site-host.ts).
  const ask: ToBackground = { type: 'site-host' };
  browser.runtime.sendMessage(ask).then(
    (reply: unknown) => {
      // src/utils/messages.ts SiteHostReplySchema, read without valibot (not in this bundle).
      const host =
        typeof reply === 'object' && reply !== null ? (reply as { host?: unknown }).host : undefined;
      if (typeof host === 'string' && host.length <= MAX_HOST_LENGTH && !ctx.isInvalid) startSite(ctx, host);
    },
    () => undefined,
  );
}

function startSite(ctx: FirstStageContext, host: string): void {
  // The state attribute only where the page asked for it (tests and tools; CONTRACT.md).
  const optedIn = optInPageState(document);
  const isTop = window === window.top;
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
    core = start({ ctx, host, optedIn });
  };
  const stage = new FirstStage({
    doc: document,
    // Without the sieve: compiled and run once per page, cold (src/detect/prefilter.ts PrefilterOptions).
    test: createPrefilter(PREFILTER, { sieve: false }),
    loadCore,
    setState: (state) => setPageState(document, state),
  });
  ctx.onInvalidated(() => stage.dispose());

  // The popup, the badge and the commands ask every page, also where the core never loaded: there
  // it has no mentions.
  const answer = (message: unknown): Promise<MentionsReply | boolean> | undefined => {
    if (core) return core.onMessage(message);
    // Without the core only the type counts (src/utils/messages.ts ToContentSchema; valibot is not in
    // this bundle). Nothing was ever reported from here, so 'resend-mentions' has nothing to send.
    const type =
      typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    if (!isTop) return undefined;
    switch (type) {
      case 'get-mentions':
        return Promise.resolve({ host, counts: zeroCounts(), total: 0 });
      case 'focus-next':
        return Promise.resolve(false);
    }
  };
  // This bundle has no polyfill (wxt.config.ts): Chrome's onMessage does not take a returned
  // promise, so the answer goes through sendResponse, the channel kept open by returning true.
  const onMessage = (
    message: unknown,
    sender: { id?: string },
    sendResponse: (reply: unknown) => void,
  ): true | undefined => {
    if (!isOwnSender(sender, browser.runtime.id)) return undefined;
    const reply = answer(message);
    if (!reply) return undefined;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(
    onMessage as Parameters<typeof browser.runtime.onMessage.addListener>[0],
  );
  ctx.onInvalidated(() =>
    browser.runtime.onMessage.removeListener(
      onMessage as Parameters<typeof browser.runtime.onMessage.removeListener>[0],
    ),
  );

  // Settings apply live until the core takes over: every change of a value the switch depends on
  // re-reads them (newest read wins). Storage unreachable (an extension reload under way): the
  // defaults, on.
  let reads = 0;
  const refresh = async () => {
    const n = ++reads;
    let on = true;
    try {
      on = pageSwitch(await browser.storage.sync.get(SWITCH_STORAGE_KEYS), host) !== 'off';
    } catch {
      on = true;
    }
    if (n !== reads || ctx.isInvalid || core) return;
    stage.apply(on);
  };
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && SWITCH_KEYS.some((k) => k in changes || `${k}$` in changes)) void refresh();
  };
  browser.storage.onChanged.addListener(onChanged);
  unwatch = () => browser.storage.onChanged.removeListener(onChanged);
  ctx.onInvalidated(() => unwatch?.());
  void refresh();
}
