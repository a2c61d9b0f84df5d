import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import {
  Card,
  STALE_LABEL,
  cardTitle,
  factDateLabel,
  formatDate,
  readerNow,
  sourceLinkName,
  visibleFactCount,
} from '@/card/Card';
import { CARD_TEXT_CAP_CHARS } from '@/utils/timings';
import { isPastReview } from '@/data/freshness';
import { statusLabel } from '@/components/StatusBadge';
import { CARD_STATES, FIXTURE_NOW, type CardState } from '@/card/fixtures/card-states';

afterEach(cleanup);

function renderState(state: CardState) {
  const onOpenBriefing = vi.fn();
  const onClose = vi.fn();
  const onOpenRatings = vi.fn();
  const actions = state.actions ? { onOpenBriefing, onClose, onOpenRatings } : {};
  const view = render(<Card {...state.props} {...actions} />);
  const dialog = view.getByRole('dialog');
  return { ...view, dialog, onOpenBriefing, onClose, onOpenRatings };
}

describe('Card, in each state', () => {
  for (const [name, state] of Object.entries(CARD_STATES) as [string, CardState][]) {
    describe(`${name}: ${state.title}`, () => {
      it('is a non-modal, left-to-right English dialog named "<Name> — key facts", with no heading', () => {
        const { dialog } = renderState(state);
        expect(dialog.getAttribute('aria-modal')).toBe('false');
        expect(dialog.getAttribute('dir')).toBe('ltr');
        expect(dialog.getAttribute('lang')).toBe('en');
        const name = dialog
          .getAttribute('aria-labelledby')!
          .split(' ')
          .map((id) => dialog.querySelector(`#${CSS.escape(id)}`)!.textContent!.trim())
          .join(' ');
        expect(name).toBe(`${state.props.entity.name} — key facts`);
        expect(dialog.getAttribute('aria-label')).toBe(name);
        // Not a heading: nothing of the card enters the page's outline.
        expect(dialog.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]')).toBeNull();
      });

      it('shows the first facts in order, each with its status in words, its date and its best source', () => {
        const { dialog } = renderState(state);
        const items = dialog.querySelectorAll('li.bl-fact');
        const shown = visibleFactCount(state.props.entity.summary, state.props.facts);
        expect([...items].map((li) => li.getAttribute('data-fact'))).toEqual(
          state.props.facts.slice(0, shown).map((f) => f.id),
        );
        state.props.facts.slice(0, shown).forEach((f, i) => {
          const li = items[i] as HTMLElement;
          expect(li.querySelector('.bl-fact__text')!.textContent).toBe(f.text);
          expect(li.querySelector('.bl-badge')!.textContent).toBe(statusLabel(f.status));
          // The status leads its claim, on the text's first line (the date and source line stays one line).
          const claim = li.querySelector('.bl-fact__claim')!;
          expect(claim.firstElementChild!.querySelector('.bl-badge')).toBe(li.querySelector('.bl-badge'));
          expect(claim.querySelector('.bl-fact__text')!.textContent).toBe(f.text);
          expect(li.querySelector('.bl-fact__meta .bl-badge')).toBeNull();
          expect(li.querySelector('.bl-fact__asof')!.textContent).toBe(factDateLabel(f));
          expect(li.querySelector('.bl-fact__stale')?.textContent).toBe(
            isPastReview(f, state.props.now ?? readerNow()) ? STALE_LABEL : undefined,
          );
          const sources = f.sources.map(state.props.sourceOf).filter((s) => s !== undefined);
          const links = [...li.querySelectorAll<HTMLAnchorElement>('a.bl-fact__source')];
          if (sources.length > 0) {
            const first = links[0]!;
            expect(first.getAttribute('href')).toBe(sources[0]!.url);
            expect(first.textContent).toBe(`${sources[0]!.publisher} ↗`);
            expect(first.getAttribute('aria-label')).toBe(sourceLinkName(sources[0]!));
            expect(first.getAttribute('rel')).toBe('noopener noreferrer');
            expect(first.getAttribute('target')).toBe('_blank');
            expect(li.querySelector('.bl-fact__sources')!.textContent).toMatch(/^Source: /);
          } else {
            expect(links).toEqual([]);
          }
          // Notes wait for "More facts".
          expect(li.querySelector('.bl-fact__note')).toBeNull();
        });
        if (state.props.facts.length === 0) expect(dialog.querySelector('ul')).toBeNull();
      });

      it('"More facts" shows every fact and every note', () => {
        const { dialog } = renderState(state);
        const more = within(dialog).queryByRole('button', { name: 'More facts' });
        const hasMore =
          state.props.facts.length > visibleFactCount(state.props.entity.summary, state.props.facts) ||
          state.props.facts.some((f) => f.note);
        expect(more !== null).toBe(hasMore);
        if (!more) return;
        expect(more.getAttribute('aria-expanded')).toBe('false');
        fireEvent.click(more);
        const fewer = within(dialog).getByRole('button', { name: 'Fewer facts' });
        expect(fewer.getAttribute('aria-expanded')).toBe('true');
        const items = [...dialog.querySelectorAll('li.bl-fact')];
        expect(items.map((li) => li.getAttribute('data-fact'))).toEqual(state.props.facts.map((f) => f.id));
        state.props.facts.forEach((f, i) =>
          expect(items[i]!.querySelector('.bl-fact__note')?.textContent).toBe(f.note),
        );
      });

      it(
        state.actions
          ? 'has working "Open briefing", "How facts are rated" and close buttons'
          : 'has no action buttons',
        () => {
          const { dialog, onOpenBriefing, onClose, onOpenRatings } = renderState(state);
          const actions = within(dialog)
            .queryAllByRole('button')
            .filter((b) =>
              ['Open briefing', 'Close', 'How facts are rated'].includes(
                b.getAttribute('aria-label') ?? b.textContent ?? '',
              ),
            );
          if (!state.actions) {
            expect(actions).toEqual([]);
            return;
          }
          fireEvent.click(within(dialog).getByRole('button', { name: 'Open briefing' }));
          expect(onOpenBriefing).toHaveBeenCalledTimes(1);
          fireEvent.click(within(dialog).getByRole('button', { name: 'How facts are rated' }));
          expect(onOpenRatings).toHaveBeenCalledTimes(1);
          const close = within(dialog).getByRole('button', { name: 'Close' });
          // Announced once: no title repeating the label.
          expect(close.hasAttribute('title')).toBe(false);
          fireEvent.click(close);
          expect(onClose).toHaveBeenCalledTimes(1);
        },
      );
    });
  }

  it('has no controls without their actions', () => {
    const { dialog } = renderState(CARD_STATES.standard);
    for (const name of ['Pin card', 'Turn off on this site', 'Settings'])
      expect(within(dialog).queryByRole('button', { name })).toBeNull();
  });

  it('its controls call their actions: pin (then pressed), "Turn off on this site", "Settings"', () => {
    const onPin = vi.fn();
    const onTurnOffSite = vi.fn();
    const onOpenSettings = vi.fn();
    const view = render(
      <Card
        {...CARD_STATES.controls.props}
        onPin={onPin}
        onTurnOffSite={onTurnOffSite}
        onOpenSettings={onOpenSettings}
      />,
    );
    const dialog = view.getByRole('dialog');
    const pin = within(dialog).getByRole('button', { name: 'Pin card' });
    expect(pin.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(pin);
    expect(onPin).toHaveBeenCalledTimes(1);
    expect(pin.getAttribute('aria-pressed')).toBe('true');
    // Pinned already: a second press does nothing.
    fireEvent.click(pin);
    expect(onPin).toHaveBeenCalledTimes(1);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Turn off on this site' }));
    expect(onTurnOffSite).toHaveBeenCalledTimes(1);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Settings' }));
    expect(onOpenSettings).toHaveBeenCalledTimes(1);
  });

  it('a card opened pinned has no pin, and keeps "Turn off on this site" and "Settings"', () => {
    const { dialog } = renderState(CARD_STATES.pinned);
    expect(within(dialog).queryByRole('button', { name: 'Pin card' })).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Turn off on this site' })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Settings' })).toBeTruthy();
  });

  it("carries the reader's text size on its root (normal by default), for card.css to scale", () => {
    const sizeOf = (s: CardState) =>
      [...renderState(s).dialog.classList].filter((c) => c.startsWith('bl-card--text-'));
    expect(sizeOf(CARD_STATES.standard)).toEqual(['bl-card--text-normal']);
    cleanup();
    expect(sizeOf(CARD_STATES.textSmall)).toEqual(['bl-card--text-small']);
    cleanup();
    expect(sizeOf(CARD_STATES.textLarge)).toEqual(['bl-card--text-large']);
  });

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
    fireEvent.click(within(dialog).getByRole('button', { name: 'More facts' }));
    expect(dialog.querySelector('img, script, b')).toBeNull();
    expect(dialog.querySelectorAll('a').length).toBe(1); // the source link only
    expect(dialog.textContent).toContain('<img src=x onerror="alert(1)"> & <b>not bold</b>');
    expect(dialog.textContent).toContain('<script>alert(1)</script>');
    expect(dialog.textContent).toContain('<a href="javascript:alert(1)">link</a>');
  });

  it('puts the close button first and "Open briefing" last in Tab order', () => {
    const { dialog } = renderState(CARD_STATES.standard);
    const order = [...dialog.querySelectorAll('a[href], button, [tabindex="0"]')].map((el) => el.textContent);
    expect(order[0]).toBe('×');
    expect(order.at(-1)).toBe('Open briefing');
  });

  it('shows two facts, and a third only while the text stays within CARD_TEXT_CAP_CHARS', () => {
    const f = (n: number) => ({ text: 'x'.repeat(n) });
    const summary = 's'.repeat(100);
    expect(visibleFactCount('', [])).toBe(0);
    expect(visibleFactCount('', [f(10)])).toBe(1);
    // Two facts even past the cap.
    expect(visibleFactCount(summary, [f(CARD_TEXT_CAP_CHARS), f(CARD_TEXT_CAP_CHARS), f(10)])).toBe(2);
    // Never more than three.
    expect(visibleFactCount('', [f(10), f(10), f(10), f(10)])).toBe(3);
    // The third exactly at the cap fits; one character more does not.
    const third = CARD_TEXT_CAP_CHARS - 100 - 2 * 80;
    expect(visibleFactCount(summary, [f(80), f(80), f(third)])).toBe(3);
    expect(visibleFactCount(summary, [f(80), f(80), f(third + 1)])).toBe(2);
  });

  it('a new card rendered into the same root reuses the element and starts collapsed', () => {
    const many = CARD_STATES.manyFacts.props;
    const { container, rerender } = render(<Card {...many} />);
    const first = container.querySelector('.bl-card');
    fireEvent.click(within(container as HTMLElement).getByRole('button', { name: 'More facts' }));
    expect(container.querySelectorAll('li.bl-fact')).toHaveLength(many.facts.length);
    rerender(<Card {...many} entity={{ ...many.entity, id: 'israel', name: 'Israel' }} />);
    expect(container.querySelector('.bl-card')).toBe(first);
    expect(container.querySelectorAll('li.bl-fact')).toHaveLength(
      visibleFactCount(many.entity.summary, many.facts),
    );
  });

  it('"+N more" reveals the other sources, best first', () => {
    const { dialog } = renderState(CARD_STATES.manyFacts);
    const li = dialog.querySelector('[data-fact="m1"]') as HTMLElement;
    const visible = () => [...li.querySelectorAll('a.bl-fact__source')].map((a) => a.textContent);
    expect(visible()).toEqual(['Example News ↗']);
    const more = within(li).getByRole('button', { name: '2 more sources' });
    expect(more.textContent).toBe('+2 more');
    fireEvent.click(more);
    expect(visible()).toEqual(['Example News ↗', 'Example Ministry ↗', 'Example Encyclopaedia ↗']);
  });
});

describe('freshness on the card', () => {
  const fresh = (id: string) => {
    cleanup();
    return renderState(CARD_STATES.stale)
      .dialog.querySelector(`[data-fact="${id}"]`)!
      .querySelector('.bl-fact__meta')!.textContent;
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
  it("says an event's date as precisely as it is known, and a changing fact's month", () => {
    expect(factDateLabel({ kind: 'event', asOf: '1948-05-14' })).toBe('on 14 May 1948');
    expect(factDateLabel({ kind: 'event', asOf: '1993-08' })).toBe('in Aug 1993');
    expect(factDateLabel({ kind: 'event', asOf: '2011' })).toBe('in 2011');
    expect(factDateLabel({ kind: 'changing', asOf: '2026-01-01' })).toBe('as of Jan 2026');
    expect(factDateLabel({ kind: 'changing', asOf: '2025-12-31' })).toBe('as of Dec 2025');
  });
});
