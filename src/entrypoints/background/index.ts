import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storage } from 'wxt/utils/storage';
import { runCommand } from '@/utils/commands';
import { parserOf } from '@/utils/parse';
import { MentionBadge } from '@/entrypoints/background/mention-badge';
import {
  isOwnSender,
  parseMentionsReply,
  parseToBackground,
  type SiteHostReply,
  type ToContent,
} from '@/utils/messages';
import { MinInterval } from '@/entrypoints/background/rate-limit';
import { openSettings, type SettingsStore } from '@/settings/settings';
import { askTopHost } from '@/utils/site-host';
import { OPEN_BRIEFING_MIN_INTERVAL_MS } from '@/utils/timings';

/** Session storage (memory only, gone with the browser): the badge's per-frame totals. */
const frameTotalsItem = storage.defineItem<unknown>('session:frameMentions', { fallback: {} });
const FrameTotalsSchema = v.record(
  v.string(),
  v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0))),
);
/** What was stored, when it still has the totals' shape (else nothing: the badge starts afresh). */
const parseFrameTotals = parserOf(FrameTotalsSchema);

/** Badge background: white text on it has a contrast of 6.6:1. */
const BADGE_COLOR = '#0b57d0';

export default defineBackground(() => {
  // Chrome MV3 has `action`; Firefox MV2 has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  void action.setBadgeBackgroundColor({ color: BADGE_COLOR }).catch(() => undefined);

  const badge = new MentionBadge({
    load: async () => parseFrameTotals(await frameTotalsItem.getValue()) ?? {},
    save: (totals) => frameTotalsItem.setValue(totals),
    show: async (tabId, text, title) => {
      await Promise.all([action.setBadgeText({ tabId, text }), action.setTitle({ tabId, title })]);
    },
  });

  let settings: Promise<SettingsStore> | undefined;
  // Per tab (a message from an extension page has none: -1), so no page can open tab after tab.
  const briefings = new MinInterval<number>(() => performance.now(), OPEN_BRIEFING_MIN_INTERVAL_MS);

  /** The host of a tab's top page, from that frame's own content script (src/utils/site-host.ts). */
  const topHost = (tabId: number): Promise<SiteHostReply> =>
    askTopHost(
      async () => {
        const reply = parseMentionsReply(
          await browser.tabs.sendMessage(tabId, { type: 'get-mentions' } satisfies ToContent, { frameId: 0 }),
        );
        return reply?.host;
      },
      (ms) => new Promise((done) => setTimeout(done, ms)),
    ).then((host) => ({ host: host ?? null }));

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own content scripts and pages may ask; a page cannot reach this listener at all.
    if (!isOwnSender(sender, browser.runtime.id)) return undefined;
    const m = parseToBackground(message);
    if (!m) return undefined;
    switch (m.type) {
      case 'card-failed':
        // Where a developer looks (the extension's own console), never the page's.
        console.warn(`Brieflight: a card failed to ${m.stage === 'load' ? 'load' : 'show'}: ${m.message}`, {
          tab: sender.tab?.id,
          frame: sender.frameId,
        });
        return undefined;
      case 'open-briefing':
        if (!briefings.take(sender.tab?.id ?? -1)) return Promise.resolve(false);
        return browser.tabs
          .create({ url: browser.runtime.getURL(`/briefing.html#${m.section}`) })
          .then(() => true);
      case 'open-options':
        // Content scripts cannot open the options page themselves.
        return browser.runtime.openOptionsPage().then(
          () => true,
          () => false,
        );
      case 'mentions': {
        const tabId = sender.tab?.id;
        // Only content scripts (in a tab) count; an extension page has no mentions.
        if (tabId === undefined || tabId < 0) return undefined;
        void badge.report(tabId, sender.frameId ?? 0, m.total);
        return undefined;
      }
      case 'site-host': {
        const tabId = sender.tab?.id;
        // Only a frame asks; the top frame knows its own host.
        if (tabId === undefined || tabId < 0 || !sender.frameId)
          return Promise.resolve({ host: null } satisfies SiteHostReply);
        return topHost(tabId);
      }
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void badge.forgetTab(tabId);
    briefings.forget(tabId);
  });

  // The top frame starts a new document (no permission needed for `status`): the tab's frame
  // counts go, so a frame that could not report leaving does not count on the next page. Chrome
  // says 'loading' for a same-document navigation too: the frames still there report again.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void badge.navigated(tabId).then((had) => {
      // A tab without counts has no frame with anything to report: wake none.
      if (had)
        browser.tabs
          .sendMessage(tabId, { type: 'resend-mentions' } satisfies ToContent)
          .catch(() => undefined);
    });
  });

  browser.commands.onCommand.addListener((command) => {
    void runCommand(command, {
      // The active tab's id needs no permission (its url would).
      activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
      send: (tabId, message: ToContent) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
      settings: () => (settings ??= openSettings()),
    }).catch(() => undefined);
  });
});
