import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MentionList } from '@/components/MentionList';

afterEach(cleanup);

const names = { azerbaijan: 'Azerbaijan', israel: 'Israel', socar: 'SOCAR', baku: 'Baku' };

describe('MentionList', () => {
  it('lists the entities found, with their counts, and selects one', () => {
    const onSelect = vi.fn();
    render(
      <MentionList state={{ kind: 'ready', counts: { azerbaijan: 3, israel: 0, socar: 1, baku: 2 } }} names={names} onSelect={onSelect} />,
    );
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Azerbaijan 3 mentions', 'SOCAR 1 mention', 'Baku 2 mentions']);
    fireEvent.click(screen.getByRole('button', { name: /^Baku/ }));
    expect(onSelect).toHaveBeenCalledWith('baku');
  });

  it('says so when there is nothing, or Brieflight is off, or cannot run', () => {
    const cases = [
      [{ kind: 'ready', counts: { azerbaijan: 0, israel: 0, socar: 0, baku: 0 } }, 'No mentions of Azerbaijan, Israel, SOCAR or Baku here.'],
      [{ kind: 'off-site', host: 'a.org' }, 'Brieflight is off on a.org.'],
      [{ kind: 'off-everywhere' }, 'Brieflight is off on all sites.'],
      [{ kind: 'unavailable' }, /cannot read this page/],
      [{ kind: 'loading' }, 'Looking at the page…'],
    ] as const;
    for (const [state, text] of cases) {
      const { container, unmount } = render(<MentionList state={state} names={names} onSelect={() => undefined} />);
      expect(container.textContent).toMatch(text);
      expect(screen.queryAllByRole('button')).toEqual([]);
      unmount();
    }
  });
});
