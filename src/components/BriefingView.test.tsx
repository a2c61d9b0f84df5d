import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BriefingView,
  CHANGES_SECTION,
  RATINGS_SECTION,
  formatCheckedUpTo,
  type Props,
} from '@/components/BriefingView';
import { STATES } from '@/components/fixtures/BriefingView.states';
import { STATUS_EXPLANATIONS } from '@/components/StatusBadge';
import { BRIEFING, BRIEFING_DATA, CHANGES, FACT_SET_VERSION, getSource } from '@/data';

afterEach(cleanup);

const view = (collapsible?: boolean) =>
  render(<BriefingView data={BRIEFING_DATA} level={collapsible ? 2 : 1} collapsible={collapsible} />);

type StateName = keyof typeof STATES;

/** The claims' asides as a reader sees them, in order (without the badges' tooltips). */
const asides = (article: Element) => [...article.querySelectorAll('.bl-claim__check')].map(seenText);

/** What is specific to each state, past what every state shows (checked in the `it.each` below). */
const CHECK = {
  page: (article) => {
    expect(within(article).getByRole('navigation', { name: 'Contents' })).toBeTruthy();
    expect(within(article).queryAllByRole('button')).toEqual([]);
  },
  popup: (article) => {
    expect(within(article).queryByRole('navigation')).toBeNull();
    const toggles = within(article).getAllByRole('button');
    expect(toggles.map((b) => b.textContent)).toEqual([
      ...BRIEFING.sections.map((s) => s.heading),
      CHANGES_SECTION.heading,
      RATINGS_SECTION.heading,
      'Sources',
    ]);
    expect(
      toggles.every(
        (b) =>
          b.getAttribute('aria-expanded') === 'false' &&
          document.getElementById(b.getAttribute('aria-controls')!)!.hidden,
      ),
    ).toBe(true);
  },
  everyClaim: (article) => {
    // Confirmed goes unmarked; the repeated claim is marked at its first place only.
    expect(asides(article)).toEqual([
      ' (Reported: Opened in Tel Aviv on 29 March 2023)',
      ' (Disputed: Sources give fourfold to tenfold)',
      ' (Outdated: source not found for the quote; Said differently in 2001)',
    ]);
    expect(article.querySelector('[data-claim="K1"]')!.className).toBe('bl-claim bl-claim--confirmed');
    expect(article.querySelectorAll('[data-claim="K2"]')).toHaveLength(2);
    expect(article.querySelector('ul [data-claim="K3"] .bl-badge--disputed')).not.toBeNull();
    expect(article.querySelector('blockquote [data-claim="K4"] .bl-claim__nosource')).not.toBeNull();
    expect(article.querySelector('.bl-briefing__asof')!.textContent).toBe(
      'Facts checked up to June 2025 · fact set test.1',
    );
  },
  unlistedSource: (article) => {
    const change = article.querySelector('section#changes li')!;
    expect(change.textContent).toBe('Jan 2025: A source that was dropped. Example Encyclopaedia');
    expect([...change.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/relations',
    ]);
  },
} satisfies Record<StateName, (article: HTMLElement) => void>;

describe('BriefingView, in each state', () => {
  it.each(Object.entries(STATES) as [StateName, Props][])('%s', (name, props) => {
    const { container } = render(<BriefingView {...props} />);
    const article = container.querySelector<HTMLElement>('article.bl-briefing')!;
    // Every state: its title at its level, each section headed one level below, the as-of line.
    expect(within(article).getByRole('heading', { level: props.level ?? 1 }).textContent).toBe(
      props.data.briefing.title,
    );
    for (const s of props.data.briefing.sections) {
      expect(article.querySelector(`section#${s.id} #${s.id}-h`)?.tagName).toBe(
        props.level === 2 ? 'H3' : 'H2',
      );
    }
    expect(article.classList.contains('bl-briefing--compact')).toBe(props.collapsible ?? false);
    expect(article.querySelector('.bl-briefing__asof')!.textContent).toBe(
      `Facts checked up to ${formatCheckedUpTo(props.data.checkedUpTo)} · fact set ${props.data.version}`,
    );
    CHECK[name](article);
  });
});

describe('BriefingView', () => {
  it('by default (briefing.html) shows every section open, with its id, the contents, sources and the fact set', () => {
    const { container } = view();
    for (const id of [
      'diplomacy',
      'defence',
      'energy',
      'community',
      'conclusion',
      'changes',
      'ratings',
      'sources',
    ]) {
      expect(container.querySelector(`section#${id}`), id).not.toBeNull();
    }
    expect(screen.getByRole('heading', { level: 1, name: BRIEFING.title })).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: 'Contents' })).getAllByRole('link')).toHaveLength(
      BRIEFING.sections.length + 3,
    );
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
    expect(within(section as HTMLElement).getByRole('heading', { level: 2 }).textContent).toBe(
      CHANGES_SECTION.heading,
    );
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
    expect(toggles.map((b) => b.textContent)).toEqual([
      ...BRIEFING.sections.map((s) => s.heading),
      CHANGES_SECTION.heading,
      RATINGS_SECTION.heading,
      'Sources',
    ]);
    expect(toggles.every((b) => b.getAttribute('aria-expanded') === 'false')).toBe(true);
    const defence = screen.getByRole('button', { name: 'Strategic military and security cooperation' });
    expect(document.getElementById(defence.getAttribute('aria-controls')!)?.hidden).toBe(true);
    fireEvent.click(defence);
    expect(defence.getAttribute('aria-expanded')).toBe('true');
    expect(container.querySelector('#defence-body')?.hasAttribute('hidden')).toBe(false);
    // Section headings stay headings, one level below the title.
    expect(
      screen.getByRole('heading', { level: 3, name: 'Strategic military and security cooperation' }),
    ).toBeTruthy();
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
      const badge = check.querySelector('.bl-badge')!.textContent;
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
