import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Switch, type Props } from '@/components/Switch';
import { STATES } from '@/components/fixtures/Switch.states';

afterEach(cleanup);

describe('Switch, in each state', () => {
  it.each(Object.entries(STATES) as [string, Omit<Props, 'onChange'>][])(
    '%s: a switch named by its label, on or off, described by its hint, toggling unless disabled',
    (_, state) => {
      const onChange = vi.fn();
      render(<Switch {...state} onChange={onChange} />);
      const sw = screen.getByRole('switch', { name: state.label });
      expect(sw).toHaveProperty('checked', state.checked);
      expect(sw).toHaveProperty('disabled', state.disabled ?? false);
      const described = sw.getAttribute('aria-describedby');
      expect(described ? document.getElementById(described)?.textContent : undefined).toBe(state.hint);
      fireEvent.click(sw);
      expect(onChange.mock.calls).toEqual(state.disabled ? [] : [[!state.checked]]);
    },
  );
});

describe('Switch', () => {
  it('is a named switch that reports its new state', () => {
    const onChange = vi.fn();
    render(<Switch label="On all sites" checked onChange={onChange} hint="Turns every highlight off." />);
    const sw = screen.getByRole('switch', { name: 'On all sites' });
    expect(sw).toHaveProperty('checked', true);
    expect(sw.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(sw.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Turns every highlight off.',
    );
    fireEvent.click(sw);
    expect(onChange).toHaveBeenCalledWith(false);
  });

  it('can be disabled', () => {
    render(<Switch label="On this site" checked={false} disabled onChange={() => undefined} />);
    expect(screen.getByRole('switch', { name: 'On this site' })).toHaveProperty('disabled', true);
  });
});
