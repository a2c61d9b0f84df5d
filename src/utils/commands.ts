// The keyboard shortcuts (the manifest's `commands`), as the background runs them.
import type { EntityId } from '@/data/types';
import { isHostListed, withHost, withoutHost } from '@/settings/hosts';
import { parseMentionsReply, type ToContent } from '@/utils/messages';
import type { SettingsStore } from '@/settings/settings';

export const TOGGLE_SITE = 'toggle-site';
export const NEXT_MENTION = 'next-mention';

export interface CommandDeps {
  /** The active tab of the current window. */
  activeTabId(): Promise<number | undefined>;
  /** Sends to the tab's top frame. */
  send(tabId: number, message: ToContent): Promise<unknown>;
  settings(): Promise<SettingsStore>;
}

/** Runs one command; an unknown command, or a tab without Brieflight, does nothing. */
export async function runCommand(command: string, deps: CommandDeps, entity?: EntityId): Promise<void> {
  if (command !== TOGGLE_SITE && command !== NEXT_MENTION) return;
  const tabId = await deps.activeTabId();
  if (tabId === undefined) return;
  if (command === NEXT_MENTION) {
    await deps
      .send(tabId, entity ? { type: 'focus-next', entity } : { type: 'focus-next' })
      .catch(() => undefined);
    return;
  }
  // The host comes from the page's own content script: no `tabs` permission is needed for it.
  const reply = parseMentionsReply(await deps.send(tabId, { type: 'get-mentions' }).catch(() => undefined));
  if (!reply || reply.host === '') return;
  const store = await deps.settings();
  const { settings } = await store.load();
  const sites = settings.disabledSites;
  await store.set(
    'disabledSites',
    isHostListed(sites, reply.host) ? withoutHost(sites, reply.host) : withHost(sites, reply.host),
  );
}
