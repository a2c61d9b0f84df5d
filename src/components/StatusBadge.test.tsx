import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import type { FactStatus } from '@/data/types';
import { STATUS_EXPLANATIONS, StatusBadge, statusLabel, type Props } from '@/components/StatusBadge';
import { STATES as FIXTURES } from '@/components/fixtures/StatusBadge.states';

afterEach(cleanup);

const STATES: [FactStatus, string][] = [
  ['confirmed', 'Confirmed'],
  ['reported', 'Reported'],
  ['disputed', 'Disputed'],
  ['outdated', 'Outdated'],
];

const badgesCss = readFileSync(join(__dirname, 'badges.css'), 'utf8');

describe('StatusBadge, in each state', () => {
  it.each(Object.entries(FIXTURES) as [string, Props][])(
    '%s: says its status in words (then the detail), coloured by its class, explained by its tooltip',
    (_, props) => {
      const { container } = render(<StatusBadge {...props} />);
      const badge = container.querySelector<HTMLElement>('.bl-badge')!;
      expect(badge.textContent).toBe(
        props.detail ? `${statusLabel(props.status)}: ${props.detail}` : statusLabel(props.status),
      );
      expect([...badge.classList].filter((c) => c.startsWith('bl-badge--'))).toEqual([
        `bl-badge--${props.status}`,
      ]);
      expect(
        container.querySelector(`#${CSS.escape(badge.getAttribute('aria-describedby')!)}`)?.textContent,
      ).toBe(STATUS_EXPLANATIONS[props.status]);
    },
  );
});

describe('StatusBadge', () => {
  for (const [status, label] of STATES) {
    it(`says "${label}" in words, with a class for its colour`, () => {
      const { container } = render(<StatusBadge status={status} />);
      const badge = container.querySelector('.bl-badge')!;
      expect(badge.textContent).toBe(label);
      expect(badge.classList.contains(`bl-badge--${status}`)).toBe(true);
      expect(statusLabel(status)).toBe(label);
    });

    it(`"${label}" explains itself: focusable, described by a tooltip that says what the status means`, () => {
      const { container } = render(<StatusBadge status={status} />);
      const badge = container.querySelector<HTMLElement>('.bl-badge')!;
      expect(badge.tabIndex).toBe(0);
      const tip = container.querySelector(`#${CSS.escape(badge.getAttribute('aria-describedby')!)}`);
      expect(tip?.getAttribute('role')).toBe('tooltip');
      expect(tip?.textContent).toBe(STATUS_EXPLANATIONS[status]);
      // The badge already says the label: the explanation does not repeat it.
      expect(STATUS_EXPLANATIONS[status]).not.toMatch(new RegExp(`^${label}`, 'i'));
    });
  }

  it('each badge on a page has its own tooltip', () => {
    const { container } = render(
      <p>
        <StatusBadge status="reported" />
        <StatusBadge status="reported" />
      </p>,
    );
    const ids = [...container.querySelectorAll('.bl-badge')].map((b) => b.getAttribute('aria-describedby'));
    expect(new Set(ids).size).toBe(2);
  });

  it('the tooltip shows on hover and on keyboard focus (badges.css)', () => {
    expect(badgesCss).toMatch(/\.bl-status:hover \.bl-status__tip/);
    expect(badgesCss).toMatch(/\.bl-badge:focus \+ \.bl-status__tip/);
    expect(badgesCss).toMatch(/\.bl-status__tip \{\s*display: none;/);
  });

  it('"Confirmed" is quiet (no border, no fill); the other statuses stand out with a border', () => {
    expect(badgesCss).toMatch(/\.bl-badge--confirmed \{\s*border-color: transparent;/);
    expect(badgesCss).toMatch(/\.bl-badge--confirmed \{\s*background: #ffffff;/);
    expect(badgesCss).toMatch(
      /\.bl-badge--reported,\s*\.bl-badge--disputed,\s*\.bl-badge--outdated\s*\{\s*border-width: 2px;\s*font-weight: 700;\s*\}/,
    );
  });

  it('adds a detail after the label', () => {
    const { container } = render(<StatusBadge status="outdated" detail="opened in 2023" />);
    expect(container.querySelector('.bl-badge')!.textContent).toBe('Outdated: opened in 2023');
  });
});
