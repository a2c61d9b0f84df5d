import { defineConfig } from '@playwright/test';

// Requests made by the extension's service worker reach context.route only with this set; the
// fixture aborts and records them like any other request (CONTRACT.md: no network at all).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  // Each worker runs its own Chromium; two cores serve two workers.
  workers: process.env.CI ? 2 : 2,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    trace: 'off',
  },
});
