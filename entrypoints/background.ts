import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storage } from 'wxt/utils/storage';
import { runCommand } from '@/utils/commands';
import { MentionBadge, type FrameTotals } from '@/utils/mention-badge';
import { isOwnSender, parseToBackground, type ToContent } from '@/utils/messages';
import { openSettings, type SettingsStore } from '@/utils/settings';

/** Session storage (memory only, gone with the browser): the badge's per-frame totals. */
const frameTotalsItem = storage.defineItem<unknown>('session:frameMentions', { fallback: {} });
const FrameTotalsSchema = v.record(v.string(), v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0))));

/** Badge background: white text on it has a contrast of 6.6:1. */
const BADGE_COLOR = '#0b57d0';

export default defineBackground(() => {
  // Chrome MV3 has `action`; Firefox MV2 has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  void action.setBadgeBackgroundColor({ color: BADGE_COLOR }).catch(() => undefined);

  const badge = new MentionBadge({
    load: async () => {
      const r = v.safeParse(FrameTotalsSchema, await frameTotalsItem.getValue());
      return r.success ? (r.output as FrameTotals) : {};
    },
    save: (totals) => frameTotalsItem.setValue(totals),
    show: async (tabId, text, title) => {
      await Promise.all([action.setBadgeText({ tabId, text }), action.setTitle({ tabId, title })]);
    },
  });

  let settings: Promise<SettingsStore> | undefined;

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
        return browser.tabs.create({ url: browser.runtime.getURL(`/briefing.html#${m.section}`) }).then(() => true);
      case 'mentions': {
        const tabId = sender.tab?.id;
        // Only content scripts (in a tab) count; an extension page has no mentions.
        if (tabId === undefined || tabId < 0) return undefined;
        void badge.report(tabId, sender.frameId ?? 0, m.total);
        return undefined;
      }
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => void badge.forgetTab(tabId));

  browser.commands.onCommand.addListener((command) => {
    void runCommand(command, {
      // The active tab's id needs no permission (its url would).
      activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
      send: (tabId, message: ToContent) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
      settings: () => (settings ??= openSettings()),
    }).catch(() => undefined);
  });
});
