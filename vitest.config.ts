import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.output/**', 'tests/e2e/**'],
    restoreMocks: true,
    // The content script's CSS is read as text (`?inline`) by utils/mark-style.ts; its tests check it.
    css: { include: [/entrypoints\/content\/.*\.css/] },
  },
});
