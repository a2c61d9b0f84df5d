// Loading the card module (card-ui.js) into the content script's world on the first show.
import { browser } from 'wxt/browser';
import type { CardUi } from '@/card/card-host';
import { CARD_MODULE_FILE } from '@/utils/bundles';

/**
 * Where src/entrypoints/card-ui.ts leaves the card module's API. It runs in the content script's own
 * (isolated) world, so this global is the content script's, never the page's.
 */
export const CARD_UI_GLOBAL = '__brieflightCardUi';
/** The card module, web-accessible (wxt.config.ts); loaded on the first show. */
export const CARD_UI_PATH = `/${CARD_MODULE_FILE}`;

/**
 * The card module: Preact, Floating UI, the card, its styles, the facts and their ranking. The
 * content script loads it on the first show, so a page nobody hovers never fetches or runs it.
 * Rejects (never throws) when it cannot load: an orphaned content script after an extension
 * reload, a module that did not run.
 */
export async function loadCardUi(): Promise<CardUi> {
  const slot = globalThis as typeof globalThis & { [CARD_UI_GLOBAL]?: CardUi };
  if (!slot[CARD_UI_GLOBAL]) await import(/* @vite-ignore */ browser.runtime.getURL(CARD_UI_PATH));
  const ui = slot[CARD_UI_GLOBAL];
  if (!ui) throw new Error('Brieflight: the card module did not load');
  return ui;
}
