import { describe, expect, it } from 'vitest';
import { HoverIntent, clampDwell } from '@/card/hover-intent';
import { HIDE_DELAY_MS, HOVER_DWELL_MS, MAX_HOVER_DWELL_MS } from '@/utils/timings';
import { clock } from '@@/tests/support/clock';

function setup() {
  const c = clock();
  const log: string[] = [];
  const intent = new HoverIntent<string>({
    show: (t) => log.push(`show ${t}`),
    hide: () => log.push('hide'),
    setTimer: c.setTimer,
    clearTimer: c.clearTimer,
  });
  return { c, log, intent };
}

describe('HoverIntent', () => {
  it('shows a card only after the dwell time', () => {
    const { c, log, intent } = setup();
    intent.enter('a');
    c.advance(HOVER_DWELL_MS - 1);
    expect(log).toEqual([]);
    c.advance(1);
    expect(log).toEqual(['show a']);
    expect(intent.current).toBe('a');
  });

  it('shows nothing for a pointer that passes over a mark', () => {
    const { c, log, intent } = setup();
    intent.enter('a');
    c.advance(120);
    intent.leave();
    c.advance(HOVER_DWELL_MS * 3);
    expect(log).toEqual([]);
  });

  it('hides after the pointer leaves the mark, unless it enters the card', () => {
    const { c, log, intent } = setup();
    intent.enter('a');
    c.advance(HOVER_DWELL_MS);
    intent.leave();
    c.advance(HIDE_DELAY_MS / 2);
    intent.enterCard();
    c.advance(HIDE_DELAY_MS * 4);
    expect(log).toEqual(['show a']);
    intent.leaveCard();
    c.advance(HIDE_DELAY_MS - 1);
    expect(log).toEqual(['show a']);
    c.advance(1);
    expect(log).toEqual(['show a', 'hide']);
    expect(intent.current).toBeUndefined();
  });

  it('a stale timer from an earlier hover does nothing', () => {
    const { c, log, intent } = setup();
    intent.enter('a');
    c.advance(HOVER_DWELL_MS - 10);
    intent.leave();
    intent.enter('b');
    c.advance(HOVER_DWELL_MS);
    expect(log).toEqual(['show b']);
  });

  it('a new hover replaces the open card without a hide in between', () => {
    const { c, log, intent } = setup();
    intent.open('a');
    intent.leave();
    intent.enter('b');
    c.advance(HOVER_DWELL_MS);
    expect(log).toEqual(['show a', 'show b']);
    expect(intent.current).toBe('b');
  });

  it('close() hides at once and cancels pending work', () => {
    const { c, log, intent } = setup();
    intent.open('a');
    intent.enter('b');
    intent.close();
    c.advance(HOVER_DWELL_MS * 2);
    expect(log).toEqual(['show a', 'hide']);
  });

  it('a pinned card (keyboard, command, tap) stays when the pointer leaves mark and card', () => {
    const { c, log, intent } = setup();
    intent.open('a', { pinned: true });
    expect(intent.isPinned).toBe(true);
    intent.leave();
    intent.enterCard();
    intent.leaveCard();
    c.advance(HIDE_DELAY_MS * 4);
    expect(log).toEqual(['show a']);
    intent.close();
    expect(intent.isPinned).toBe(false);
    expect(log).toEqual(['show a', 'hide']);
  });

  it('pin() keeps a hovered card when the pointer leaves mark and card; close() ends it; no card, no pin', () => {
    const { c, log, intent } = setup();
    intent.pin();
    expect(intent.isPinned).toBe(false);
    intent.enter('a');
    c.advance(HOVER_DWELL_MS);
    intent.enterCard();
    intent.pin();
    expect(intent.isPinned).toBe(true);
    intent.leaveCard();
    c.advance(HIDE_DELAY_MS * 3);
    expect(log).toEqual(['show a']);
    intent.close();
    expect(log).toEqual(['show a', 'hide']);
  });

  it('a pass-through over another mark while a pinned card is open changes nothing', () => {
    const { c, log, intent } = setup();
    intent.open('a', { pinned: true });
    intent.enter('b');
    c.advance(100);
    intent.leave();
    c.advance(HOVER_DWELL_MS * 3);
    expect(log).toEqual(['show a']);
    expect(intent.current).toBe('a');
  });

  it('a hover that dwells replaces a pinned card, and the new card is not pinned', () => {
    const { c, log, intent } = setup();
    intent.open('a', { pinned: true });
    intent.enter('b');
    c.advance(HOVER_DWELL_MS);
    expect(log).toEqual(['show a', 'show b']);
    expect(intent.isPinned).toBe(false);
    intent.leave();
    c.advance(HIDE_DELAY_MS);
    expect(log).toEqual(['show a', 'show b', 'hide']);
  });

  it('re-entering the mark of the open card cancels its pending hide', () => {
    const { c, log, intent } = setup();
    intent.enter('a');
    c.advance(HOVER_DWELL_MS);
    intent.leave();
    c.advance(HIDE_DELAY_MS - 1);
    intent.enter('a');
    c.advance(HIDE_DELAY_MS * 3);
    expect(log).toEqual(['show a']);
  });

  it('setDwellMs changes the dwell of the next hover', () => {
    const { c, log, intent } = setup();
    intent.setDwellMs(800);
    expect(intent.dwell).toBe(800);
    intent.enter('a');
    c.advance(799);
    expect(log).toEqual([]);
    c.advance(1);
    expect(log).toEqual(['show a']);
  });

  it('a dwell of 0 opens on the next tick', () => {
    const { c, log, intent } = setup();
    intent.setDwellMs(0);
    intent.enter('a');
    expect(log).toEqual([]);
    c.advance(0);
    expect(log).toEqual(['show a']);
  });

  it('keyboard focus opens a pinned card after the same dwell as a hover', () => {
    const { c, log, intent } = setup();
    intent.focus('a');
    expect(intent.isFocusPending).toBe(true);
    c.advance(HOVER_DWELL_MS - 1);
    expect(log).toEqual([]);
    c.advance(1);
    expect(log).toEqual(['show a']);
    expect(intent.isPinned).toBe(true);
    expect(intent.isFocusPending).toBe(false);
    // Pinned: the pointer passing over and off does not close it.
    intent.leave();
    c.advance(HIDE_DELAY_MS * 3);
    expect(intent.current).toBe('a');
  });

  it('focus moving on before the dwell drops the pending open, but not a hover scheduled since', () => {
    const { c, log, intent } = setup();
    intent.focus('a');
    c.advance(HOVER_DWELL_MS / 2);
    intent.blur();
    c.advance(HOVER_DWELL_MS * 2);
    expect(log).toEqual([]);
    intent.focus('a');
    intent.enter('b');
    intent.blur();
    c.advance(HOVER_DWELL_MS);
    expect(log).toEqual(['show b']);
  });

  it('focus on the target of a hovered card pins it', () => {
    const { c, log, intent } = setup();
    intent.enter('a');
    c.advance(HOVER_DWELL_MS);
    intent.focus('a');
    intent.leave();
    c.advance(HIDE_DELAY_MS * 3);
    expect(log).toEqual(['show a']);
    expect(intent.isPinned).toBe(true);
  });

  it('`same` decides which targets are one (mentions: the same live range)', () => {
    const c = clock();
    const log: string[] = [];
    const intent = new HoverIntent<{ key: string }>({
      show: (t) => log.push(`show ${t.key}`),
      hide: () => log.push('hide'),
      same: (a, b) => a.key === b.key,
      setTimer: c.setTimer,
      clearTimer: c.clearTimer,
    });
    intent.enter({ key: 'a' });
    c.advance(HOVER_DWELL_MS);
    intent.leave();
    c.advance(HIDE_DELAY_MS - 1);
    // Another object for the same target: its pending hide is cancelled, no second show.
    intent.enter({ key: 'a' });
    c.advance(HIDE_DELAY_MS * 3);
    expect(log).toEqual(['show a']);
  });

  it('clampDwell keeps a setting within [0, MAX_HOVER_DWELL_MS] and falls back on nonsense', () => {
    expect(clampDwell(-5)).toBe(0);
    expect(clampDwell(123.6)).toBe(124);
    expect(clampDwell(MAX_HOVER_DWELL_MS * 10)).toBe(MAX_HOVER_DWELL_MS);
    expect(clampDwell(Number.NaN)).toBe(HOVER_DWELL_MS);
    expect(clampDwell(Number.POSITIVE_INFINITY)).toBe(HOVER_DWELL_MS);
  });
});
