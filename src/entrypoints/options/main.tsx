import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options, type OptionsApi } from '@/components/Options';
import { ENTITIES } from '@/data';
import { openSettings } from '@/settings/settings';
import '@/components/pages.css';

const names = Object.fromEntries(Object.values(ENTITIES).map((e) => [e.id, e.name])) as Record<keyof typeof ENTITIES, string>;

const SHORTCUTS_HELP =
  import.meta.env.BROWSER === 'firefox'
    ? 'To change them, open about:addons, choose the gear menu, then “Manage Extension Shortcuts”.'
    : 'To change them, open chrome://extensions/shortcuts.';

async function main() {
  const api: OptionsApi = {
    settings: await openSettings(),
    getShortcuts: async () =>
      (await browser.commands.getAll()).map((c) => ({
        name: c.name ?? '',
        description: c.description ?? '',
        shortcut: c.shortcut ?? '',
      })),
    shortcutsHelp: SHORTCUTS_HELP,
  };
  render(<Options api={api} names={names} />, document.getElementById('app')!);
}

void main();
