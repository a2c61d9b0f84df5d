import { describe, expect, it } from 'vitest';
import { MentionBadge, badgeText, badgeTitle, type FrameTotals } from '@/utils/mention-badge';

function setup(initial: FrameTotals = {}) {
  let saved: FrameTotals = structuredClone(initial);
  const shown = new Map<number, { text: string; title: string }>();
  const badge = new MentionBadge({
    load: async () => structuredClone(saved),
    save: async (t) => {
      saved = structuredClone(t);
    },
    show: async (tabId, text, title) => {
      if (tabId === 404) throw new Error('No tab with id: 404');
      shown.set(tabId, { text, title });
    },
  });
  return { badge, shown, saved: () => saved };
}

describe('MentionBadge', () => {
  it('shows the sum of a tab’s frames, per tab', async () => {
    const { badge, shown } = setup();
    await badge.report(1, 0, 3);
    await badge.report(1, 7, 2);
    await badge.report(2, 0, 1);
    expect(shown.get(1)).toEqual({ text: '5', title: 'Brieflight: 5 mentions on this page' });
    expect(shown.get(2)).toEqual({ text: '1', title: 'Brieflight: 1 mention on this page' });
    // A frame's new total replaces its old one.
    await badge.report(1, 7, 0);
    expect(shown.get(1)?.text).toBe('3');
    await badge.report(1, 0, 0);
    expect(shown.get(1)).toEqual({ text: '', title: 'Brieflight' });
    expect(await badge.totalOf(1)).toBe(0);
  });

  it('keeps the totals in its store, so a restarted worker still knows the other frames', async () => {
    const first = setup();
    await first.badge.report(1, 0, 3);
    await first.badge.report(1, 4, 2);
    const second = setup(first.saved());
    await second.badge.report(1, 4, 1);
    expect(second.shown.get(1)?.text).toBe('4');
  });

  it('forgets closed tabs; a closed tab’s badge failing to update throws nothing', async () => {
    const { badge, saved } = setup();
    await badge.report(1, 0, 3);
    await badge.report(404, 0, 3);
    await badge.forgetTab(1);
    await badge.forgetTab(404);
    expect(saved()).toEqual({});
  });

  it('applies reports in order', async () => {
    const { badge, shown } = setup();
    await Promise.all([badge.report(1, 0, 1), badge.report(1, 0, 2), badge.report(1, 0, 9)]);
    expect(shown.get(1)?.text).toBe('9');
  });

  it('badge text fits the badge', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(-1)).toBe('');
    expect(badgeText(Number.NaN)).toBe('');
    expect(badgeText(42)).toBe('42');
    expect(badgeText(12345)).toBe('999+');
    expect(badgeTitle(0)).toBe('Brieflight');
  });
});
