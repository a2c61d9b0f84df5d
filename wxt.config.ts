import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { CARD_FRAME_FILE, CARD_MODULE_FILE, CORE_FILE } from './src/utils/bundles';

// See docs/adr/0001-stack-and-build.md for why each setting is what it is.

/**
 * The extension pages' Content Security Policy: the MV3 minimum (scripts of the extension only, no
 * plugins) plus no <base> and no connection of any kind (connect-src covers every network API).
 */
/** What WXT's content-script entry makes for `content` instead of its ContentScriptContext (ADR 0023). */
const FIRST_STAGE_CONTEXT = fileURLToPath(
  new URL('./src/entrypoints/content/first-stage-context.ts', import.meta.url),
);
const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; connect-src 'none'";

/**
 * V8's explicit compile hint (Chrome 136+; other engines read a comment): every function of the file
 * is compiled when the file is, and a file the page imports at run time is compiled off the main
 * thread while it streams in. The core and the card module are imported so, and nearly all of
 * their code runs at once, so the main thread no longer compiles it function by function on its
 * first call (docs/adr/0013-first-stage.md, "Compile hints"). Not the first stage: Chrome injects
 * content scripts without streaming, and most of its code never runs on a page without mentions.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
const compileHints = () => ({
  name: 'brieflight-compile-hints',
  // After WXT's own plugins, which expect each bundle to start with its IIFE.
  enforce: 'post' as const,
  generateBundle(_: unknown, bundle: Record<string, { type: string; fileName: string; code?: string }>) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk' && [CORE_FILE, CARD_MODULE_FILE].includes(chunk.fileName))
        chunk.code = COMPILE_HINT + chunk.code;
    }
  },
});
export default defineConfig({
  // The product's code lives in src/, one folder per part (README.md, "Where things live");
  // tests/, bench/, scripts/ and docs/ stay at the root.
  srcDir: 'src',
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The content script's first stage runs on every page, so it does without the polyfill (about a
    // fifth of its bundle): it uses only promise-returning APIs that Chrome's `chrome` and
    // Firefox's `browser` both have, and answers messages with sendResponse
    // (docs/adr/0013-first-stage.md). Every other bundle, the core included, keeps it.
    //
    // It also starts without WXT's ContentScriptContext: WXT's entry makes the context from the class
    // it imports, which for this entrypoint is src/entrypoints/content/first-stage-context.ts (the
    // context's invalidation only); the core makes WXT's own context from it
    // (docs/adr/0023-first-stage-context.md). scripts/size-budget.mjs checks the built file.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === 'content')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((a: { find: unknown }) => a.find !== 'wxt/browser');
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
      const context = { find: /^wxt\/utils\/content-script-context$/, replacement: FIRST_STAGE_CONTEXT };
      const aliases = config.resolve?.alias;
      config.resolve = {
        ...config.resolve,
        alias: Array.isArray(aliases)
          ? [context, ...aliases]
          : [context, ...Object.entries(aliases ?? {}).map(([find, replacement]) => ({ find, replacement }))],
      };
    },
  },
  // Explicit imports everywhere: a reader sees where each name comes from, and components may all
  // export a type named Props (the brief's convention) without clashing.
  imports: false,
  // The Firefox sources zip is for AMO reviewers: what builds the extension, nothing else
  // (docs/adr/0006-firefox.md). WXT already leaves out node_modules, dot-folders and *.test.*.
  zip: {
    excludeSources: [
      'bench/**',
      'docs/**',
      'scripts/**',
      'tests/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      '**/fixtures/**',
      'playwright.config.ts',
      'vitest.config.ts',
      '**/*.log',
    ],
  },
  vite: () => ({
    plugins: [preact(), compileHints()],
    resolve: {
      // mark.js's main entry is ES5 for old browsers; its ES2015 build is the same code, 3 kB
      // smaller, and every browser that runs an MV3 (or Firefox 140) extension runs it.
      alias: { 'mark.js': 'mark.js/dist/mark.es6.min.js' },
    },
    build: {
      // Source maps would double the zip and are not needed by either store.
      sourcemap: false,
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Brieflight',
    description:
      'Highlights Azerbaijan, Israel, SOCAR and Baku on the pages you read and shows short, sourced facts.',
    // storage: the settings (sync) and the badge's per-frame counts (session). Nothing else is
    // needed; README.md ("Permissions") gives the reason for each API that needs none.
    permissions: ['storage'],
    action: { default_title: 'Brieflight' },
    // The extension pages (popup, briefing, options, background) may run only the extension's own
    // scripts and may open no connection at all: "no network request" is enforced, not only
    // observed (SECURITY.md; docs/adr/0016-page-boundary.md). MV3 takes an object, Firefox's MV2 a
    // string; content scripts follow the page's policy, not this one.
    content_security_policy:
      browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    // The content script's core (src/entrypoints/content-core.ts), which its first stage imports on the
    // first candidate (docs/adr/0013-first-stage.md), and the card module (src/entrypoints/card-ui.ts),
    // which the core imports on the first card show: a content script may only load an extension
    // file that is web-accessible. Chrome's dynamic URL changes every session, so a page cannot
    // probe for the extension with it.
    // The card's page (src/entrypoints/card-frame/) is web-accessible too: the host loads it in an
    // iframe, so the card's text lives in an extension-origin document no page can read
    // (docs/adr/0015-card-host.md). Its scripts and styles are loaded by the extension page itself
    // and need not be listed.
    web_accessible_resources:
      browser === 'firefox'
        ? [CORE_FILE, CARD_MODULE_FILE, CARD_FRAME_FILE]
        : [
            {
              resources: [CORE_FILE, CARD_MODULE_FILE, CARD_FRAME_FILE],
              matches: ['<all_urls>'],
              use_dynamic_url: true,
            },
          ],
    // Keyboard shortcuts (the options page lists them; the reader can change them in the browser).
    // These three are free in Chrome and Firefox (Chrome leaves Alt+Shift+B, its bookmarks-bar key,
    // and Alt+Shift+N unassigned); E2E checks that Chrome assigns all three.
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Turn highlights off (or back on) for this site',
      },
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Go to the next mention on the page and open its card',
      },
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Open the Brieflight popup',
      },
    },
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
