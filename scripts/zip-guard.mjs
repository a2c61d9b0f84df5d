// The freshness rule of a release (issue 14; src/data/freshness.ts freshnessGuard):
//   node scripts/zip-guard.mjs          before `wxt zip`: exits 1, naming them, when a changing
//                                       fact is past its review date today;
//   node scripts/zip-guard.mjs --warn   in `npm test`: prints the same list as a warning, exits 0.
// The data and the rule are TypeScript; Vite (already the build's bundler) loads them, so the
// script and the tests run the same code.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const mode = parseArgs({ options: { warn: { type: 'boolean', default: false } } }).values.warn
  ? 'test'
  : 'zip';

const vite = await createServer({
  root,
  configFile: false,
  logLevel: 'silent',
  appType: 'custom',
  // As .wxt/tsconfig.json: '@/…' is src/.
  resolve: { alias: [{ find: '@', replacement: fileURLToPath(new URL('../src', import.meta.url)) }] },
  server: { middlewareMode: true, hmr: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});
let result;
try {
  const { freshnessGuard } = await vite.ssrLoadModule('/src/data/freshness.ts');
  const { FACTS } = await vite.ssrLoadModule('/src/data/index.ts');
  result = freshnessGuard(FACTS, new Date(), mode);
} finally {
  await vite.close();
}
if (result.message) (result.exitCode ? console.error : console.warn)(result.message);
else if (mode === 'zip') console.log('Facts: every changing fact is within its review date.');
process.exit(result.exitCode);
