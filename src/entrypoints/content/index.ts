import { defineContentScript } from 'wxt/utils/define-content-script';
import type { FirstStageContext } from '@/entrypoints/content/first-stage-context';
import { startPage } from './page';

export default defineContentScript({
  matches: ['<all_urls>'],
  // Same-origin and srcdoc frames carry article text too (embedded posts, live blogs).
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    // For this entrypoint WXT makes its context from FirstStageContext (wxt.config.ts; checked on
    // the built file by scripts/size-budget.mjs); the core makes WXT's own from it.
    startPage(ctx as unknown as FirstStageContext);
  },
});
