import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options, type OptionsApi } from '@/components/Options';
import { DEFAULTS, openSettings } from '@/settings/settings';

const names = { azerbaijan: 'Azerbaijan', israel: 'Israel', socar: 'SOCAR', baku: 'Baku' };

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

async function setup() {
  const settings = await openSettings();
  const api: OptionsApi = {
    settings,
    getShortcuts: async () => [
      { name: 'toggle-site', description: 'Turn highlights off (or back on) for this site', shortcut: 'Alt+Shift+H' },
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
    expect(within(shown).getByRole('radio', { name: /^Painted on the page/ })).toHaveProperty('checked', true);
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
    expect(document.getElementById(input.getAttribute('aria-describedby')!.split(' ')[1]!)?.textContent).toMatch(/spaces/);
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
    const rows = within(table).getAllByRole('row').slice(1).map((r) => r.textContent);
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
    await waitFor(() => expect(screen.getByRole('radio', { name: 'The first mention on the page' })).toHaveProperty('checked', true));
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    await waitFor(async () => expect(await stored()).toEqual(DEFAULTS));
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Every mention' })).toHaveProperty('checked', true));
    expect(screen.getByRole('status').textContent).toBe('All settings are back to their defaults.');
  });

  it('corrupt stored values: a visible note, defaults shown and stored, nothing thrown', async () => {
    await fakeBrowser.storage.sync.set({ mode: 42, cardDelayMs: 'x'.repeat(1_000_000), foreignKey: { a: 1 } });
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
