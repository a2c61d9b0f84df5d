// addons-linter on the Firefox build: 0 errors required. Warnings are printed; the ones that come
// from dependencies are documented in README.md ("Firefox lint").
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const dir = '.output/firefox-mv2';
if (!existsSync(dir)) {
  console.error(`${dir} is missing: run \`npm run build:firefox\` first.`);
  process.exit(1);
}
const { stdout, status } = spawnSync('npx', ['addons-linter', '--output', 'json', dir], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(stdout);
} catch {
  console.error(stdout);
  console.error(`addons-linter did not produce a report (exit ${status}).`);
  process.exit(1);
}
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const m of report[kind] ?? []) {
    console.log(`${kind.slice(0, -1)}: ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`);
  }
}
const { errors, warnings, notices } = report.summary;
console.log(`addons-linter: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors === 0 ? 0 : 1);
