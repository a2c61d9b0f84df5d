// `npm test`: everything, in order, stopping at the first failure (issue 2): `npm run check` first
// (typecheck, lint, format, dead code, the Chrome build and its size budget: static problems fail
// before any browser starts, issue 16), then the unit tests, the Firefox build, its lint and a
// smoke test in Debian's firefox-esr, and the E2E suite in Chromium on the Chrome build.
import { spawnSync } from 'node:child_process';
import { INSTALL_HINT, findChrome } from './harness.mjs';
import { FIREFOX_INSTALL_HINT, findFirefox } from './firefox/launch.mjs';

// Fail before minutes of work when the last step cannot run.
if (!findChrome()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
if (!findFirefox()) {
  console.error(FIREFOX_INSTALL_HINT);
  process.exit(1);
}

// The facts' review dates: a warning here, a refusal in `npm run zip` (scripts/zip-guard.mjs).
spawnSync('node', ['scripts/zip-guard.mjs', '--warn'], { stdio: 'inherit' });

const steps = [
  ['check', 'npm', ['run', '--silent', 'check']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['firefox build', 'npx', ['wxt', 'build', '-b', 'firefox']],
  ['firefox lint', 'node', ['scripts/lint-firefox.mjs']],
  ['firefox smoke', 'node', ['scripts/firefox-smoke.mjs']],
  // The Firefox build writes .output/firefox-mv2; the Chrome build `check` made is untouched.
  ['e2e', 'npx', ['playwright', 'test']],
];

for (const [name, cmd, args] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const { status } = spawnSync(cmd, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(`✖ ${name} failed after ${seconds}s`);
    process.exit(status ?? 1);
  }
  console.log(`✔ ${name} (${seconds}s)`);
}
