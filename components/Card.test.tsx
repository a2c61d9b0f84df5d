import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { Card, cardTitle, formatDate } from '@/components/Card';
import { statusLabel } from '@/components/StatusBadge';
import { CARD_STATES, type CardState } from '@/components/fixtures/card-states';

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
          expect(li.querySelector('.bl-fact__asof')!.textContent).toBe(`as of ${formatDate(f.asOf)}`);
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

describe('cardTitle and formatDate', () => {
  it('names the dialog', () => {
    expect(cardTitle(CARD_STATES.standard.props.entity)).toBe('Azerbaijan — key facts');
  });
  it('formats full, month and year dates', () => {
    expect(formatDate('2023-03-29')).toBe('29 Mar 2023');
    expect(formatDate('2025-06')).toBe('Jun 2025');
    expect(formatDate('2019')).toBe('2019');
  });
});
