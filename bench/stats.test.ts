import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILED_MATCHER } from '@/detect/match.compiled';
import { prefilterFromCompiled, loadOrder, median, tasksOf, type TraceEvent } from './stats.mjs';

describe('loadOrder', () => {
  const loads = Array.from({ length: 10 }, (_, l) => loadOrder(l));

  it('runs exactly one of B and M in a load (they share code: the second would run warm), B in even loads, M in odd', () => {
    loads.forEach((order, l) => {
      expect(order.filter((m) => m === 'B' || m === 'M')).toEqual([l % 2 ? 'M' : 'B']);
      expect([...order].sort()).toEqual(['a', 'c', 'd', 'p', l % 2 ? 'M' : 'B'].sort());
    });
  });

  it('puts every method in every position over ten loads', () => {
    for (const m of ['a', 'p', 'c', 'd', 'B', 'M'] as const) {
      const positions = new Set(loads.map((order) => order.indexOf(m)).filter((i) => i >= 0));
      expect([...positions].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4]);
    }
  });
});

describe('median', () => {
  it('takes the middle of an odd count, the mean of the two middles of an even one', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('leaves out NaN and non-numbers, and is NaN when nothing is left', () => {
    expect(median([Number.NaN, 2, null, 4, undefined])).toBe(3);
    expect(median([Number.NaN, null])).toBeNaN();
  });
});

describe('tasksOf', () => {
  // Trace timestamps and durations are in µs; `tts`/`tdur` are the thread's CPU clock, which stops
  // while the thread is descheduled (here it runs at half speed after 1,000 µs of wall time).
  const cpu = (ts: number) => (ts <= 1000 ? ts : 1000 + (ts - 1000) / 2);
  const mark = (name: string, ts: number): TraceEvent => ({
    name,
    ph: 'R',
    ts,
    tts: cpu(ts),
    pid: 1,
    tid: 1,
  });
  const task = (ts: number, dur: number, tid = 1): TraceEvent => ({
    name: 'ThreadControllerImpl::RunTask',
    ph: 'X',
    ts,
    dur,
    tts: cpu(ts),
    tdur: cpu(ts + dur) - cpu(ts),
    pid: 1,
    tid,
  });
  const events = [
    mark('bench:B:start', 1000),
    mark('bench:B:end', 1800),
    mark('bench:B:rendered', 2000),
    task(500, 700), // started before the window: 200 µs of it inside (100 µs of CPU)
    task(1300, 200),
    task(1350, 50), // nested in the one before: not counted again
    task(1400, 5000, 2), // another thread
    task(1900, 600), // runs past the rendered mark: 100 µs of it inside
    task(2100, 100), // after the window
  ];

  it('counts the busy time of the top-level tasks clipped to the window, and the longest task, in wall time', () => {
    expect(tasksOf(events, 'B', 'rendered')).toMatchObject({ count: 3, longestMs: 0.7, busyMs: 0.5 });
    expect(tasksOf(events, 'B')).toMatchObject({ count: 2, longestMs: 0.7, busyMs: 0.4 });
  });

  it("counts them in the thread's CPU time too", () => {
    expect(tasksOf(events, 'B', 'rendered')).toMatchObject({ cpuMs: 0.25, longestCpuMs: 0.6 });
  });

  it('falls back to wall time for a task without thread time', () => {
    const wallOnly = events.map((e) => (e.ph === 'X' ? { ...e, tts: undefined, tdur: undefined } : e));
    expect(tasksOf(wallOnly, 'B', 'rendered')).toMatchObject({ cpuMs: 0.5, longestCpuMs: 0.7 });
  });

  it('is undefined when a mark of the window is missing', () => {
    expect(tasksOf(events, 'c')).toBeUndefined();
  });
});

describe('prefilterFromCompiled', () => {
  it('reads the prefilter of src/detect/match.compiled.ts exactly as the module exports it', () => {
    const text = readFileSync(join(__dirname, '..', 'src', 'detect', 'match.compiled.ts'), 'utf8');
    const prefilter = prefilterFromCompiled(text);
    expect(prefilter).toBe(COMPILED_MATCHER.prefilter);
    expect(new RegExp(prefilter ?? '(?!)').test('talks in Baku')).toBe(true);
  });

  it('unescapes the JSON string and is undefined without a prefilter', () => {
    expect(prefilterFromCompiled('{ "prefilter": "a\\\\b|\\"c\\"", "x": 1 }')).toBe('a\\b|"c"');
    expect(prefilterFromCompiled('export const X = {};')).toBeUndefined();
  });
});
