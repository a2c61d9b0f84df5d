import type { FirstStageContext } from '@/entrypoints/content/first-stage-context';
import { browser } from 'wxt/browser';
import { CORE_GLOBAL, CORE_PATH, type Core, type StartCore } from '@/entrypoints/content/core-handover';
import { zeroCounts } from '@/data/types';
import { FirstStage } from '@/page/first-stage';
import { isOwnSender, type MentionsReply, type ToBackground } from '@/utils/messages';
import { optInPageState, setPageState } from '@/page/page-state';
import { createPrefilter, prefilterPretest } from '@/detect/prefilter';
import { PREFILTER } from '@/detect/prefilter.compiled';
import { MAX_HOST_LENGTH } from '@/utils/timings';
import { pageSwitch, SWITCH_KEYS, SWITCH_STORAGE_KEYS } from '@/settings/settings-switch';
import { knownSiteHost } from '@/utils/site-host';

/**
 * The first stage's wiring for one document (one frame; docs/adr/0013-first-stage.md): the site,
 * the settings, the prefilter walk and watch (src/page/first-stage.ts), the extension's messages, and
 * on the first candidate the core (src/entrypoints/content-core.ts). Until the settings say Brieflight
 * is on here, nothing is written, styled or listened to in the page (issue 17).
 *
 * A reader's page (one that did not opt in to the state attribute) is walked and watched first and
 * its settings are read at its first candidate only: on it the first stage writes nothing whatever
 * they say, and most pages have no candidate, so most pages never pay for the storage API (about
 * 0.3 ms a load; docs/adr/0023-first-stage-context.md). A page that opted in gets its state written,
 * so there the settings come first, as before.
 */
export function startPage(ctx: FirstStageContext): void {
  // The state attribute only where the page asked for it (tests and tools; CONTRACT.md).
  const optedIn = optInPageState(document);
  const isTop = window === window.top;
  let core: Core | undefined;
  let unwatch: (() => void) | undefined;

  let site: Promise<string | undefined> | undefined;
  /** The site's host, found once; undefined (off) when it cannot be known (src/utils/site-host.ts). */
  const siteHost = () => (site ??= findSiteHost(ctx));

  // The settings' switch: the newest read wins.
  let latest: Promise<boolean> | undefined;
  const read = () => (latest = readSwitch(siteHost));
  const current = async (): Promise<boolean> => {
    for (;;) {
      const reading = latest ?? read();
      const on = await reading;
      if (reading === latest) return on;
    }
  };

  const loadCore = async (): Promise<boolean> => {
    watchSettings();
    const host = await siteHost();
    if (host === undefined || !(await current()) || ctx.isInvalid) return false;
    const slot = globalThis as typeof globalThis & { [CORE_GLOBAL]?: StartCore };
    if (!slot[CORE_GLOBAL]) await import(/* @vite-ignore */ browser.runtime.getURL(CORE_PATH));
    const start = slot[CORE_GLOBAL];
    if (!start) throw new Error('the core module did not start');
    if (ctx.isInvalid) return true;
    // The core reads and watches the settings itself from now on.
    unwatch?.();
    unwatch = undefined;
    core = start({ ctx, host, optedIn });
    listen();
    return true;
  };
  const stage = new FirstStage({
    doc: document,
    // Without the sieve: compiled and run once per page, cold (src/detect/prefilter.ts PrefilterOptions).
    test: createPrefilter(PREFILTER, { sieve: false }),
    pretest: prefilterPretest(PREFILTER),
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
        return siteHost().then((host) => ({ host: host ?? '', counts: zeroCounts(), total: 0 }));
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
  let listening = false;
  // The top frame answers from the start; a frame has nothing to answer until its core runs.
  const listen = () => {
    if (listening) return;
    listening = true;
    browser.runtime.onMessage.addListener(
      onMessage as Parameters<typeof browser.runtime.onMessage.addListener>[0],
    );
    ctx.onInvalidated(() =>
      browser.runtime.onMessage.removeListener(
        onMessage as Parameters<typeof browser.runtime.onMessage.removeListener>[0],
      ),
    );
  };
  if (isTop) listen();

  // Settings apply live until the core takes over: every change of a value the switch depends on
  // re-reads them.
  const refresh = async () => {
    // A new read, which current() then waits for (its own errors are caught in readSwitch).
    void read();
    const on = await current();
    if (ctx.isInvalid || core) return;
    stage.apply(on);
  };
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && SWITCH_KEYS.some((k) => k in changes || `${k}$` in changes)) void refresh();
  };
  let watched = false;
  function watchSettings() {
    if (watched || core) return;
    watched = true;
    browser.storage.onChanged.addListener(onChanged);
    unwatch = () => browser.storage.onChanged.removeListener(onChanged);
    ctx.onInvalidated(() => unwatch?.());
  }

  if (optedIn) {
    watchSettings();
    void refresh();
  } else {
    stage.apply(true);
  }
}

/** The site's host (src/utils/site-host.ts): a frame that cannot see it asks the background. */
async function findSiteHost(ctx: FirstStageContext): Promise<string | undefined> {
  const known = knownSiteHost(window);
  if (known !== undefined) return known;
  const ask: ToBackground = { type: 'site-host' };
  const reply: unknown = await browser.runtime.sendMessage(ask).catch(() => undefined);
  // src/utils/messages.ts SiteHostReplySchema, read without valibot (not in this bundle).
  const host = typeof reply === 'object' && reply !== null ? (reply as { host?: unknown }).host : undefined;
  return typeof host === 'string' && host.length <= MAX_HOST_LENGTH && !ctx.isInvalid ? host : undefined;
}

/**
 * Whether Brieflight is on (or maybe on: 'unsure') for the site, from the stored settings; off
 * where the site is unknown. Storage unreachable (an extension reload under way): the defaults, on.
 */
async function readSwitch(siteHost: () => Promise<string | undefined>): Promise<boolean> {
  const host = await siteHost();
  if (host === undefined) return false;
  try {
    return pageSwitch(await browser.storage.sync.get(SWITCH_STORAGE_KEYS), host) !== 'off';
  } catch {
    return true;
  }
}
