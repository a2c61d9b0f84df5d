import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { Card, STALE_LABEL, cardTitle, factDateLabel, formatDate, readerNow } from '@/components/Card';
import { isPastReview } from '@/data/freshness';
import { statusLabel } from '@/components/StatusBadge';
import { CARD_STATES, FIXTURE_NOW, type CardState } from '@/components/fixtures/card-states';

afterEach(cleanup);

function renderState(state: CardState) {
  const onOpenBriefing = vi.fn();
  const onClose = vi.fn();
  const actions = state.actions ? { onOpenBriefing, onClose } : {};
  const view = render(<Card {...state.props} {...actions} />);
  const dialog = view.getByRole('dialog');
  return { ...view, dialog, onOpenBriefing, onClose };
}

describe('Card, in each state', () => {
  for (const [name, state] of Object.entries(CARD_STATES) as [string, CardState][]) {
    describe(`${name}: ${state.title}`, () => {
      it('is a non-modal dialog named "<Name> — key facts"', () => {
        const { dialog } = renderState(state);
        expect(dialog.getAttribute('aria-modal')).toBe('false');
        expect(dialog.getAttribute('aria-label')).toBe(`${state.props.entity.name} — key facts`);
        expect(within(dialog).getByRole('heading', { level: 2 }).textContent).toBe(state.props.entity.name);
      });

      it('shows each fact in order, with its status in words, its date and its source', () => {
        const { dialog } = renderState(state);
        const items = dialog.querySelectorAll('li.bl-fact');
        expect([...items].map((li) => li.getAttribute('data-fact'))).toEqual(state.props.facts.map((f) => f.id));
        state.props.facts.forEach((f, i) => {
          const li = items[i] as HTMLElement;
          expect(li.querySelector('.bl-fact__text')!.textContent).toBe(f.text);
          expect(li.querySelector('.bl-badge')!.textContent).toBe(statusLabel(f.status));
          expect(li.querySelector('.bl-fact__asof')!.textContent).toBe(factDateLabel(f));
          expect(li.querySelector('.bl-fact__stale')?.textContent).toBe(
            isPastReview(f, state.props.now ?? readerNow()) ? STALE_LABEL : undefined,
          );
          const source = f.sources.map(state.props.sourceOf).find((s) => s !== undefined);
          const link = li.querySelector<HTMLAnchorElement>('a.bl-fact__source');
          if (source) {
            expect(link?.getAttribute('href')).toBe(source.url);
            expect(link?.textContent).toBe(source.publisher);
            expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
            expect(link?.getAttribute('target')).toBe('_blank');
          } else {
            expect(link).toBeNull();
          }
          expect(li.querySelector('.bl-fact__note')?.textContent).toBe(f.note);
        });
        if (state.props.facts.length === 0) expect(dialog.querySelector('ul')).toBeNull();
      });

      it(state.actions ? 'has working "Open briefing" and close buttons' : 'has no buttons', () => {
        const { dialog, onOpenBriefing, onClose } = renderState(state);
        const buttons = within(dialog).queryAllByRole('button');
        if (!state.actions) {
          expect(buttons).toEqual([]);
          return;
        }
        fireEvent.click(within(dialog).getByRole('button', { name: 'Open briefing' }));
        expect(onOpenBriefing).toHaveBeenCalledTimes(1);
        fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
        expect(onClose).toHaveBeenCalledTimes(1);
      });
    });
  }

  it('the kind says what the entity is', () => {
    const kind = (s: CardState) => renderState(s).dialog.querySelector('.bl-card__kind')!.textContent;
    expect(kind(CARD_STATES.standard)).toBe('Country');
    cleanup();
    expect(kind(CARD_STATES.city)).toBe('City');
    cleanup();
    expect(kind(CARD_STATES.company)).toBe('Company');
  });

  it('renders markup-like text as text: no element is made from it', () => {
    const { dialog } = renderState(CARD_STATES.markupInText);
    expect(dialog.querySelector('img, script, b')).toBeNull();
    expect(dialog.querySelectorAll('a').length).toBe(1); // the source link only
    expect(dialog.textContent).toContain('<img src=x onerror="alert(1)"> & <b>not bold</b>');
    expect(dialog.textContent).toContain('<script>alert(1)</script>');
    expect(dialog.textContent).toContain('<a href="javascript:alert(1)">link</a>');
  });

  it('puts the close button first and "Open briefing" last in Tab order', () => {
    const { dialog } = renderState(CARD_STATES.standard);
    const order = [...dialog.querySelectorAll('a[href], button')].map((el) => el.textContent);
    expect(order[0]).toBe('×');
    expect(order.at(-1)).toBe('Open briefing');
  });
});

describe('freshness on the card', () => {
  const fresh = (id: string) => {
    cleanup();
    return renderState(CARD_STATES.stale).dialog.querySelector(`[data-fact="${id}"]`)!.querySelector('.bl-fact__meta')!.textContent;
  };

  it('a changing figure past its review date says "may be out of date" beside its date, in words', () => {
    expect(fresh('old-figure')).toContain('as of Jan 2023may be out of date');
  });

  it('a changing figure within its review date and an event say only their date', () => {
    expect(fresh('new-figure')).toContain('as of Jul 2024');
    expect(fresh('new-figure')).not.toContain(STALE_LABEL);
    expect(fresh('old-event')).toContain('on 18 Oct 1991');
    expect(fresh('old-event')).not.toContain(STALE_LABEL);
  });

  it('reads "now" from its prop: the same fact is fresh the day before its review date and stale the day after', () => {
    const state = CARD_STATES.stale;
    const at = (iso: string) => {
      cleanup();
      const { container } = render(<Card {...state.props} now={new Date(iso)} />);
      return container.querySelectorAll('.bl-fact__stale').length;
    };
    // old-figure: as of 2023-01-01, review due 2024-01-01; new-figure: due 2025-07-01.
    expect(at('2024-01-01T12:00:00Z')).toBe(0);
    expect(at('2024-01-02T12:00:00Z')).toBe(1);
    expect(at('2025-07-02T12:00:00Z')).toBe(2);
  });

  it('without a `now` prop, reads the clock through Date.now (so a test can move it)', () => {
    const spy = vi.spyOn(Date, 'now').mockReturnValue(new Date('2030-01-01T00:00:00Z').getTime());
    try {
      const { now: _fixed, ...props } = CARD_STATES.stale.props;
      const { container } = render(<Card {...props} />);
      expect(container.querySelectorAll('.bl-fact__stale')).toHaveLength(2);
    } finally {
      spy.mockRestore();
    }
    expect(FIXTURE_NOW.toISOString()).toBe('2025-01-15T12:00:00.000Z');
  });
});

describe('cardTitle and formatDate', () => {
  it('names the dialog', () => {
    expect(cardTitle(CARD_STATES.standard.props.entity)).toBe('Azerbaijan — key facts');
  });
  it('formats full, month and year dates', () => {
    expect(formatDate('2023-03-29')).toBe('29 Mar 2023');
    expect(formatDate('2025-06')).toBe('Jun 2025');
    expect(formatDate('2019')).toBe('2019');
  });
  it('says an event\'s date as precisely as it is known, and a changing fact\'s month', () => {
    expect(factDateLabel({ kind: 'event', asOf: '1948-05-14' })).toBe('on 14 May 1948');
    expect(factDateLabel({ kind: 'event', asOf: '1993-08' })).toBe('in Aug 1993');
    expect(factDateLabel({ kind: 'event', asOf: '2011' })).toBe('in 2011');
    expect(factDateLabel({ kind: 'changing', asOf: '2026-01-01' })).toBe('as of Jan 2026');
    expect(factDateLabel({ kind: 'changing', asOf: '2025-12-31' })).toBe('as of Dec 2025');
  });
});
