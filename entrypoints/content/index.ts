import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPage } from './page';
import './marks.css';

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
