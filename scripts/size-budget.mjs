// The size budget of the Chrome build's scripts that pages load (issue 12, "Content script ≤ 35 KB
// gzip"; docs/adr/0013-first-stage.md). `npm test` runs it after the Chrome build; it fails (exit 1)
// when a file is over its limit, or when a file imported at run time lost V8's compile hint at its
// top (wxt.config.ts COMPILE_HINT; ADR 0013, "Compile hints"), and prints every file's size either way.
//
//   node scripts/size-budget.mjs [--dir .output/chrome-mv3]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { ROOT } from './harness.mjs';

// The lazily loaded bundles' names, from the one place the extension takes them from.
const bundleNames = readFileSync(join(ROOT, 'src', 'utils', 'bundles.ts'), 'utf8');
const bundle = (name) => {
  const m = new RegExp(`export const ${name} = '([^']+)'`).exec(bundleNames);
  if (!m) throw new Error(`src/utils/bundles.ts has no ${name}`);
  return m[1];
};

/**
 * Each limit in gzip bytes (zlib level 9, as `npm run bench` measures), with its reason. The core and
 * the card module are measured figures + 10 %: room for small changes, not for a new dependency.
 */
export const BUDGETS = [
  {
    file: 'content-scripts/content.js',
    // Issue 12's target: parsed and started on every page of every tab.
    maxGzipBytes: 35 * 1024,
    reason: 'issue 12: the manifest content script, on every page, ≤ 35 KB gzip',
  },
  {
    file: bundle('CORE_FILE'),
    // Measured 2026-11-29 after issue 16 (the frame moved the card's content out of card-ui.js,
    // the matcher grew with issue 13's forms): 47,849 bytes.
    maxGzipBytes: Math.round(47849 * 1.1),
    reason: 'the core, loaded on the first candidate: measured + 10 %',
    compileHint: true,
  },
  {
    file: bundle('CARD_MODULE_FILE'),
    // Measured 2026-11-29 after issue 16 and the card's frame (issue 17): 45,902 bytes.
    maxGzipBytes: Math.round(45902 * 1.1),
    reason: 'the card module, loaded on the first card: measured + 10 %',
    compileHint: true,
  },
];

/**
 * What the manifest content script must not carry, by a string only that code contains: WXT's
 * ContentScriptContext, which its first stage starts without (wxt.config.ts aliases the class for
 * that entrypoint; docs/adr/0023-first-stage-context.md). If the alias stops applying (a WXT
 * update), the context is back on every page, and with it WXT's started channel before the core
 * closes it (ADR 0008).
 */
export const NOT_IN_CONTENT_SCRIPT = [
  {
    file: 'content-scripts/content.js',
    marker: 'wxt:content-script-started',
    what: "WXT's ContentScriptContext",
  },
];

/** The markers of NOT_IN_CONTENT_SCRIPT found in `dir`'s files: [{ file, marker, what }]. */
export function carried(dir, rules = NOT_IN_CONTENT_SCRIPT) {
  return rules.filter(
    (r) => existsSync(join(dir, r.file)) && readFileSync(join(dir, r.file), 'utf8').includes(r.marker),
  );
}

/** V8's explicit compile hint, as wxt.config.ts writes it at the top of the files it marks. */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Each budget's file measured in `dir`: { file, gzipBytes, maxGzipBytes, hinted, ok } (ok false when
 * missing, over its limit, or without the compile hint its budget asks for).
 */
export function measure(dir, budgets = BUDGETS) {
  return budgets.map((b) => {
    const path = join(dir, b.file);
    if (!existsSync(path)) return { ...b, gzipBytes: undefined, ok: false };
    const code = readFileSync(path);
    const gzipBytes = gzipSync(code, { level: 9 }).length;
    const hinted = code.toString('utf8', 0, COMPILE_HINT.length) === COMPILE_HINT;
    return { ...b, gzipBytes, hinted, ok: gzipBytes <= b.maxGzipBytes && (hinted || !b.compileHint) };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { dir: { type: 'string' } } });
  const dir = values.dir ?? join(ROOT, '.output', 'chrome-mv3');
  const results = measure(dir);
  for (const r of results) {
    const size = r.gzipBytes === undefined ? 'missing' : `${r.gzipBytes} B gzip`;
    const hint = r.compileHint ? (r.hinted ? ', compile hint' : ', COMPILE HINT MISSING') : '';
    console.log(
      `${r.ok ? 'ok  ' : 'FAIL'} ${r.file}: ${size}${hint} (limit ${r.maxGzipBytes} B: ${r.reason})`,
    );
  }
  const found = carried(dir);
  for (const r of found) console.error(`${r.file} carries ${r.what} (it has "${r.marker}")`);
  if (results.some((r) => !r.ok) || found.length > 0) {
    console.error(
      `size budget exceeded, compile hint missing, or content.js carries what it must not, in ${dir} (scripts/size-budget.mjs)`,
    );
    process.exit(1);
  }
}
