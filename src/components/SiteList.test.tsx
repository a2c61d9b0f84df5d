import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteList } from '@/components/SiteList';

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
    expect(screen.getByRole('list', { name: 'Sites where Brieflight is off' }).textContent).toContain('*.b.org');
    fireEvent.click(screen.getByRole('button', { name: 'Remove *.b.org' }));
    await waitFor(() => expect(onRemove).toHaveBeenCalledWith('*.b.org'));
    await waitFor(() => expect(document.activeElement).toBe(input));
  });
});
