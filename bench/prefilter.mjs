// The prefilter's (prefilter's) micro-benchmark: Node (V8, as Chromium), no browser.
//
//   node bench/prefilter.mjs [--passes 15] [--old <commit>] [--pages a,b]
//
// Loads the text nodes of the 14 corpus pages (../shared/corpus/*.html, parsed with happy-dom;
// script, style, noscript and template text left out, as the walker leaves them), bundles
// src/detect/match.ts of this tree and of an older commit (default f0c2bfc, the prefilter before ADR 0017)
// with esbuild, and reports for each:
//   - prefilter: matcher.prefilter() over every text node, ms per pass, best of --passes (after 3 warm-ups;
//     old and new passes interleaved, so a burst of load hits both);
//   - build + first find: in a fresh Node process, createMatcher() and the first find() on a
//     Latin, a Cyrillic, a Hebrew and an Arabic sentence (each a first mention: the full RegExp's
//     compile), best of 7 processes.
// Best-of-N because the machine is shared: the minimum is the run least disturbed. The load
// average is printed with the numbers; compare old and new from the same run only.
// Not a test: no pass/fail. Performance targets live in `npm run bench` (docs/adr/0005).

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    passes: { type: 'string', default: '15' },
    old: { type: 'string', default: 'f0c2bfc' },
    pages: { type: 'string', default: '' },
  },
});
const PASSES = Number(args.passes);
const OLD = args.old;
const PAGES = args.pages;

/** The first mention of each script group, for the build + first find measurement. */
export const FIRST = {
  latin: 'Talks resumed in Baku on Monday.',
  cyrillic: 'Переговоры в Баку возобновились.',
  hebrew: 'השיחות בבאקו חודשו.',
  arabic: 'استؤنفت المحادثات في باكو.',
};

async function texts() {
  const { Window } = await import('happy-dom');
  const dir = join(root, '..', 'shared', 'corpus');
  const only = PAGES === '' ? undefined : new Set(PAGES.split(','));
  const out = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    if (only !== undefined && !only.has(file.replace(/\.html$/, ''))) continue;
    const window = new Window({
      settings: {
        disableJavaScriptEvaluation: true,
        disableJavaScriptFileLoading: true,
        disableCSSFileLoading: true,
      },
    });
    const doc = new window.DOMParser().parseFromString(readFileSync(join(dir, file), 'utf8'), 'text/html');
    const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
      const parent = n.parentElement?.localName;
      if (parent === 'script' || parent === 'style' || parent === 'noscript' || parent === 'template')
        continue;
      if (n.data.trim() !== '') out.push(n.data);
    }
    await window.happyDOM.close();
  }
  return out;
}

/** src/detect/match.ts of `dir`, bundled to one ES module file; returns its path. */
async function bundle(dir, into) {
  const file = join(into, `match-${Math.random().toString(36).slice(2)}.mjs`);
  // The src/ layout imports through the '@/…' alias (src/); the older utils/ layout, relatively.
  const srcAlias = {
    name: 'src-alias',
    setup(b) {
      b.onResolve({ filter: /^@\// }, (args) =>
        b.resolve(`./${args.path.slice(2)}`, { resolveDir: join(dir, 'src'), kind: args.kind }),
      );
    },
  };
  await build({
    entryPoints: [
      [join(dir, 'src', 'detect', 'match.ts'), join(dir, 'utils', 'match.ts')].find((f) => existsSync(f)),
    ],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: file,
    logLevel: 'error',
    plugins: [srcAlias],
  });
  return file;
}

/** matcher.prefilter() over every node, ms per pass: best of PASSES, the matchers' passes interleaved. */
function prefilterBest(mods, nodes) {
  // Matcher.test() was renamed prefilter() in issue 16: an older commit's matcher has test().
  const matchers = mods.map((mod) => {
    const m = mod.createMatcher();
    return m.prefilter ? m : { ...m, prefilter: (t) => m.test(t) };
  });
  for (const m of matchers) for (let w = 0; w < 3; w++) for (const t of nodes) m.prefilter(t);
  const best = matchers.map(() => Infinity);
  const hits = matchers.map(() => 0);
  for (let p = 0; p < PASSES; p++) {
    matchers.forEach((m, i) => {
      let n = 0;
      const t0 = performance.now();
      for (const t of nodes) if (m.prefilter(t)) n++;
      best[i] = Math.min(best[i], performance.now() - t0);
      hits[i] = n;
    });
  }
  return matchers.map((_, i) => ({ best: best[i], hits: hits[i] }));
}

/** Build + first find of each script group, each in a fresh process; best of 7. */
function firstBest(file) {
  const code = `
    const t0 = performance.now();
    const mod = await import(${JSON.stringify(pathToFileURL(file).href)});
    const t1 = performance.now();
    const m = mod.createMatcher();
    const out = { import: t1 - t0 };
    for (const [group, text] of Object.entries(${JSON.stringify(FIRST)})) {
      const s = performance.now();
      const found = m.find(text).length;
      out[group] = performance.now() - s;
      out[group + 'Found'] = found;
    }
    console.log(JSON.stringify(out));`;
  const best = {};
  for (let i = 0; i < 7; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    const o = JSON.parse(r.stdout);
    for (const [k, v] of Object.entries(o))
      best[k] = k.endsWith('Found') ? v : Math.min(best[k] ?? Infinity, v);
  }
  return best;
}

const tmp = mkdtempSync(join(tmpdir(), 'gate-bench-'));
try {
  const old = join(tmp, 'old');
  // The commit's sources, in whichever layout it has (src/ since issue 16, utils/ + data/ before).
  const layout = execFileSync('git', ['-C', root, 'ls-tree', '--name-only', OLD], { encoding: 'utf8' })
    .split('\n')
    .includes('src')
    ? 'src'
    : 'utils data';
  execFileSync('sh', [
    '-c',
    `mkdir -p "${old}" && git -C "${root}" archive ${OLD} ${layout} | tar -x -C "${old}"`,
  ]);
  const files = { old: await bundle(old, tmp), new: await bundle(root, tmp) };
  const nodes = await texts();
  const chars = nodes.reduce((n, t) => n + t.length, 0);
  console.log(
    `${nodes.length} text nodes, ${chars} characters; best of ${PASSES} passes; load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  const names = Object.keys(files);
  const mods = [];
  for (const name of names) mods.push(await import(pathToFileURL(files[name]).href));
  const prefilters = prefilterBest(mods, nodes);
  names.forEach((name, i) => {
    const f = firstBest(files[name]);
    const first = Object.keys(FIRST)
      .map((k) => `${k} ${f[k].toFixed(2)} ms (${f[k + 'Found']})`)
      .join(', ');
    console.log(
      `${name.padEnd(3)} prefilter ${prefilters[i].best.toFixed(2)} ms/pass (${prefilters[i].hits} nodes pass) | import ${f.import.toFixed(1)} ms | first find: ${first}`,
    );
  });
  console.log(
    `load average after: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
