import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See docs/adr/0001-stack-and-build.md for why each setting is what it is.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from, and components may all
  // export a type named Props (the brief's convention) without clashing.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    build: {
      // Source maps would double the zip and are not needed by either store.
      sourcemap: false,
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Brieflight',
    description:
      'Highlights Azerbaijan, Israel, SOCAR and Baku on the pages you read and shows short, sourced facts.',
    // storage: settings. Nothing else is needed: the popup reaches the tab through messages to the
    // content script, which WXT injects through the manifest's content_scripts.
    permissions: ['storage'],
    action: { default_title: 'Brieflight' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'brieflight@brieflight.example',
              // data_collection_permissions (no data is collected) exists from Firefox 140 and
              // Firefox for Android 142; older versions would ignore the declaration.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
