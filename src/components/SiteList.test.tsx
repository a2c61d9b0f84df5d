import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteList } from '@/components/SiteList';
import { STATES, type SiteListState } from '@/components/fixtures/SiteList.states';
import { MAX_DISABLED_SITES } from '@/utils/timings';

afterEach(cleanup);

function setup(sites: string[] = [], onAdd = vi.fn(async () => undefined)) {
  const onRemove = vi.fn(async () => undefined);
  render(<SiteList sites={sites} onAdd={onAdd} onRemove={onRemove} />);
  const input = screen.getByRole('textbox', { name: 'Turn Brieflight off on' });
  const add = (text: string) => {
    fireEvent.input(input, { target: { value: text } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
  };
  return { input, add, onAdd, onRemove };
}

type StateName = keyof typeof STATES;

/**
 * What each state shows: the error line (empty when there is none), the sites listed, and the
 * pattern handed to `onAdd` (normalised), if any.
 */
const EXPECTED = {
  empty: { error: '', listed: 0, added: undefined },
  listed: { error: '', listed: 2, added: undefined },
  added: { error: '', listed: 1, added: 'news.example.com' },
  notAHost: { error: /port/, listed: 0, added: undefined },
  duplicate: { error: 'a.org is already in the list.', listed: 1, added: undefined },
  full: {
    error: 'The list is full (browser sync keeps at most 8 KB per setting): remove a site first.',
    listed: MAX_DISABLED_SITES,
    added: undefined,
  },
  saveFailed: { error: 'Could not save: QUOTA_BYTES_PER_ITEM quota exceeded', listed: 1, added: 'b.org' },
} satisfies Record<StateName, { error: string | RegExp; listed: number; added: string | undefined }>;

describe('SiteList, in each state', () => {
  it.each(Object.entries(STATES) as [StateName, SiteListState][])('%s', async (name, state) => {
    const onAdd = vi.fn(async () => {
      if (state.saveFails) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    });
    render(<SiteList {...state.props} onAdd={onAdd} onRemove={vi.fn(async () => undefined)} />);
    const input = screen.getByRole('textbox', { name: 'Turn Brieflight off on' }) as HTMLInputElement;
    if (state.typed !== undefined) {
      fireEvent.input(input, { target: { value: state.typed } });
      fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    }
    const { error, listed, added } = EXPECTED[name];
    const alert = screen.getByRole('alert');
    if (typeof error === 'string') await waitFor(() => expect(alert.textContent).toBe(error));
    else await waitFor(() => expect(alert.textContent).toMatch(error));
    await waitFor(() => expect(onAdd.mock.calls).toEqual(added ? [[added]] : []));
    // An error ties itself to the field; a refused value stays there to be corrected, a saved one is cleared.
    expect(input.getAttribute('aria-invalid')).toBe(error === '' ? null : 'true');
    expect(input.getAttribute('aria-describedby')?.includes(alert.id)).toBe(error !== '');
    await waitFor(() =>
      expect(input.value).toBe(state.typed === undefined || (error === '' && added) ? '' : state.typed),
    );
    const list = screen.queryByRole('list', { name: 'Sites where Brieflight is off' });
    expect(list ? within(list).getAllByRole('button', { name: /^Remove / }).length : 0).toBe(listed);
    expect(screen.queryByText('No sites: Brieflight runs everywhere it is on.') !== null).toBe(listed === 0);
  });
});

describe('SiteList', () => {
  it('adds a valid site, normalised, and clears the field', async () => {
    const { input, add, onAdd } = setup();
    add('  https://News.Example.com/today ');
    await waitFor(() => expect(onAdd).toHaveBeenCalledWith('news.example.com'));
    await waitFor(() => expect((input as HTMLInputElement).value).toBe(''));
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  it('refuses an invalid host with the reason, tied to the field', async () => {
    const { input, add, onAdd } = setup();
    add('example.com:8080');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/port/));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(screen.getByRole('alert').id);
    expect(onAdd).not.toHaveBeenCalled();
    // Typing again clears the error.
    fireEvent.input(input, { target: { value: 'example.com' } });
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  it('refuses a duplicate, and says when saving failed', async () => {
    const failing = vi.fn(async () => {
      throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    });
    const { add } = setup(['a.org'], failing);
    add('A.org');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('a.org is already in the list.'));
    add('b.org');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Could not save: QUOTA/));
  });

  it('refuses a site when the list is full', async () => {
    const many = Array.from({ length: 200 }, (_, i) => `site${i}.example.com`);
    const { add, onAdd } = setup(many);
    add('one-more.org');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/list is full/));
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('lists the sites, each with a named remove button', async () => {
    const { onRemove, input } = setup(['a.org', '*.b.org']);
    expect(screen.getByRole('list', { name: 'Sites where Brieflight is off' }).textContent).toContain(
      '*.b.org',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove *.b.org' }));
    await waitFor(() => expect(onRemove).toHaveBeenCalledWith('*.b.org'));
    await waitFor(() => expect(document.activeElement).toBe(input));
  });
});
