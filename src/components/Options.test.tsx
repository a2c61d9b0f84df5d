import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options, type OptionsApi } from '@/components/Options';
import { DEFAULTS, openSettings, type SettingKey, type Settings } from '@/settings/settings';
import { STATES, type OptionsState } from '@/components/fixtures/Options.states';
import type { EntityId } from '@/data/types';

const names = { azerbaijan: 'Azerbaijan', israel: 'Israel', socar: 'SOCAR', baku: 'Baku' };

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

async function setup() {
  const settings = await openSettings();
  const api: OptionsApi = {
    settings,
    getShortcuts: async () => [
      {
        name: 'toggle-site',
        description: 'Turn highlights off (or back on) for this site',
        shortcut: 'Alt+Shift+H',
      },
      { name: 'next-mention', description: 'Go to the next mention', shortcut: '' },
      { name: '_execute_action', description: '', shortcut: 'Alt+Shift+B' },
    ],
    shortcutsHelp: 'Change them at chrome://extensions/shortcuts.',
  };
  render(<Options api={api} names={names} />);
  await screen.findByRole('heading', { level: 2, name: 'Where' });
  return { settings };
}

const stored = async () => (await (await openSettings()).load()).settings;

type StateName = keyof typeof STATES;

/** What a state shows once it has settled; `loading` for the page before its settings are read. */
type Shown =
  | 'loading'
  | {
      /** Every setting as its control shows it. */
      settings: Settings;
      /** The settings the "could not be read" note names; none when there is no note. */
      repaired: string[];
      /** Whether "No name is selected" shows. */
      noName: boolean;
      /** The shortcuts table's rows (action, keys), or 'loading'. */
      shortcuts: [string, string][] | 'loading';
      help: string;
    };

const CHROME_ROWS: [string, string][] = [
  ['Turn highlights off (or back on) for this site', 'Alt+Shift+H'],
  ['Go to the next mention', 'Not set'],
  ['Open the Brieflight popup', 'Alt+Shift+B'],
];
const CHROME_HELP = 'To change them, open chrome://extensions/shortcuts.';
const plain = { settings: DEFAULTS, repaired: [], noName: false, shortcuts: CHROME_ROWS, help: CHROME_HELP };

const EXPECTED = {
  settingsPending: 'loading',
  defaults: plain,
  everyChanged: {
    ...plain,
    settings: {
      enabled: false,
      disabledSites: ['a.org', '*.b.org'],
      hiddenEntities: ['israel'],
      mode: 'page',
      highlightStyle: 'background',
      cardDelayMs: 900,
      display: 'marks',
      trigger: 'click',
      cardTextSize: 'large',
    },
  },
  corrupt: { ...plain, repaired: ['How often', 'Card delay'] },
  noNameSelected: {
    ...plain,
    settings: { ...DEFAULTS, hiddenEntities: ['azerbaijan', 'israel', 'socar', 'baku'] },
    noName: true,
  },
  shortcutsPending: { ...plain, shortcuts: 'loading' },
  shortcutsFail: { ...plain, shortcuts: [] },
  firefox: {
    ...plain,
    shortcuts: [
      ['Open the Brieflight popup', 'Alt+Shift+B'],
      ['Go to the next mention', 'Alt+Shift+M'],
    ],
    help: 'To change them, open about:addons, choose the gear menu, then “Manage Extension Shortcuts”.',
  },
} satisfies Record<StateName, Shown>;

/** Renders a state: its settings (and raw values) stored, its shortcuts behind the api. */
async function renderState(state: OptionsState) {
  const store = await openSettings();
  for (const [key, value] of Object.entries(state.settings) as [SettingKey, Settings[SettingKey]][])
    await store.set(key, value);
  if (state.raw) await fakeBrowser.storage.sync.set(state.raw);
  const api: OptionsApi = {
    settings: state.settingsPending ? { ...store, load: () => new Promise(() => undefined) } : store,
    getShortcuts: () =>
      state.shortcuts === 'pending'
        ? new Promise(() => undefined)
        : state.shortcuts === 'fails'
          ? Promise.reject(new Error('commands unavailable'))
          : Promise.resolve(state.shortcuts),
    shortcutsHelp: state.shortcutsHelp,
  };
  render(<Options {...state.props} api={api} />);
  // Resolves once a read of the settings started now has answered, so the page's own first read
  // (started earlier) has too, unless the state holds it back: what shows then is the state's for good.
  return { settled: () => act(async () => void (await store.load())) };
}

/** Every setting as the page's controls show it. */
function shownSettings(): Settings {
  const radio = (name: string) =>
    document.querySelector<HTMLInputElement>(`input[type="radio"][name="${name}"]:checked`)?.value;
  const list = screen.queryByRole('list', { name: 'Sites where Brieflight is off' });
  return {
    enabled: (screen.getByRole('switch', { name: 'Brieflight on all sites' }) as HTMLInputElement).checked,
    disabledSites: list ? [...list.querySelectorAll('.bl-sites__host')].map((h) => h.textContent) : [],
    hiddenEntities: [...document.querySelectorAll<HTMLInputElement>('input[name="entity"]')]
      .filter((c) => !c.checked)
      .map((c) => c.value as EntityId),
    mode: radio('mode') as Settings['mode'],
    highlightStyle: radio('highlightStyle') as Settings['highlightStyle'],
    cardDelayMs: Number((screen.getByRole('slider', { name: 'Card delay' }) as HTMLInputElement).value),
    display: radio('display') as Settings['display'],
    trigger: radio('trigger') as Settings['trigger'],
    cardTextSize: radio('cardTextSize') as Settings['cardTextSize'],
  };
}

describe('Options, in each state', () => {
  it.each(Object.entries(STATES) as [StateName, OptionsState][])('%s', async (name, state) => {
    const { settled } = await renderState(state);
    const want: Shown = EXPECTED[name];
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Brieflight settings');
    if (want === 'loading') {
      await settled();
      // Nothing to change before the settings are read: no control shows a value that may be wrong.
      expect(screen.getByRole('main').textContent).toBe('Brieflight settingsLoading…');
      expect(screen.queryAllByRole('switch')).toEqual([]);
      return;
    }
    await screen.findByRole('heading', { level: 2, name: 'Where' });
    const check = () => {
      expect(shownSettings()).toEqual(want.settings);
      const keys = screen.getByRole('region', { name: 'Keyboard shortcuts' });
      const table = within(keys).queryByRole('table');
      if (want.shortcuts === 'loading') {
        expect(table).toBeNull();
        expect(keys.querySelector('.bl-hint')?.textContent).toBe('Loading…');
      } else {
        expect(
          within(table!)
            .getAllByRole('row')
            .slice(1)
            .map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)),
        ).toEqual(want.shortcuts);
      }
      expect(within(keys).getByText(want.help)).toBeTruthy();
    };
    await waitFor(check);
    await settled();
    check();
    const note = screen.queryByTestId('repaired-note');
    if (want.repaired.length > 0)
      expect(note?.textContent).toBe(
        `Some saved settings could not be read, so they were reset to their defaults: ${want.repaired.join(', ')}.`,
      );
    else expect(note).toBeNull();
    expect(screen.queryByText('No name is selected: nothing will be highlighted.') !== null).toBe(
      want.noName,
    );
  });
});

describe('Options', () => {
  it('shows the current settings and saves each change', async () => {
    await setup();
    const global = screen.getByRole('switch', { name: 'Brieflight on all sites' });
    expect(global).toHaveProperty('checked', true);
    fireEvent.click(global);
    await waitFor(async () => expect((await stored()).enabled).toBe(false));

    fireEvent.click(screen.getByRole('checkbox', { name: 'Israel' }));
    await waitFor(async () => expect((await stored()).hiddenEntities).toEqual(['israel']));

    fireEvent.click(screen.getByRole('radio', { name: 'The first mention on the page' }));
    await waitFor(async () => expect((await stored()).mode).toBe('page'));

    fireEvent.click(screen.getByRole('radio', { name: 'When a name is clicked' }));
    await waitFor(async () => expect((await stored()).trigger).toBe('click'));

    const size = screen.getByRole('group', { name: 'Card text size' });
    expect(within(size).getByRole('radio', { name: 'Normal' })).toHaveProperty('checked', true);
    fireEvent.click(within(size).getByRole('radio', { name: 'Large' }));
    await waitFor(async () => expect((await stored()).cardTextSize).toBe('large'));

    fireEvent.click(screen.getByRole('radio', { name: 'Background tint' }));
    await waitFor(async () => expect((await stored()).highlightStyle).toBe('background'));

    const shown = screen.getByRole('group', { name: 'How mentions are shown' });
    expect(within(shown).getByRole('radio', { name: /^Painted on the page/ })).toHaveProperty(
      'checked',
      true,
    );
    fireEvent.click(within(shown).getByRole('radio', { name: /^As page elements/ }));
    await waitFor(async () => expect((await stored()).display).toBe('marks'));

    const delay = screen.getByRole('slider', { name: 'Card delay' });
    fireEvent.input(delay, { target: { value: '900' } });
    expect(screen.getByText('900 ms')).toBeTruthy();
    fireEvent.change(delay, { target: { value: '900' } });
    await waitFor(async () => expect((await stored()).cardDelayMs).toBe(900));
    expect(screen.getByRole('status').textContent).toBe('Saved: Card delay.');
  });

  it('adds and removes disabled sites, refusing invalid ones with the reason', async () => {
    await setup();
    const input = screen.getByRole('textbox', { name: 'Turn Brieflight off on' });
    fireEvent.input(input, { target: { value: 'not a host' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(
      document.getElementById(input.getAttribute('aria-describedby')!.split(' ')[1]!)?.textContent,
    ).toMatch(/spaces/);
    fireEvent.input(input, { target: { value: '*.Example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    await waitFor(async () => expect((await stored()).disabledSites).toEqual(['*.example.com']));
    const list = await screen.findByRole('list', { name: 'Sites where Brieflight is off' });
    fireEvent.click(within(list).getByRole('button', { name: 'Remove *.example.com' }));
    await waitFor(async () => expect((await stored()).disabledSites).toEqual([]));
  });

  it('lists the keyboard shortcuts', async () => {
    await setup();
    const table = await screen.findByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual([
      'Turn highlights off (or back on) for this siteAlt+Shift+H',
      'Go to the next mentionNot set',
      'Open the Brieflight popupAlt+Shift+B',
    ]);
    expect(screen.getByText('Change them at chrome://extensions/shortcuts.')).toBeTruthy();
  });

  it('resets to defaults', async () => {
    const { settings } = await setup();
    await settings.set('mode', 'page');
    await settings.set('disabledSites', ['a.org']);
    await waitFor(() =>
      expect(screen.getByRole('radio', { name: 'The first mention on the page' })).toHaveProperty(
        'checked',
        true,
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    await waitFor(async () => expect(await stored()).toEqual(DEFAULTS));
    await waitFor(() =>
      expect(screen.getByRole('radio', { name: 'Every mention' })).toHaveProperty('checked', true),
    );
    expect(screen.getByRole('status').textContent).toBe('All settings are back to their defaults.');
  });

  it('corrupt stored values: a visible note, defaults shown and stored, nothing thrown', async () => {
    await fakeBrowser.storage.sync.set({
      mode: 42,
      cardDelayMs: 'x'.repeat(1_000_000),
      foreignKey: { a: 1 },
    });
    await setup();
    const note = screen.getByTestId('repaired-note');
    expect(note.textContent).toContain('How often, Card delay');
    expect(screen.getByRole('radio', { name: 'Every mention' })).toHaveProperty('checked', true);
    await waitFor(async () => {
      const raw = await fakeBrowser.storage.sync.get(['mode', 'cardDelayMs']);
      expect(raw).toEqual({ mode: 'every', cardDelayMs: DEFAULTS.cardDelayMs });
    });
  });
});
