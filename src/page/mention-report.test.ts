import { describe, expect, it } from 'vitest';
import { clock } from '@@/tests/support/clock';
import { MentionReporter } from '@/page/mention-report';
import { MENTION_REPORT_INTERVAL_MS } from '@/utils/timings';

function setup() {
  const c = clock();
  const sent: number[] = [];
  const reporter = new MentionReporter((t) => sent.push(t), c);
  return { c, sent, reporter };
}

describe('MentionReporter', () => {
  it('a page without mentions sends nothing, not even when it leaves', () => {
    const { c, sent, reporter } = setup();
    reporter.report(0);
    c.advance(MENTION_REPORT_INTERVAL_MS * 4);
    reporter.leave();
    expect(sent).toEqual([]);
  });

  it('sends the first count at once, then at most one per interval, and always the last one', () => {
    const { c, sent, reporter } = setup();
    reporter.report(3);
    expect(sent).toEqual([3]);
    // A page that adds and removes a mention every 20 ms for a second.
    for (let t = 0; t < 1000; t += 20) {
      reporter.report(t % 40 === 0 ? 4 : 3);
      c.advance(20);
    }
    reporter.report(5);
    c.advance(MENTION_REPORT_INTERVAL_MS);
    expect(sent.length).toBeLessThanOrEqual(1000 / MENTION_REPORT_INTERVAL_MS + 3);
    expect(sent.at(-1)).toBe(5);
  });

  it('does not send a count the background already has', () => {
    const { c, sent, reporter } = setup();
    reporter.report(2);
    reporter.report(3);
    reporter.report(2);
    c.advance(MENTION_REPORT_INTERVAL_MS);
    expect(sent).toEqual([2]);
  });

  it('leave() sends 0 at once, even within an interval; a page shown again reports again', () => {
    const { c, sent, reporter } = setup();
    reporter.report(2);
    reporter.report(4);
    reporter.leave();
    expect(sent).toEqual([2, 0]);
    c.advance(MENTION_REPORT_INTERVAL_MS);
    expect(sent).toEqual([2, 0]);
    reporter.report(4);
    c.advance(MENTION_REPORT_INTERVAL_MS);
    expect(sent).toEqual([2, 0, 4]);
  });

  it('resend() sends the count again, though unchanged (the background forgot it)', () => {
    const { c, sent, reporter } = setup();
    reporter.report(2);
    c.advance(MENTION_REPORT_INTERVAL_MS);
    reporter.resend(2);
    c.advance(MENTION_REPORT_INTERVAL_MS);
    expect(sent).toEqual([2, 2]);
    // Nothing to resend on a page without mentions.
    const other = setup();
    other.reporter.resend(0);
    other.c.advance(MENTION_REPORT_INTERVAL_MS);
    expect(other.sent).toEqual([]);
  });

  it('dispose() drops a pending report', () => {
    const { c, sent, reporter } = setup();
    reporter.report(1);
    reporter.report(2);
    reporter.dispose();
    c.advance(MENTION_REPORT_INTERVAL_MS * 2);
    expect(sent).toEqual([1]);
  });
});
