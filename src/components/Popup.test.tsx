import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup, type PopupApi } from '@/components/Popup';
import { BRIEFING, BRIEFING_DATA, FACT_SET_VERSION } from '@/data';
import type { EntityId } from '@/data/types';
import type { MentionsReply } from '@/utils/messages';
import { openSettings, type SettingKey, type Settings } from '@/settings/settings';
import { STATES, type PopupState } from '@/components/fixtures/Popup.states';

const names = { azerbaijan: 'Azerbaijan', israel: 'Israel', socar: 'SOCAR', baku: 'Baku' };

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

async function setup(
  reply: MentionsReply | null = {
    host: 'news.example.com',
    counts: { azerbaijan: 2, israel: 1, socar: 0, baku: 0 },
    total: 3,
  },
) {
  const settings = await openSettings();
  let current: MentionsReply | undefined = reply ?? undefined;
  const listeners = new Set<() => void>();
  const focused: EntityId[] = [];
  const api: PopupApi = {
    settings,
    getMentions: async () => current,
    focusNext: async (e) => {
      focused.push(e);
    },
    onMentionsChanged: (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    openOptions: vi.fn(),
    nextMentionShortcut: async () => 'Alt+Shift+M',
  };
  render(<Popup briefing={BRIEFING_DATA} names={names} api={api} />);
  const changeMentions = (r: MentionsReply) => {
    current = r;
    listeners.forEach((l) => l());
  };
  return { api, settings, focused, changeMentions };
}

const onPage = () => screen.getByRole('region', { name: 'On this page' });

type StateName = keyof typeof STATES;

/** Everything a state shows: the site switch, the "On this page" line, the all-sites switch, the display, the shortcut. */
interface Shown {
  site: { name: string; checked: boolean; disabled: boolean; hint?: RegExp };
  /** The line under "On this page", or the names found with their counts. */
  onPage: string | string[];
  all: { checked: boolean; disabled: boolean };
  display: 'paint' | 'marks';
  disabledDisplay: boolean;
  shortcut: string | undefined;
}

const ready = {
  all: { checked: true, disabled: false },
  display: 'paint',
  disabledDisplay: false,
  shortcut: 'Alt+Shift+M',
} as const;
const siteOn = { name: 'On news.example.com', checked: true, disabled: false };

const EXPECTED = {
  tabPending: {
    ...ready,
    site: { name: 'On this site', checked: true, disabled: true },
    onPage: 'Looking at the page…',
  },
  settingsPending: {
    site: { name: 'On news.example.com', checked: true, disabled: true },
    onPage: 'Looking at the page…',
    all: { checked: true, disabled: true },
    display: 'paint',
    disabledDisplay: true,
    shortcut: 'Alt+Shift+M',
  },
  found: { ...ready, site: siteOn, onPage: ['Azerbaijan 2 mentions', 'Israel 1 mention'] },
  none: { ...ready, site: siteOn, onPage: 'No mentions of Azerbaijan, Israel, SOCAR or Baku here.' },
  siteOff: {
    ...ready,
    site: { ...siteOn, checked: false },
    onPage: 'Brieflight is off on news.example.com.',
  },
  allOff: {
    ...ready,
    site: {
      ...siteOn,
      checked: false,
      disabled: true,
      hint: /^Brieflight is off on all sites \(switch below\)\.$/,
    },
    onPage: 'Brieflight is off on all sites.',
    all: { checked: false, disabled: false },
  },
  noContentScript: {
    ...ready,
    site: { name: 'On this site', checked: true, disabled: true },
    onPage: 'cannot read this page',
  },
  marks: { ...ready, site: siteOn, onPage: ['Azerbaijan 2 mentions', 'Israel 1 mention'], display: 'marks' },
  noShortcut: {
    ...ready,
    site: siteOn,
    onPage: ['Azerbaijan 2 mentions', 'Israel 1 mention'],
    shortcut: undefined,
  },
} satisfies Record<StateName, Shown>;

/** Renders a state: its settings stored, its tab's answer and shortcut behind the api. */
async function renderState(state: PopupState) {
  const store = await openSettings();
  for (const [key, value] of Object.entries(state.settings) as [SettingKey, Settings[SettingKey]][])
    await store.set(key, value);
  const api: PopupApi = {
    settings: state.settingsPending ? { ...store, load: () => new Promise(() => undefined) } : store,
    getMentions: () =>
      state.mentions === 'pending'
        ? new Promise(() => undefined)
        : Promise.resolve(state.mentions ?? undefined),
    focusNext: vi.fn(async () => undefined),
    onMentionsChanged: () => () => undefined,
    openOptions: vi.fn(),
    nextMentionShortcut: async () => state.shortcut,
  };
  render(<Popup {...state.props} api={api} />);
  // Resolves once a read of the settings started now has answered, so the popup's own first read
  // (started earlier) has too, unless the state holds it back: what shows then is the state's for good.
  return { settled: () => act(async () => void (await store.load())) };
}

describe('Popup, in each state', () => {
  it.each(Object.entries(STATES) as [StateName, PopupState][])('%s', async (name, state) => {
    const { settled } = await renderState(state);
    const want: Shown = EXPECTED[name];
    const check = () => {
      const site = screen.getByRole('switch', { name: want.site.name });
      expect({
        checked: (site as HTMLInputElement).checked,
        disabled: (site as HTMLInputElement).disabled,
      }).toEqual({ checked: want.site.checked, disabled: want.site.disabled });
      const hint = site.getAttribute('aria-describedby');
      if (want.site.hint) expect(document.getElementById(hint!)?.textContent).toMatch(want.site.hint);
      else expect(hint).toBeNull();
      const buttons = within(onPage())
        .queryAllByRole('button')
        .map((b) => b.textContent);
      if (typeof want.onPage === 'string') {
        expect(onPage().querySelector('.bl-hint')?.textContent).toContain(want.onPage);
        expect(buttons).toEqual([]);
      } else expect(buttons).toEqual(want.onPage);
      const all = screen.getByRole('switch', { name: 'On all sites' }) as HTMLInputElement;
      expect({ checked: all.checked, disabled: all.disabled }).toEqual(want.all);
      const display = screen.getByRole('combobox', { name: 'How mentions are shown' }) as HTMLSelectElement;
      expect({ value: display.value, disabled: display.disabled }).toEqual({
        value: want.display,
        disabled: want.disabledDisplay,
      });
      expect(onPage().querySelector('kbd')?.textContent).toBe(want.shortcut);
    };
    await waitFor(check);
    await settled();
    check();
  });
});

describe('Popup', () => {
  it('lists the mentions on the tab; choosing one asks the tab for its next mention', async () => {
    const { focused } = await setup();
    await waitFor(() =>
      expect(
        within(onPage())
          .getAllByRole('button')
          .map((b) => b.textContent),
      ).toEqual(['Azerbaijan 2 mentions', 'Israel 1 mention']),
    );
    fireEvent.click(within(onPage()).getByRole('button', { name: /^Israel/ }));
    expect(focused).toEqual(['israel']);
  });

  it('updates live when the tab’s mentions change', async () => {
    const { changeMentions } = await setup();
    await waitFor(() => within(onPage()).getByRole('button', { name: /^Azerbaijan 2/ }));
    changeMentions({
      host: 'news.example.com',
      counts: { azerbaijan: 0, israel: 0, socar: 0, baku: 4 },
      total: 4,
    });
    await waitFor(() =>
      expect(
        within(onPage())
          .getAllByRole('button')
          .map((b) => b.textContent),
      ).toEqual(['Baku 4 mentions']),
    );
  });

  it('the site switch turns this host off and on; the global switch all sites', async () => {
    const { settings } = await setup();
    const site = await screen.findByRole('switch', { name: 'On news.example.com' });
    await waitFor(() => expect(site).toHaveProperty('disabled', false));
    expect(site).toHaveProperty('checked', true);
    fireEvent.click(site);
    await waitFor(() => expect(onPage().textContent).toContain('Brieflight is off on news.example.com.'));
    await waitFor(async () =>
      expect((await settings.load()).settings.disabledSites).toEqual(['news.example.com']),
    );
    expect(site).toHaveProperty('checked', false);
    fireEvent.click(site);
    await waitFor(async () => expect((await settings.load()).settings.disabledSites).toEqual([]));
    await waitFor(() => expect(onPage().textContent).toContain('Azerbaijan 2 mentions'));
    expect(site).toHaveProperty('checked', true);

    const all = screen.getByRole('switch', { name: 'On all sites' });
    fireEvent.click(all);
    await waitFor(() => expect(onPage().textContent).toContain('Brieflight is off on all sites.'));
    await waitFor(async () => expect((await settings.load()).settings.enabled).toBe(false));
  });

  it('how mentions are shown: painted by default, switched to marks and back', async () => {
    await setup();
    const select = (await screen.findByRole('combobox', {
      name: 'How mentions are shown',
    })) as HTMLSelectElement;
    await waitFor(() => expect(select.disabled).toBe(false));
    expect(select.value).toBe('paint');
    fireEvent.change(select, { target: { value: 'marks' } });
    await waitFor(async () => expect((await (await openSettings()).load()).settings.display).toBe('marks'));
    fireEvent.change(select, { target: { value: 'paint' } });
    await waitFor(async () => expect((await (await openSettings()).load()).settings.display).toBe('paint'));
  });

  it('follows changes made elsewhere (the options page, a shortcut)', async () => {
    const { settings } = await setup();
    const site = await screen.findByRole('switch', { name: 'On news.example.com' });
    await settings.set('disabledSites', ['*.example.com']);
    await waitFor(() => expect(site).toHaveProperty('checked', false));
  });

  it('says when the tab has no Brieflight, and disables the site switch', async () => {
    await setup(null);
    await waitFor(() => expect(onPage().textContent).toMatch(/cannot read this page/));
    expect(screen.getByRole('switch', { name: 'On this site' })).toHaveProperty('disabled', true);
  });

  it('shows the briefing: title, collapsible sections, links to the page and options', async () => {
    const { api } = await setup();
    expect(screen.getByRole('heading', { level: 2, name: BRIEFING.title })).toBeTruthy();
    expect(screen.getByText(/^Facts checked up to March 2026 · fact set /)).toBeTruthy();
    const briefing = screen.getByRole('region', { name: 'Briefing' });
    expect(
      within(briefing)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      ...BRIEFING.sections.map((s) => s.heading),
      'What has changed since this article was written',
      'How facts are rated',
      'Sources',
    ]);
    const energy = screen.getByRole('button', { name: 'Energy and economic ties' });
    expect(energy.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById('energy-body')?.hidden).toBe(true);
    fireEvent.click(energy);
    expect(energy.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById('energy-body')?.hidden).toBe(false);
    expect(screen.getByRole('link', { name: 'Open briefing' }).getAttribute('href')).toBe('/briefing.html');
    fireEvent.click(screen.getByRole('link', { name: 'Options' }));
    expect(api.openOptions).toHaveBeenCalled();
    expect(document.body.textContent).toContain(`fact set ${FACT_SET_VERSION}`);
  });
});

describe('Popup layout (issue 15: centred on the page being read)', () => {
  const order = (a: Element, b: Element) => a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING;

  it('reads top to bottom: options gear in the header, the site switch, this page’s mentions with the shortcut, then Open briefing', async () => {
    await setup();
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('link', { name: 'Options' })).toBeTruthy();
    const site = await screen.findByRole('switch', { name: 'On news.example.com' });
    await waitFor(() => within(onPage()).getByRole('button', { name: /^Azerbaijan 2/ }));
    const open = screen.getByRole('link', { name: 'Open briefing' });
    expect(open.getAttribute('href')).toBe('/briefing.html');
    expect(order(site, onPage())).toBeTruthy();
    expect(order(onPage(), open)).toBeTruthy();
    expect(order(open, screen.getByRole('heading', { level: 2, name: BRIEFING.title }))).toBeTruthy();
    await waitFor(() => expect(within(onPage()).getByText('Alt+Shift+M')).toBeTruthy());
    expect(onPage().textContent).toContain('next mention');
  });

  it('names each briefing section once: no table of contents beside the section buttons', async () => {
    await setup();
    for (const s of BRIEFING.sections) {
      expect(screen.getAllByText(s.heading)).toHaveLength(1);
    }
    expect(screen.queryByRole('navigation', { name: 'Briefing sections' })).toBeNull();
  });

  it('with Brieflight off on all sites, the site switch is off and disabled, and one line says why', async () => {
    const { settings } = await setup();
    await settings.set('enabled', false);
    const site = await screen.findByRole('switch', { name: 'On news.example.com' });
    await waitFor(() => expect(site).toHaveProperty('disabled', true));
    expect(site).toHaveProperty('checked', false);
    expect(site.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(site.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /off on all sites/,
    );
  });
});
