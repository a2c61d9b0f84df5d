import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MentionList } from '@/components/MentionList';
import { STATES } from '@/components/fixtures/MentionList.states';

afterEach(cleanup);

const names = { azerbaijan: 'Azerbaijan', israel: 'Israel', socar: 'SOCAR', baku: 'Baku' };

type StateName = keyof typeof STATES;

/** What each state shows: its one line, or the names found with their counts (no line, no buttons, in the other states). */
const EXPECTED = {
  loading: { text: 'Looking at the page…', buttons: [] },
  unavailable: {
    text: /^Brieflight cannot read this page: browser pages and extension stores are off-limits, and a page opened\s+before Brieflight was installed needs a reload\.$/,
    buttons: [],
  },
  offEverywhere: { text: 'Brieflight is off on all sites.', buttons: [] },
  offSite: { text: 'Brieflight is off on news.example.com.', buttons: [] },
  found: {
    text: /^Choose a name to go to its next mention\./,
    buttons: ['Azerbaijan 3 mentions', 'SOCAR 1 mention', 'Baku 2 mentions'],
  },
  foundOnce: { text: /^Choose a name to go to its next mention\./, buttons: ['Israel 1 mention'] },
  none: { text: 'No mentions of Azerbaijan, Israel, SOCAR or Baku here.', buttons: [] },
} satisfies Record<StateName, { text: string | RegExp; buttons: string[] }>;

describe('MentionList, in each state', () => {
  it.each(Object.entries(STATES) as [StateName, (typeof STATES)[StateName]][])('%s', (name, props) => {
    const onSelect = vi.fn();
    const { container } = render(<MentionList {...props} onSelect={onSelect} />);
    const { text, buttons } = EXPECTED[name];
    if (typeof text === 'string') expect(container.textContent).toBe(text);
    else expect(container.textContent).toMatch(text);
    const shown = screen.queryAllByRole('button');
    expect(shown.map((b) => b.textContent)).toEqual(buttons);
    // Each name found goes to its own next mention.
    for (const b of shown) fireEvent.click(b);
    expect(onSelect.mock.calls.map(([id]) => props.names[id as keyof typeof props.names])).toEqual(
      buttons.map((b) => b.split(' ')[0]),
    );
  });
});

describe('MentionList', () => {
  it('lists the entities found, with their counts, and selects one', () => {
    const onSelect = vi.fn();
    render(
      <MentionList
        state={{ kind: 'ready', counts: { azerbaijan: 3, israel: 0, socar: 1, baku: 2 } }}
        names={names}
        onSelect={onSelect}
      />,
    );
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Azerbaijan 3 mentions',
      'SOCAR 1 mention',
      'Baku 2 mentions',
    ]);
    fireEvent.click(screen.getByRole('button', { name: /^Baku/ }));
    expect(onSelect).toHaveBeenCalledWith('baku');
  });

  it('says so when there is nothing, or Brieflight is off, or cannot run', () => {
    const cases = [
      [
        { kind: 'ready', counts: { azerbaijan: 0, israel: 0, socar: 0, baku: 0 } },
        'No mentions of Azerbaijan, Israel, SOCAR or Baku here.',
      ],
      [{ kind: 'off-site', host: 'a.org' }, 'Brieflight is off on a.org.'],
      [{ kind: 'off-everywhere' }, 'Brieflight is off on all sites.'],
      [{ kind: 'unavailable' }, /cannot read this page/],
      [{ kind: 'loading' }, 'Looking at the page…'],
    ] as const;
    for (const [state, text] of cases) {
      const { container, unmount } = render(
        <MentionList state={state} names={names} onSelect={() => undefined} />,
      );
      expect(container.textContent).toMatch(text);
      expect(screen.queryAllByRole('button')).toEqual([]);
      unmount();
    }
  });
});
