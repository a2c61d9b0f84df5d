import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.output/**', 'tests/e2e/**'],
    restoreMocks: true,
    // The property tests (fast-check, hundreds of DOM trees each) take 1–3 s alone and several times
    // that on a loaded 2-core machine; the limit is there to catch a hang, not to time anything.
    testTimeout: 30_000,
    // The content script's CSS is read as text (`?inline`) and its rules are tested.
    css: { include: [/src\/page\/.*\.css/] },
  },
});
