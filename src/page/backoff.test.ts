import { describe, expect, it } from 'vitest';
import { RewriteLimiter } from '@/page/backoff';
import {
  MAX_REWRITE_PAUSE_MS,
  NAVIGATION_RESET_MIN_INTERVAL_MS,
  REWRITE_LIMIT,
  REWRITE_WINDOW_MS,
} from '@/utils/timings';

function setup() {
  let now = 0;
  const limiter = new RewriteLimiter(() => now);
  document.body.innerHTML = '<section><p><b>x</b></p></section><aside></aside>';
  return {
    limiter,
    advance: (ms: number) => (now += ms),
    section: document.querySelector('section')!,
    b: document.querySelector('b')!,
    aside: document.querySelector('aside')!,
  };
}

describe('RewriteLimiter', () => {
  it('pauses an element (and everything inside it) after REWRITE_LIMIT rewrites in the window', () => {
    const { limiter, section, b, aside } = setup();
    for (let i = 1; i < REWRITE_LIMIT; i++) expect(limiter.note(section)).toBe(false);
    expect(limiter.blocks(b)).toBe(false);
    expect(limiter.note(section)).toBe(true);
    expect(limiter.blocks(section)).toBe(true);
    expect(limiter.blocks(b.firstChild!)).toBe(true);
    expect(limiter.blocks(aside)).toBe(false);
  });

  it('rewrites spread over more than the window never add up', () => {
    const { limiter, section, advance } = setup();
    for (let i = 0; i < REWRITE_LIMIT * 3; i++) {
      expect(limiter.note(section)).toBe(false);
      advance(REWRITE_WINDOW_MS / (REWRITE_LIMIT - 1) + 1);
    }
  });

  it('a pause ends; the next one is twice as long, up to MAX_REWRITE_PAUSE_MS', () => {
    const { limiter, section, advance } = setup();
    const pauses: number[] = [];
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < REWRITE_LIMIT; i++) limiter.note(section);
      const end = limiter.nextEnd()!;
      expect(end).toBeGreaterThan(0);
      let paused = 0;
      while (limiter.blocks(section)) {
        advance(1000);
        paused += 1000;
      }
      pauses.push(paused);
      expect(limiter.takeEnded()).toEqual([section]);
    }
    expect(pauses[0]).toBe(REWRITE_WINDOW_MS);
    expect(pauses[1]).toBe(REWRITE_WINDOW_MS * 2);
    expect(Math.max(...pauses)).toBe(MAX_REWRITE_PAUSE_MS);
    expect(limiter.debugSize).toBe(0);
  });

  it('reset() (a navigation) forgets every count and pause, and returns what was paused', () => {
    const { limiter, section } = setup();
    for (let i = 0; i < REWRITE_LIMIT; i++) limiter.note(section);
    expect(limiter.reset()).toEqual([section]);
    expect(limiter.blocks(section)).toBe(false);
    expect(limiter.note(section)).toBe(false);
  });

  it('navigated() resets like reset(), at most once per NAVIGATION_RESET_MIN_INTERVAL_MS', () => {
    const { limiter, section, advance } = setup();
    for (let i = 0; i < REWRITE_LIMIT; i++) limiter.note(section);
    expect(limiter.navigated()).toEqual([section]);
    expect(limiter.blocks(section)).toBe(false);
    for (let i = 0; i < REWRITE_LIMIT; i++) limiter.note(section);
    advance(NAVIGATION_RESET_MIN_INTERVAL_MS - 1);
    // Too soon: a page navigating itself in a loop keeps its pause.
    expect(limiter.navigated()).toBeUndefined();
    expect(limiter.blocks(section)).toBe(true);
    advance(1);
    expect(limiter.navigated()).toEqual([section]);
    expect(limiter.blocks(section)).toBe(false);
  });

  it('looks through shadow roots to their host', () => {
    const { limiter, aside } = setup();
    const root = aside.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>inside</p>';
    for (let i = 0; i < REWRITE_LIMIT; i++) limiter.note(aside);
    expect(limiter.blocks(root.querySelector('p')!)).toBe(true);
  });
});
