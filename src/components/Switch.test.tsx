import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Switch } from '@/components/Switch';

afterEach(cleanup);

describe('Switch', () => {
  it('is a named switch that reports its new state', () => {
    const onChange = vi.fn();
    render(<Switch label="On all sites" checked onChange={onChange} hint="Turns every highlight off." />);
    const sw = screen.getByRole('switch', { name: 'On all sites' });
    expect(sw).toHaveProperty('checked', true);
    expect(sw.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(sw.getAttribute('aria-describedby')!)?.textContent).toBe('Turns every highlight off.');
    fireEvent.click(sw);
    expect(onChange).toHaveBeenCalledWith(false);
  });

  it('can be disabled', () => {
    render(<Switch label="On this site" checked={false} disabled onChange={() => undefined} />);
    expect(screen.getByRole('switch', { name: 'On this site' })).toHaveProperty('disabled', true);
  });
});
