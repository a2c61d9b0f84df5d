import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CORE_GLOBAL, type StartCore } from '@/entrypoints/content/core-handover';
import { startCore } from '@/entrypoints/content/core';

/**
 * The content script's core (docs/adr/0013-first-stage.md): the scanner, painter, element marks,
 * card controller, page control, badge reporter and page listeners, out of the manifest's content
 * script. The first stage (src/entrypoints/content/index.ts) imports this file with
 * `import(runtime.getURL('/content-core.js'))` on the first candidate; like card-ui.js it runs in
 * the content script's isolated world and hands `startCore` over through that world's global. The
 * page's own world never sees it.
 */
export default defineUnlistedScript({
  // No top-level variable: the bundle is one anonymous IIFE.
  globalName: false,
  main() {
    (globalThis as typeof globalThis & { [CORE_GLOBAL]?: StartCore })[CORE_GLOBAL] = startCore;
  },
});
