import { describe, expect, it } from 'vitest';
import { clock } from '@@/tests/support/clock';
import {
  MentionBadge,
  badgeText,
  badgeTitle,
  type FrameTotals,
} from '@/entrypoints/background/mention-badge';
import { MENTION_REPORT_INTERVAL_MS } from '@/utils/timings';

function setup(initial: FrameTotals = {}) {
  let saved: FrameTotals = structuredClone(initial);
  const shown = new Map<number, { text: string; title: string }>();
  const c = clock();
  let shows = 0;
  let saves = 0;
  const badge = new MentionBadge({
    timers: c,
    load: async () => structuredClone(saved),
    save: async (t) => {
      saves++;
      saved = structuredClone(t);
    },
    show: async (tabId, text, title) => {
      shows++;
      if (tabId === 404) throw new Error('No tab with id: 404');
      shown.set(tabId, { text, title });
    },
  });
  /** Lets every interval end and every write finish. */
  const settle = async () => {
    await badge.settled();
    c.advance(MENTION_REPORT_INTERVAL_MS);
    await badge.settled();
  };
  return { badge, shown, saved: () => saved, settle, c, counts: () => ({ shows, saves }) };
}

describe('MentionBadge', () => {
  it('shows the sum of a tab’s frames, per tab', async () => {
    const { badge, shown, settle } = setup();
    await badge.report(1, 0, 3);
    await badge.report(1, 7, 2);
    await badge.report(2, 0, 1);
    await settle();
    expect(shown.get(1)).toEqual({ text: '5', title: 'Brieflight: 5 mentions on this page' });
    expect(shown.get(2)).toEqual({ text: '1', title: 'Brieflight: 1 mention on this page' });
    // A frame's new total replaces its old one.
    await badge.report(1, 7, 0);
    await settle();
    expect(shown.get(1)?.text).toBe('3');
    await badge.report(1, 0, 0);
    await settle();
    expect(shown.get(1)).toEqual({ text: '', title: 'Brieflight' });
    expect(await badge.totalOf(1)).toBe(0);
  });

  it('keeps the totals in its store, so a restarted worker still knows the other frames', async () => {
    const first = setup();
    await first.badge.report(1, 0, 3);
    await first.badge.report(1, 4, 2);
    await first.settle();
    const second = setup(first.saved());
    await second.badge.report(1, 4, 1);
    await second.settle();
    expect(second.shown.get(1)?.text).toBe('4');
  });

  it('forgets closed tabs; a closed tab’s badge failing to update throws nothing', async () => {
    const { badge, saved, settle } = setup();
    await badge.report(1, 0, 3);
    await badge.report(404, 0, 3);
    await badge.forgetTab(1);
    await badge.forgetTab(404);
    await settle();
    expect(saved()).toEqual({});
  });

  it('applies reports in order', async () => {
    const { badge, shown, settle } = setup();
    await Promise.all([badge.report(1, 0, 1), badge.report(1, 0, 2), badge.report(1, 0, 9)]);
    await settle();
    expect(shown.get(1)?.text).toBe('9');
  });

  it('coalesces writes: many reports in an interval make one badge write and one save at its end', async () => {
    const { badge, shown, settle, counts, c } = setup();
    await badge.report(1, 0, 1);
    await badge.settled();
    // The first report is shown at once.
    expect(shown.get(1)?.text).toBe('1');
    expect(counts()).toEqual({ shows: 1, saves: 1 });
    // Eight frames flooding reports within one interval.
    for (let i = 0; i < 200; i++) await badge.report(1, i % 8, (i % 3) + 1);
    await badge.settled();
    expect(counts()).toEqual({ shows: 1, saves: 1 });
    expect(await badge.totalOf(1)).toBe(
      [...Array(8).keys()].reduce((sum, f) => sum + ((192 + f) % 3) + 1, 0),
    );
    c.advance(MENTION_REPORT_INTERVAL_MS);
    await badge.settled();
    expect(counts()).toEqual({ shows: 2, saves: 2 });
    // The last value is the one shown.
    expect(shown.get(1)?.text).toBe(String(await badge.totalOf(1)));
    await settle();
    expect(counts()).toEqual({ shows: 2, saves: 2 });
  });

  it('navigated() drops a tab’s frames (a frame that never said it left) and shows what is reported again', async () => {
    const { badge, shown, settle, saved } = setup();
    await badge.report(1, 0, 1);
    // A frame whose document was replaced by document.open() and that never reported 0.
    await badge.report(1, 5, 6);
    await badge.report(2, 0, 4);
    await settle();
    expect(shown.get(1)?.text).toBe('7');
    expect(await badge.navigated(1)).toBe(true);
    // The badge waits for the frames that are still there (a same-document navigation)…
    expect(shown.get(1)?.text).toBe('7');
    await badge.report(1, 0, 1);
    await settle();
    // …and shows only what was reported since.
    expect(shown.get(1)?.text).toBe('1');
    expect(saved()).toEqual({ '1': { '0': 1 }, '2': { '0': 4 } });
    // A new page without mentions: the badge is emptied within one interval.
    expect(await badge.navigated(1)).toBe(true);
    await settle();
    expect(shown.get(1)?.text).toBe('');
    // A tab without counts: nothing to drop, nothing to ask again.
    expect(await badge.navigated(1)).toBe(false);
    expect(await badge.navigated(99)).toBe(false);
    expect(shown.get(2)?.text).toBe('4');
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
