import { browser } from 'wxt/browser';
import type { PopupApi } from '@/components/Popup';
import { isOwnSender, parseMentionsReply, parseToBackground, type ToContent } from '@/utils/messages';
import type { SettingsStore } from '@/settings/settings';
import { NEXT_MENTION } from '@/utils/commands';

/**
 * The tab the popup is about: `popup.html?tab=ID` (CONTRACT.md; tests and "open in a tab"), else the
 * active tab of the popup's window. Neither needs the `tabs` permission: only a tab's url would.
 */
export async function targetTabId(search: string): Promise<number | undefined> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d{1,10}$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function createPopupApi(tabId: number | undefined, settings: SettingsStore): PopupApi {
  // Only the tab's top frame is asked: its page is the one the reader sees.
  const send = (message: ToContent) =>
    tabId === undefined
      ? Promise.reject(new Error('no tab'))
      : browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  return {
    settings,
    getMentions: async () => parseMentionsReply(await send({ type: 'get-mentions' }).catch(() => undefined)),
    focusNext: async (entity) => {
      await send({ type: 'focus-next', entity }).catch(() => undefined);
    },
    onMentionsChanged: (cb) => {
      // The tab's content scripts tell the background of every change; the popup hears it too.
      const listener = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => {
        if (!isOwnSender(sender, browser.runtime.id) || sender.tab?.id !== tabId) return undefined;
        if (parseToBackground(message)?.type === 'mentions') cb();
        return undefined;
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
    openOptions: () => void browser.runtime.openOptionsPage(),
    // commands.getAll needs no permission; the shortcut is the reader's own if they changed it.
    nextMentionShortcut: async () =>
      (await browser.commands.getAll()).find((c) => c.name === NEXT_MENTION)?.shortcut || undefined,
  };
}
