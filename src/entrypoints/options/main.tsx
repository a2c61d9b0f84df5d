import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options, type OptionsApi } from '@/components/Options';
import { ENTITY_NAMES } from '@/data';
import { openSettings } from '@/settings/settings';
import '@/components/pages.css';

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
  render(<Options api={api} names={ENTITY_NAMES} />, document.getElementById('app')!);
}

void main();
