import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own content scripts and pages may ask; a page cannot reach this listener at all.
    if (sender.id !== browser.runtime.id) return undefined;
    const m = message as { type?: unknown; section?: unknown };
    if (m.type === 'open-briefing' && typeof m.section === 'string' && /^[a-z-]+$/.test(m.section)) {
      return browser.tabs.create({ url: browser.runtime.getURL(`/briefing.html#${m.section}`) }).then(() => true);
    }
    return undefined;
  });
});
