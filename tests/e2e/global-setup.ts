// Playwright's global setup: bundles the fixture apps (a React 19 app, a Preact app and a React
// server-rendering + hydration app, from
// tests/e2e/apps/) with esbuild into tests/e2e/pages/dist/ (git-ignored), where the test server
// serves them. esbuild comes with Vite; nothing is downloaded.
import { build } from 'esbuild';
import { join } from 'node:path';
import { ROOT } from '../../scripts/harness.mjs';

export default async function globalSetup(): Promise<void> {
  const apps = join(ROOT, 'tests', 'e2e', 'apps');
  await build({
    entryPoints: [join(apps, 'react-app.js'), join(apps, 'preact-app.js'), join(apps, 'react-hydrate.js')],
    outdir: join(ROOT, 'tests', 'e2e', 'pages', 'dist'),
    bundle: true,
    format: 'iife',
    target: 'es2022',
    // Development builds: React and preact/debug report problems as console errors.
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'warning',
  });
}
