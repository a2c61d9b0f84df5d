import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { parseToBackground } from '@/utils/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own content scripts and pages may ask; a page cannot reach this listener at all.
    if (sender.id !== browser.runtime.id) return undefined;
    const m = parseToBackground(message);
    if (!m) return undefined;
    switch (m.type) {
      case 'open-briefing':
        return browser.tabs.create({ url: browser.runtime.getURL(`/briefing.html#${m.section}`) }).then(() => true);
      case 'mentions':
        return undefined;
    }
  });
});
