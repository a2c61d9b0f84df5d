import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NEXT_MENTION, TOGGLE_SITE, runCommand, type CommandDeps } from '@/utils/commands';
import type { ToContent } from '@/utils/messages';
import { openSettings } from '@/settings/settings';

beforeEach(() => fakeBrowser.reset());

function deps(reply: unknown, tab: number | null = 7) {
  const tabId = tab ?? undefined;
  const sent: [number, ToContent][] = [];
  const d: CommandDeps = {
    activeTabId: async () => tabId,
    send: async (id, message) => {
      sent.push([id, message]);
      if (reply instanceof Error) throw reply;
      return message.type === 'get-mentions' ? reply : true;
    },
    settings: openSettings,
  };
  return { d, sent };
}

const mentions = (host: string) => ({
  host,
  counts: { azerbaijan: 1, israel: 0, socar: 0, baku: 0 },
  total: 1,
});

describe('runCommand', () => {
  it('next-mention asks the active tab to focus its next mention', async () => {
    const { d, sent } = deps(mentions('a.org'));
    await runCommand(NEXT_MENTION, d);
    expect(sent).toEqual([[7, { type: 'focus-next' }]]);
  });

  it('toggle-site turns the active tab’s site off, then back on', async () => {
    const { d } = deps(mentions('News.A.org'));
    await runCommand(TOGGLE_SITE, d);
    const store = await openSettings();
    expect((await store.load()).settings.disabledSites).toEqual(['news.a.org']);
    await runCommand(TOGGLE_SITE, d);
    expect((await store.load()).settings.disabledSites).toEqual([]);
  });

  it('does nothing for unknown commands, tabs without Brieflight, forged replies or no tab', async () => {
    for (const [command, reply, tab] of [
      ['_execute_action', mentions('a.org'), 7],
      [TOGGLE_SITE, new Error('Could not establish connection. Receiving end does not exist.'), 7],
      [TOGGLE_SITE, { host: 42 }, 7],
      [TOGGLE_SITE, mentions(''), 7],
      [TOGGLE_SITE, mentions('a.org'), null],
      [NEXT_MENTION, new Error('Receiving end does not exist.'), 7],
    ] as const) {
      const { d } = deps(reply, tab);
      await expect(runCommand(command, d)).resolves.toBeUndefined();
    }
    expect((await (await openSettings()).load()).settings.disabledSites).toEqual([]);
  });
});
