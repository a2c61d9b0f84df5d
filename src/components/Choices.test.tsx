import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Choices, type Props } from '@/components/Choices';
import { STATES } from '@/components/fixtures/Choices.states';

afterEach(cleanup);

describe('Choices, in each state', () => {
  it.each(Object.entries(STATES) as [string, Omit<Props, 'onChange'>][])(
    '%s: a group named by its legend, one radio per choice, the chosen one checked, a click reports its value',
    (_, state) => {
      const onChange = vi.fn();
      render(<Choices {...state} onChange={onChange} />);
      const group = screen.getByRole('group', { name: state.legend });
      const radios = screen.getAllByRole('radio') as HTMLInputElement[];
      expect(group.contains(radios[0]!)).toBe(true);
      expect(radios.map((r) => [r.name, r.value, r.checked])).toEqual(
        state.choices.map((c) => [state.name, c.value, c.value === state.value]),
      );
      for (const c of state.choices) {
        const radio = screen.getByRole('radio', { name: new RegExp(`^${c.label}`) });
        if (c.hint) expect(radio.closest('label')?.textContent).toContain(c.hint);
      }
      const other = state.choices.find((c) => c.value !== state.value)!;
      fireEvent.click(screen.getByRole('radio', { name: new RegExp(`^${other.label}`) }));
      expect(onChange).toHaveBeenCalledWith(other.value);
    },
  );

  it('shows a label the way renderLabel says', () => {
    render(
      <Choices
        {...STATES.firstChosen}
        onChange={() => undefined}
        renderLabel={(c) => <span class="sample">{c.label}</span>}
      />,
    );
    expect([...document.querySelectorAll('.sample')].map((s) => s.textContent)).toEqual([
      'Small',
      'Normal',
      'Large',
    ]);
  });
});
