import { defineContentScript } from 'wxt/utils/define-content-script';
import { closeWxtStartedChannel } from '@/entrypoints/content/wxt-started-channel';
import { startPage } from './page';

// Before WXT creates the context (it does so right after importing this module): see the module.
closeWxtStartedChannel();

export default defineContentScript({
  matches: ['<all_urls>'],
  // Same-origin and srcdoc frames carry article text too (embedded posts, live blogs).
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    startPage(ctx);
  },
});
