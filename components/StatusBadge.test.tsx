import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import type { FactStatus } from '@/data/types';
import { StatusBadge, statusLabel } from '@/components/StatusBadge';

afterEach(cleanup);

const STATES: [FactStatus, string][] = [
  ['confirmed', 'Confirmed'],
  ['reported', 'Reported'],
  ['disputed', 'Disputed'],
  ['outdated', 'Outdated'],
];

describe('StatusBadge', () => {
  for (const [status, label] of STATES) {
    it(`says "${label}" in words, with a class for its colour`, () => {
      const { container } = render(<StatusBadge status={status} />);
      const badge = container.querySelector('.bl-badge')!;
      expect(badge.textContent).toBe(label);
      expect(badge.classList.contains(`bl-badge--${status}`)).toBe(true);
      expect(statusLabel(status)).toBe(label);
    });
  }

  it('adds a detail after the label', () => {
    const { container } = render(<StatusBadge status="outdated" detail="opened in 2023" />);
    expect(container.textContent).toBe('Outdated: opened in 2023');
  });
});
