// `npm run bench`: Brieflight's first pass against a floor, a minimal reference and mark.js, side by
// side in the same page loads of real Chromium; the extension's cost on a page that changes every
// frame; the content script's gzip size. Prints a table and the issue's targets, writes
// .output/bench.json, and exits 0 even when a target is missed (it is a report). How and why it
// measures what it does: docs/adr/0005-benchmark.md.
//
//   node scripts/bench.mjs [--loads N] [--build] [--only NAME[,NAME]] [--no-ticker]
//
//   --loads N   fresh page loads per page (default 8, at least 5; a multiple of 4 rotates evenly)
//   --build     run `npx wxt build` first (otherwise only when .output/chrome-mv3 is missing)
//   --only      only pages whose file name contains one of these strings
//   --no-ticker skip the ticker measurement
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROME_EXTENSION_DIR, ROOT, SHARED, chromeArgs, requireChrome, serveStatic } from './harness.mjs';
import { paragraphPage, tickerPage } from '../bench/pages.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const LOADS = Math.max(5, Number(option('--loads') ?? process.env.BENCH_LOADS ?? 8) || 8);
const ONLY = option('--only')?.split(',').filter(Boolean);
const METHODS = ['a', 'c', 'd', 'B'];
const TICKER_SECONDS = 5;
const TARGETS = { ratio: 1.3, longestTaskMs: 50, tickerCorePercent: 2, gzipKB: 35 };
const OUT = join(ROOT, '.output', 'bench');
const started = Date.now();

const executablePath = requireChrome();
const fmtLoad = (l) => l.map((x) => x.toFixed(2)).join(' ');
const loadStart = loadavg();
const chromiumVersion = spawnSync(executablePath, ['--version'], { encoding: 'utf8' }).stdout.trim();
console.log(`Brieflight bench · ${chromiumVersion} · ${cpus().length} cores · ${LOADS} loads per page`);
console.log(`machine load at start (1/5/15 min): ${fmtLoad(loadStart)}`);

// --- The built extension (ticker, gzip) -----------------------------------------------------------
const contentJs = join(CHROME_EXTENSION_DIR, 'content-scripts', 'content.js');
if (flag('--build') || !existsSync(join(CHROME_EXTENSION_DIR, 'manifest.json')) || !existsSync(contentJs)) {
  console.log('building the extension: npx wxt build');
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], cwd: ROOT });
  if (build.status !== 0) {
    console.error('npx wxt build failed');
    process.exit(build.status ?? 1);
  }
}
const staleBy = newestSource() - statSync(contentJs).mtimeMs;
if (staleBy > 0) {
  console.log(`note: .output/chrome-mv3 is older than the sources (ticker and gzip use it); --build rebuilds it`);
}

// --- (B): the project's own first pass, bundled from the sources ----------------------------------
mkdirSync(join(OUT, 'pages'), { recursive: true });
const bundle = await bundleBrieflight();
const scripts = [
  readFileSync(join(ROOT, 'node_modules', 'mark.js', 'dist', 'mark.min.js'), 'utf8'),
  bundle,
  readFileSync(join(ROOT, 'bench', 'methods.js'), 'utf8'),
];

// --- Pages ----------------------------------------------------------------------------------------
writeFileSync(join(OUT, 'pages', 'paragraphs-20000.html'), paragraphPage({ paragraphs: 20000, every: 10 }));
writeFileSync(join(OUT, 'pages', 'ticker.html'), tickerPage());
const corpusDir = join(SHARED, 'corpus');
const pages = [
  ...readdirSync(corpusDir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ name: f.replace(/\.html$/, ''), path: `/corpus/${f}` })),
  { name: 'generated-20000-paragraphs', path: '/gen/paragraphs-20000.html', big: true },
].filter((p) => !ONLY || ONLY.some((s) => p.name.includes(s)));

const server = await serveStatic({ '/corpus/': corpusDir, '/gen/': join(OUT, 'pages') });
const offsite = [];
/** Chromium talks to nothing but this machine: everything else is aborted and reported. */
const fence = (context) =>
  context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.hostname === '127.0.0.1' || u.protocol === 'chrome-extension:' || u.protocol === 'data:') return route.continue();
    offsite.push(u.href);
    return route.abort('blockedbyclient');
  });
const noExtensionArgs = chromeArgs().filter((a) => !a.startsWith('--load-extension') && !a.startsWith('--disable-extensions-except'));

// --- Methods, side by side ------------------------------------------------------------------------
const browser = await chromium.launch({ executablePath, headless: true, args: noExtensionArgs });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
await fence(context);

const results = [];
let bKind;
const bInit = [];
for (const p of pages) {
  const runs = Object.fromEntries(METHODS.map((m) => [m, []]));
  let info;
  const pageStarted = Date.now();
  process.stdout.write(`  ${p.name} `);
  for (let load = 0; load < LOADS; load++) {
    const order = METHODS.map((_, i) => METHODS[(i + load) % METHODS.length]);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.origin + p.path, { waitUntil: 'load', timeout: 120_000 });
    for (const content of scripts) await page.addScriptTag({ content });
    const kind = await page.evaluate(() => ({ kind: window.__brieflight?.kind, initMs: window.__brieflight?.initMs }));
    bKind = kind.kind;
    bInit.push(kind.initMs);
    info = await page.evaluate(() => window.__bench.init());
    const cdp = await context.newCDPSession(page);
    const trace = await startTrace(cdp);
    const loadRuns = {};
    for (const m of order) loadRuns[m] = await page.evaluate((name) => window.__bench.run(name), m);
    const events = await trace.stop();
    for (const m of METHODS) {
      const tasks = tasksOf(events, m);
      const shown = tasksOf(events, m, 'rendered');
      const r = loadRuns[m];
      runs[m].push({
        // A method that finished in its one task: its in-page time. One that yielded: the time
        // the main thread was busy between its start and its end (tasks, clipped to that window).
        ms: r.sync || !tasks ? r.ms : tasks.busyMs,
        // Busy time from its start to the end of the frame that rendered its last change: what the
        // method cost the page, relayout included (a synchronous method's comes after its end).
        renderedMs: shown?.busyMs ?? null,
        wallMs: r.ms,
        sync: r.sync,
        longestTaskMs: tasks ? tasks.longestMs : r.sync ? r.ms : null,
        longestTaskToRenderedMs: shown?.longestMs ?? null,
        tasks: tasks?.count ?? null,
        marks: r.marks,
        position: order.indexOf(m),
      });
    }
    if (errors.length) console.log(`\n    page errors: ${errors.join('; ')}`);
    await cdp.detach().catch(() => {});
    await page.close();
    process.stdout.write('.');
  }
  const med = Object.fromEntries(METHODS.map((m) => [m, median(runs[m].map((r) => r.ms))]));
  const medRendered = Object.fromEntries(METHODS.map((m) => [m, median(runs[m].map((r) => r.renderedMs ?? Number.NaN))]));
  const row = {
    page: p.name,
    textNodes: info.textNodes,
    elements: info.elements,
    ms: med,
    renderedMs: medRendered,
    ratioBc: med.B / med.c,
    ratioBd: med.B / med.d,
    ratioBcRendered: medRendered.B / medRendered.c,
    longestTaskMs: median(runs.B.map((r) => r.longestTaskMs ?? Number.NaN)),
    longestTaskMaxMs: Math.max(...runs.B.map((r) => r.longestTaskMs ?? Number.NaN)),
    longestTaskToRenderedMs: median(runs.B.map((r) => r.longestTaskToRenderedMs ?? Number.NaN)),
    cLongestTaskToRenderedMs: median(runs.c.map((r) => r.longestTaskToRenderedMs ?? Number.NaN)),
    bSync: runs.B.every((r) => r.sync),
    marks: Object.fromEntries(['c', 'd', 'B'].map((m) => [m, median(runs[m].map((r) => r.marks))])),
    runs,
  };
  results.push(row);
  console.log(` B ${row.ms.B.toFixed(1)} ms, c ${row.ms.c.toFixed(1)} ms (${((Date.now() - pageStarted) / 1000).toFixed(0)} s)`);
}
await context.close();
await browser.close();

// --- Ticker: % of a core with the extension against without ---------------------------------------
let ticker;
if (!flag('--no-ticker')) {
  const rounds = [];
  // Alternating order (without, with, with, without) so a drift in machine load hits both sides.
  for (const withExt of [false, true, true, false]) rounds.push({ withExt, ...(await tickerWindow(withExt)) });
  const side = (w) => rounds.filter((r) => r.withExt === w);
  const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const summary = (w) => ({
    rendererMainPercent: mean(side(w).map((r) => r.rendererMainPercent)),
    scriptPercent: mean(side(w).map((r) => r.scriptPercent)),
    allProcessesPercent: mean(side(w).map((r) => r.allProcessesPercent)),
    fps: mean(side(w).map((r) => r.fps)),
    marks: Math.min(...side(w).map((r) => r.marks)),
  });
  const without = summary(false);
  const withExt = summary(true);
  ticker = {
    seconds: TICKER_SECONDS,
    without,
    with: withExt,
    overheadPercent: withExt.rendererMainPercent - without.rendererMainPercent,
    overheadAllProcessesPercent: withExt.allProcessesPercent - without.allProcessesPercent,
    rounds,
  };
}

// --- Content script size --------------------------------------------------------------------------
const contentBytes = readFileSync(contentJs);
const gzip = { bytes: contentBytes.length, gzipBytes: gzipSync(contentBytes, { level: 9 }).length };
const css = join(CHROME_EXTENSION_DIR, 'content-scripts', 'content.css');
if (existsSync(css)) gzip.cssGzipBytes = gzipSync(readFileSync(css), { level: 9 }).length;

await server.close();

// --- Report ---------------------------------------------------------------------------------------
const geomean = (xs) => Math.exp(xs.reduce((s, x) => s + Math.log(Math.max(x, 1e-3)), 0) / xs.length);
const overall = {
  geomean: Object.fromEntries(METHODS.map((m) => [m, geomean(results.map((r) => r.ms[m]))])),
  sum: Object.fromEntries(METHODS.map((m) => [m, results.reduce((s, r) => s + r.ms[m], 0)])),
  renderedGeomean: Object.fromEntries(METHODS.map((m) => [m, geomean(results.map((r) => r.renderedMs[m]))])),
  renderedSum: Object.fromEntries(METHODS.map((m) => [m, results.reduce((s, r) => s + r.renderedMs[m], 0)])),
};
const big = results.find((r) => r.page === 'generated-20000-paragraphs');
const f1 = (x) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(1));
const f2 = (x) => (Number.isNaN(x) ? '–' : x.toFixed(2));
const header = ['page', 'a ms', 'c ms', 'd ms', 'B ms', 'B/c', 'B/d', 'c→r ms', 'B→r ms', 'B/c →r', 'B longest task ms'];
const table = results.map((r) => [
  r.page,
  f1(r.ms.a),
  f1(r.ms.c),
  f1(r.ms.d),
  f1(r.ms.B),
  f2(r.ratioBc),
  f2(r.ratioBd),
  f1(r.renderedMs.c),
  f1(r.renderedMs.B),
  f2(r.ratioBcRendered),
  f1(r.longestTaskMs),
]);
const og = overall.geomean;
const os = overall.sum;
const rg = overall.renderedGeomean;
const rs = overall.renderedSum;
table.push(['overall (geometric mean)', f1(og.a), f1(og.c), f1(og.d), f1(og.B), f2(og.B / og.c), f2(og.B / og.d), f1(rg.c), f1(rg.B), f2(rg.B / rg.c), '']);
table.push(['overall (sum)', f1(os.a), f1(os.c), f1(os.d), f1(os.B), f2(os.B / os.c), f2(os.B / os.d), f1(rs.c), f1(rs.B), f2(rs.B / rs.c), '']);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
console.log('');
console.log(`Medians of ${LOADS} fresh loads per page; methods in rotating order on fresh clones of the body.`);
console.log(`B = ${bKind === 'scanner' ? 'Scanner (utils/scanner.ts) first pass' : 'new Highlighter().markAll(body)'}, bundled from the sources; bundle evaluation ${f1(median(bInit))} ms (not in B).`);
console.log('ms: from the start to the end of the method\'s last task. →r: to the end of the frame that rendered its last change (relayout included).');
console.log(line(header));
console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const row of table) console.log(line(row));
console.log('');
if (ticker) {
  const t = ticker;
  console.log(
    `ticker (${TICKER_SECONDS} s, text changed every frame, ${t.with.fps.toFixed(0)} fps): renderer main thread ` +
      `${t.without.rendererMainPercent.toFixed(2)} % of a core without the extension, ${t.with.rendererMainPercent.toFixed(2)} % with: ` +
      `overhead ${t.overheadPercent.toFixed(2)} % of a core (all Chromium processes: ${t.overheadAllProcessesPercent.toFixed(1)} %)`,
  );
  if (t.with.marks === 0) console.log('  warning: with the extension loaded, the ticker page got no marks: was the content script running?');
}
if (big) {
  const m = big.marks;
  const note = m.B === m.c ? '' : '  ← B differs from c';
  console.log(`marks on the 20,000-paragraph page (2,000 mentions generated): c ${m.c}, d ${m.d}, B ${m.B}${note}`);
}
console.log(`content script: ${(gzip.bytes / 1024).toFixed(1)} KB, ${(gzip.gzipBytes / 1024).toFixed(1)} KB gzip (level 9)${staleBy > 0 ? ' (build older than the sources)' : ''}`);

const over = (key) => results.filter((r) => !(r[key] <= TARGETS.ratio)).map((r) => `${r.page} ${f2(r[key])}`);
const perPage = over('ratioBc');
const perPageRendered = over('ratioBcRendered');
const targets = [
  { target: `B ≤ ${TARGETS.ratio}× c overall (geometric mean)`, value: og.B / og.c, pass: og.B / og.c <= TARGETS.ratio },
  {
    target: `B ≤ ${TARGETS.ratio}× c on every page`,
    value: Math.max(...results.map((r) => r.ratioBc)),
    pass: perPage.length === 0,
    detail: perPage.length ? `over: ${perPage.join(', ')}` : undefined,
  },
  { target: `B ≤ ${TARGETS.ratio}× c overall, to rendered`, value: rg.B / rg.c, pass: rg.B / rg.c <= TARGETS.ratio },
  {
    target: `B ≤ ${TARGETS.ratio}× c on every page, to rendered`,
    value: Math.max(...results.map((r) => r.ratioBcRendered)),
    pass: perPageRendered.length === 0,
    detail: perPageRendered.length ? `over: ${perPageRendered.join(', ')}` : undefined,
  },
  ...(big
    ? [
        { target: `longest task on the 20,000-paragraph page ≤ ${TARGETS.longestTaskMs} ms`, value: big.longestTaskMs, pass: big.longestTaskMs <= TARGETS.longestTaskMs },
        {
          target: `… counting the frame after B's last slice (c's own frame: ${f1(big.cLongestTaskToRenderedMs)} ms)`,
          value: big.longestTaskToRenderedMs,
          pass: big.longestTaskToRenderedMs <= TARGETS.longestTaskMs,
        },
      ]
    : []),
  ...(ticker
    ? [{ target: `≤ ${TARGETS.tickerCorePercent} % of a core on the ticker page`, value: ticker.overheadPercent, pass: ticker.overheadPercent <= TARGETS.tickerCorePercent }]
    : []),
  { target: `content script ≤ ${TARGETS.gzipKB} KB gzip`, value: gzip.gzipBytes / 1024, pass: gzip.gzipBytes / 1024 <= TARGETS.gzipKB },
];
console.log('');
console.log('targets:');
for (const t of targets) console.log(`  ${t.pass ? 'PASS' : 'MISS'}  ${t.target}: ${f2(t.value)}${t.detail ? ` (${t.detail})` : ''}`);
const missed = targets.filter((t) => !t.pass);
console.log(missed.length ? `${missed.length} of ${targets.length} targets missed.` : `all ${targets.length} targets met.`);
if (offsite.length) console.log(`requests aborted (not 127.0.0.1): ${offsite.length}, e.g. ${offsite[0]}`);
const loadEnd = loadavg();
console.log(`machine load at end (1/5/15 min): ${fmtLoad(loadEnd)} · ${((Date.now() - started) / 1000).toFixed(0)} s`);

const json = {
  date: new Date().toISOString(),
  chromium: chromiumVersion,
  cores: cpus().length,
  loadavg: { start: loadStart, end: loadEnd },
  loads: LOADS,
  methods: {
    a: 'TreeWalker(SHOW_TEXT) reading every text node',
    c: 'walk + one Unicode regex + splitText into <mark>',
    d: 'mark.js markRegExp(same regex) over body',
    B: bKind === 'scanner' ? 'Brieflight Scanner first pass (bundled from utils/)' : 'Brieflight new Highlighter().markAll(body) (bundled from utils/)',
  },
  bundleInitMs: median(bInit),
  overall: { ...overall, note: 'geometric mean of the per-page medians (target); sum for information' },
  pages: results,
  ticker,
  contentScript: { ...gzip, path: relative(ROOT, contentJs), staleBuild: staleBy > 0 },
  targets,
  offsiteRequests: offsite,
  seconds: (Date.now() - started) / 1000,
};
writeFileSync(join(ROOT, '.output', 'bench.json'), `${JSON.stringify(json, null, 1)}\n`);
console.log(`JSON: ${relative(ROOT, join(ROOT, '.output', 'bench.json'))}`);
process.exit(0);

// --- Helpers --------------------------------------------------------------------------------------

function median(xs) {
  const s = xs.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Newest modification time among the files the extension is built from. */
function newestSource() {
  let newest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) for (const f of readdirSync(p)) visit(join(p, f));
    else if (!/\.test\.tsx?$/.test(p)) newest = Math.max(newest, st.mtimeMs);
  };
  for (const d of ['entrypoints', 'utils', 'components', 'data', 'wxt.config.ts']) visit(join(ROOT, d));
  return newest;
}

/** Bundles bench/brieflight-entry.ts the way the extension's build sees the sources. */
async function bundleBrieflight() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    console.error('esbuild (installed with vite) is missing: run npm install');
    process.exit(1);
  }
  const outfile = join(OUT, 'brieflight.js');
  const hasScanner = existsSync(join(ROOT, 'utils', 'scanner.ts'));
  await esbuild.build({
    entryPoints: [join(ROOT, 'bench', 'brieflight-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    outfile,
    logLevel: 'warning',
    banner: { js: 'window.__brieflightT0=performance.now();' },
    loader: { '.css': 'empty' },
    define: {
      'process.env.NODE_ENV': '"production"',
      'import.meta.env': JSON.stringify({ MODE: 'production', PROD: true, DEV: false, BROWSER: 'chrome', CHROME: true, FIREFOX: false, MANIFEST_VERSION: 3 }),
    },
    plugins: [
      {
        name: 'brieflight-paths',
        setup(build) {
          // Vite's `?inline` CSS imports (the marks' and the card's sheets) are strings.
          build.onResolve({ filter: /\?inline$/ }, (args) => {
            const bare = args.path.replace(/\?inline$/, '').replace(/^(@@|~~|@|~)\//, `${ROOT}/`);
            return { path: bare.startsWith('/') ? bare : join(args.resolveDir, bare), namespace: 'bench-inline' };
          });
          build.onLoad({ filter: /.*/, namespace: 'bench-inline' }, (args) => ({
            loader: 'text',
            contents: readFileSync(args.path, 'utf8'),
          }));
          // As wxt.config.ts: mark.js's ES2015 build.
          build.onResolve({ filter: /^mark\.js$/ }, () => ({ path: join(ROOT, 'node_modules', 'mark.js', 'dist', 'mark.es6.min.js') }));
          // The '@/…' (and '~/…', '@@/…', '~~/…') aliases of .wxt/tsconfig.json: the repository root.
          build.onResolve({ filter: /^(@@|~~|@|~)\// }, (args) => {
            const rest = args.path.replace(/^(@@|~~|@|~)\//, '');
            if (rest === 'utils/scanner' && !hasScanner) return { path: 'no-scanner', namespace: 'bench-stub' };
            return build.resolve(`./${rest}`, { resolveDir: ROOT, kind: args.kind });
          });
          // The page has no extension APIs: anything that reaches for them gets inert stand-ins.
          build.onResolve({ filter: /^(wxt\/browser|webextension-polyfill)$/ }, () => ({ path: 'browser', namespace: 'bench-stub' }));
          build.onLoad({ filter: /.*/, namespace: 'bench-stub' }, (args) => ({
            loader: 'js',
            contents:
              args.path === 'browser'
                ? 'const f = () => p; const p = new Proxy(f, { get: (_, k) => (k === "then" ? undefined : p), apply: () => Promise.resolve(undefined) }); export const browser = p; export default p;'
                : 'export {};',
          }));
        },
      },
    ],
  });
  return readFileSync(outfile, 'utf8');
}

async function startTrace(cdp) {
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { categories: 'toplevel,blink.user_timing', transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      return events;
    },
  };
}

/**
 * The renderer main thread's top-level tasks between `bench:M:start` and `bench:M:end` (or
 * `bench:M:rendered`): how many, the longest, and the busy time (durations clipped to the window).
 */
function tasksOf(events, m, until = 'end') {
  const start = events.find((e) => e.name === `bench:${m}:start`);
  const end = events.find((e) => e.name === `bench:${m}:${until}`);
  if (!start || !end) return undefined;
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.pid === start.pid && e.tid === start.tid)
    .filter((e) => e.ts <= end.ts && e.ts + e.dur >= start.ts)
    .sort((x, y) => x.ts - y.ts);
  let longest = 0;
  let busy = 0;
  let count = 0;
  let reach = -Infinity;
  for (const t of tasks) {
    if (t.ts + t.dur <= reach) continue; // nested in the previous task
    reach = t.ts + t.dur;
    count++;
    longest = Math.max(longest, t.dur);
    busy += Math.min(end.ts, t.ts + t.dur) - Math.max(start.ts, t.ts);
  }
  return { count, longestMs: longest / 1000, busyMs: busy / 1000 };
}

/** CPU seconds (user + system) of a Chromium and all its descendants, from /proc. */
function chromiumCpuSeconds(userDataDir) {
  const procs = new Map();
  const roots = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(d), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
      if (readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(`--user-data-dir=${userDataDir}`)) roots.push(Number(d));
    } catch {
      // gone meanwhile
    }
  }
  const inTree = new Set(roots);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, p] of procs) {
      if (!inTree.has(pid) && inTree.has(p.ppid)) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  let ticks = 0;
  for (const pid of inTree) ticks += procs.get(pid)?.ticks ?? 0;
  return ticks / 100; // USER_HZ is 100 on Linux
}

/** One window on the ticker page in a fresh persistent context, with or without the extension. */
async function tickerWindow(withExt) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'brieflight-bench-'));
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: withExt ? chromeArgs(CHROME_EXTENSION_DIR) : noExtensionArgs,
  });
  try {
    await fence(ctx);
    if (withExt && ctx.serviceWorkers().length === 0) await ctx.waitForEvent('serviceworker', { timeout: 15_000 });
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    await page.goto(`${server.origin}/gen/ticker.html`, { waitUntil: 'load' });
    if (withExt) {
      await page.waitForFunction(() => document.documentElement.getAttribute('data-brieflight-state') === 'idle', null, { timeout: 15_000 });
    }
    await page.waitForTimeout(1000);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const m0 = await metrics();
    const f0 = await page.evaluate(() => window.__frames);
    const p0 = chromiumCpuSeconds(userDataDir);
    const t0 = performance.now();
    await page.waitForTimeout(TICKER_SECONDS * 1000);
    const m1 = await metrics();
    const f1 = await page.evaluate(() => window.__frames);
    const p1 = chromiumCpuSeconds(userDataDir);
    const seconds = (performance.now() - t0) / 1000;
    const marks = withExt ? await page.evaluate(() => document.querySelectorAll('mark').length) : 0;
    return {
      seconds,
      fps: (f1 - f0) / seconds,
      rendererMainPercent: (100 * (m1.TaskDuration - m0.TaskDuration)) / seconds,
      scriptPercent: (100 * (m1.ScriptDuration - m0.ScriptDuration)) / seconds,
      allProcessesPercent: (100 * (p1 - p0)) / seconds,
      marks,
    };
  } finally {
    await ctx.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
