import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.output/**', 'tests/e2e/**'],
    restoreMocks: true,
    // The element marks' stylesheet is imported as text (`?inline`) and its rules are tested.
    css: { include: [/element-marks(-background)?\.css/] },
  },
});
