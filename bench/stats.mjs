// The pure parts of `npm run bench` (scripts/bench.mjs): the rotation, the statistics and the trace
// arithmetic, kept apart so bench/stats.test.ts can check them without a browser.

/**
 * The methods of load `l`, in the order they run. B and M share their code, so the second to run in
 * a load would find it compiled and warm, which a content script on a fresh page never does: a load
 * runs one of them, B in even loads and M in odd ones, and the order rotates by one every two
 * loads, so each method takes every position.
 */
export function loadOrder(l) {
  const these = ['a', 'p', 'c', 'd', l % 2 ? 'M' : 'B'];
  const shift = Math.floor(l / 2) % these.length;
  return these.map((_, i) => these[(i + shift) % these.length]);
}

/** The median of the numbers in `xs` (NaN and non-numbers left out); NaN when none is left. */
export function median(xs) {
  const s = xs.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * The renderer main thread's top-level tasks between `bench:M:start` and `bench:M:end` (or
 * `bench:M:rendered`), from a Chromium trace (timestamps in µs): how many, the longest and the busy
 * time, each in wall time (`ts`/`dur`) and in the thread's CPU time (`tts`/`tdur`, where the trace
 * has them; else wall). Durations are clipped to the window; a task nested in another is not
 * counted again. Results in ms.
 */
export function tasksOf(events, m, until = 'end') {
  const start = events.find((e) => e.name === `bench:${m}:start`);
  const end = events.find((e) => e.name === `bench:${m}:${until}`);
  if (!start || !end) return undefined;
  const tasks = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.name === 'ThreadControllerImpl::RunTask' &&
        e.pid === start.pid &&
        e.tid === start.tid,
    )
    .filter((e) => e.ts <= end.ts && e.ts + e.dur >= start.ts)
    .sort((x, y) => x.ts - y.ts);
  const threadClock = start.tts !== undefined && end.tts !== undefined;
  let longest = 0;
  let longestCpu = 0;
  let busy = 0;
  let cpu = 0;
  let count = 0;
  let reach = -Infinity;
  for (const t of tasks) {
    if (t.ts + t.dur <= reach) continue; // nested in the previous task
    reach = t.ts + t.dur;
    count++;
    const wall = Math.min(end.ts, t.ts + t.dur) - Math.max(start.ts, t.ts);
    busy += wall;
    longest = Math.max(longest, t.dur);
    const thread = threadClock && t.tts !== undefined && t.tdur !== undefined;
    cpu += thread ? Math.max(0, Math.min(end.tts, t.tts + t.tdur) - Math.max(start.tts, t.tts)) : wall;
    longestCpu = Math.max(longestCpu, thread ? t.tdur : t.dur);
  }
  return {
    count,
    longestMs: longest / 1000,
    busyMs: busy / 1000,
    longestCpuMs: longestCpu / 1000,
    cpuMs: cpu / 1000,
  };
}

/**
 * Brieflight's prefilter from the text of src/detect/match.compiled.ts (generated: its values are JSON
 * strings): the `prefilter` RegExp source, or undefined when the file has none.
 */
export function prefilterFromCompiled(text) {
  const m = /"prefilter":\s*("(?:[^"\\]|\\.)*")/.exec(text);
  return m ? JSON.parse(m[1]) : undefined;
}
