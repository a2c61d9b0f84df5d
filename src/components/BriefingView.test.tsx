import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BriefingView, CHANGES_SECTION, RATINGS_SECTION, formatCheckedUpTo } from '@/components/BriefingView';
import { STATUS_EXPLANATIONS } from '@/components/StatusBadge';
import { BRIEFING, BRIEFING_DATA, CHANGES, FACT_SET_VERSION, getSource } from '@/data';

afterEach(cleanup);

const view = (collapsible?: boolean) =>
  render(
    <BriefingView data={BRIEFING_DATA} level={collapsible ? 2 : 1} collapsible={collapsible} />,
  );

describe('BriefingView', () => {
  it('by default (briefing.html) shows every section open, with its id, the contents, sources and the fact set', () => {
    const { container } = view();
    for (const id of ['diplomacy', 'defence', 'energy', 'community', 'conclusion', 'changes', 'ratings', 'sources']) {
      expect(container.querySelector(`section#${id}`), id).not.toBeNull();
    }
    expect(screen.getByRole('heading', { level: 1, name: BRIEFING.title })).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: 'Contents' })).getAllByRole('link')).toHaveLength(BRIEFING.sections.length + 3);
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(container.querySelectorAll('[hidden]')).toHaveLength(0);
    expect(container.querySelector('.bl-badge')).not.toBeNull();
    expect(container.textContent).toContain(`fact set ${FACT_SET_VERSION}`);
  });

  it('says how far the facts were checked: "Facts checked up to March 2026"', () => {
    const { container } = view();
    expect(container.querySelector('.bl-briefing__asof')?.textContent).toBe(
      `Facts checked up to March 2026 · fact set ${FACT_SET_VERSION}`,
    );
    expect(formatCheckedUpTo('2025-06')).toBe('June 2025');
  });

  it('after the article, "What has changed since this article was written": each dated point linked to its sources', () => {
    const { container } = view();
    const ids = [...container.querySelectorAll('article > section')].map((s) => s.id);
    expect(ids.slice(-4)).toEqual(['conclusion', 'changes', 'ratings', 'sources']);
    const section = container.querySelector('section#changes')!;
    expect(within(section as HTMLElement).getByRole('heading', { level: 2 }).textContent).toBe(CHANGES_SECTION.heading);
    const items = section.querySelectorAll('li');
    expect(items.length).toBe(CHANGES.length);
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(items.length).toBeLessThanOrEqual(8);
    CHANGES.forEach((c, i) => {
      const li = items[i]!;
      expect(li.querySelector('time')?.getAttribute('datetime')).toBe(c.date);
      expect(li.textContent).toContain(c.text);
      const links = [...li.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).toEqual(c.sources.map((id) => getSource(id)!.url));
      for (const a of links) {
        expect(a.getAttribute('target')).toBe('_blank');
        expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      }
    });
  });

  it('collapsible (the popup): each section folds under a button that says whether it is open', () => {
    const { container } = view(true);
    expect(screen.getByRole('heading', { level: 2, name: BRIEFING.title })).toBeTruthy();
    const toggles = screen.getAllByRole('button');
    expect(toggles.map((b) => b.textContent)).toEqual([...BRIEFING.sections.map((s) => s.heading), CHANGES_SECTION.heading, RATINGS_SECTION.heading, 'Sources']);
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

/** An element's text as a reader sees it: without the badges' tooltips (shown only on hover or focus). */
function seenText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const tip of copy.querySelectorAll('[role="tooltip"]')) tip.remove();
  return copy.textContent ?? '';
}

describe('the claims’ notes as rendered', () => {
  it('never repeat their badge word, and have no ".," or ".." where the note meets the article', () => {
    const { container } = view();
    const checks = [...container.querySelectorAll('.bl-claim__check')];
    expect(checks.length).toBeGreaterThan(5);
    for (const check of checks) {
      const claim = check.closest('[data-claim]')!;
      const badge = check.querySelector('.bl-badge')!.textContent!;
      const text = seenText(check);
      expect(text, claim.getAttribute('data-claim')!).not.toMatch(new RegExp(`${badge}\\W+${badge}`, 'i'));
      // The check and the article text that follows it, as a reader sees them.
      const after = claim.nextSibling?.textContent ?? '';
      const seen = `${text}${after}`;
      expect(seen, claim.getAttribute('data-claim')!).not.toMatch(/\.\s*[.,;:]/);
    }
    expect(seenText(container)).not.toMatch(/(?<!…)\.\s*[.,]/);
  });
});

describe('"How facts are rated"', () => {
  it('explains each status as its badge does, and how dates and "may be out of date" read', () => {
    const { container } = view();
    const section = container.querySelector<HTMLElement>('section#ratings')!;
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe('How facts are rated');
    for (const text of Object.values(STATUS_EXPLANATIONS)) expect(section.textContent).toContain(text);
    expect(section.textContent).toMatch(/on 14 May 1948/);
    expect(section.textContent).toMatch(/as of Jan 2026/);
    expect(section.textContent).toMatch(/may be out of date/);
  });
});
