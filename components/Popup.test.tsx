import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup, type PopupApi } from '@/components/Popup';
import { BRIEFING, BRIEFING_DATA, FACT_SET_VERSION } from '@/data';
import type { EntityId } from '@/data/types';
import type { MentionsReply } from '@/utils/messages';
import { openSettings } from '@/utils/settings';

const names = { azerbaijan: 'Azerbaijan', israel: 'Israel', socar: 'SOCAR', baku: 'Baku' };

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

async function setup(reply: MentionsReply | null = { host: 'news.example.com', counts: { azerbaijan: 2, israel: 1, socar: 0, baku: 0 }, total: 3 }) {
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
  };
  render(
    <Popup
      briefing={BRIEFING_DATA}
      names={names}
      api={api}
    />,
  );
  const changeMentions = (r: MentionsReply) => {
    current = r;
    listeners.forEach((l) => l());
  };
  return { api, settings, focused, changeMentions };
}

const onPage = () => screen.getByRole('region', { name: 'On this page' });

describe('Popup', () => {
  it('lists the mentions on the tab; choosing one asks the tab for its next mention', async () => {
    const { focused } = await setup();
    await waitFor(() => expect(within(onPage()).getAllByRole('button').map((b) => b.textContent)).toEqual(['Azerbaijan 2 mentions', 'Israel 1 mention']));
    fireEvent.click(within(onPage()).getByRole('button', { name: /^Israel/ }));
    expect(focused).toEqual(['israel']);
  });

  it('updates live when the tab’s mentions change', async () => {
    const { changeMentions } = await setup();
    await waitFor(() => within(onPage()).getByRole('button', { name: /^Azerbaijan 2/ }));
    changeMentions({ host: 'news.example.com', counts: { azerbaijan: 0, israel: 0, socar: 0, baku: 4 }, total: 4 });
    await waitFor(() => expect(within(onPage()).getAllByRole('button').map((b) => b.textContent)).toEqual(['Baku 4 mentions']));
  });

  it('the site switch turns this host off and on; the global switch all sites', async () => {
    const { settings } = await setup();
    const site = await screen.findByRole('switch', { name: 'On news.example.com' });
    await waitFor(() => expect(site).toHaveProperty('disabled', false));
    expect(site).toHaveProperty('checked', true);
    fireEvent.click(site);
    await waitFor(() => expect(onPage().textContent).toContain('Brieflight is off on news.example.com.'));
    await waitFor(async () => expect((await settings.load()).settings.disabledSites).toEqual(['news.example.com']));
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
    const select = (await screen.findByRole('combobox', { name: 'How mentions are shown' })) as HTMLSelectElement;
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

  it('shows the briefing: title, sections table, collapsible sections, links to the page and options', async () => {
    const { api } = await setup();
    expect(screen.getByRole('heading', { level: 2, name: BRIEFING.title })).toBeTruthy();
    const toc = screen.getByRole('navigation', { name: 'Briefing sections' });
    expect(within(toc).getAllByRole('link').map((a) => a.textContent)).toEqual([...BRIEFING.sections.map((s) => s.heading), 'Sources']);
    const energy = screen.getByRole('button', { name: 'Energy and economic ties' });
    expect(energy.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById('energy-body')?.hidden).toBe(true);
    fireEvent.click(energy);
    expect(energy.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById('energy-body')?.hidden).toBe(false);
    // A contents link opens its section and moves focus there.
    fireEvent.click(within(toc).getByRole('link', { name: 'Conclusion' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('conclusion-toggle'));
    expect(document.getElementById('conclusion-body')?.hidden).toBe(false);
    expect(screen.getByRole('link', { name: 'Open the briefing as a page' }).getAttribute('href')).toBe('/briefing.html');
    fireEvent.click(screen.getByRole('link', { name: 'Options' }));
    expect(api.openOptions).toHaveBeenCalled();
    expect(document.body.textContent).toContain(`fact set ${FACT_SET_VERSION}`);
  });
});
