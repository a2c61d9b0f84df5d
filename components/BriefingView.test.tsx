import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BriefingView } from '@/components/BriefingView';
import { BRIEFING, BRIEFING_DATA, FACT_SET_VERSION } from '@/data';

afterEach(cleanup);

const view = (collapsible?: boolean) =>
  render(
    <BriefingView data={BRIEFING_DATA} level={collapsible ? 2 : 1} collapsible={collapsible} />,
  );

describe('BriefingView', () => {
  it('by default (briefing.html) shows every section open, with its id, the contents, sources and the fact set', () => {
    const { container } = view();
    for (const id of ['diplomacy', 'defence', 'energy', 'community', 'conclusion', 'sources']) {
      expect(container.querySelector(`section#${id}`), id).not.toBeNull();
    }
    expect(screen.getByRole('heading', { level: 1, name: BRIEFING.title })).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: 'Contents' })).getAllByRole('link')).toHaveLength(BRIEFING.sections.length + 1);
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(container.querySelectorAll('[hidden]')).toHaveLength(0);
    expect(container.querySelector('.bl-badge')).not.toBeNull();
    expect(container.textContent).toContain(`fact set ${FACT_SET_VERSION}`);
  });

  it('collapsible (the popup): each section folds under a button that says whether it is open', () => {
    const { container } = view(true);
    expect(screen.getByRole('heading', { level: 2, name: BRIEFING.title })).toBeTruthy();
    const toggles = screen.getAllByRole('button');
    expect(toggles.map((b) => b.textContent)).toEqual([...BRIEFING.sections.map((s) => s.heading), 'Sources']);
    expect(toggles.every((b) => b.getAttribute('aria-expanded') === 'false')).toBe(true);
    const defence = screen.getByRole('button', { name: 'Strategic military and security cooperation' });
    expect(document.getElementById(defence.getAttribute('aria-controls')!)?.hidden).toBe(true);
    fireEvent.click(defence);
    expect(defence.getAttribute('aria-expanded')).toBe('true');
    expect(container.querySelector('#defence-body')?.hasAttribute('hidden')).toBe(false);
    // Section headings stay headings, one level below the title.
    expect(screen.getByRole('heading', { level: 3, name: 'Strategic military and security cooperation' })).toBeTruthy();
  });
});
