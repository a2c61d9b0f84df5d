// The file names of the bundles a content script loads at run time, written once: WXT names each
// after its entrypoint (src/entrypoints/content-core.ts, src/entrypoints/card-ui.ts), the manifest
// makes them web-accessible (wxt.config.ts), the loaders import them (core-handover.ts,
// card-controller.ts) and the size budget weighs them (scripts/size-budget.mjs reads this file).

/** The content script's core, imported by its first stage on the first candidate (ADR 0013). */
export const CORE_FILE = 'content-core.js';
/** The card module, imported by the core on the first card (ADR 0004). */
export const CARD_MODULE_FILE = 'card-ui.js';
/** The card's frame, an extension page the card host loads inside its closed root (ADR 0015). */
export const CARD_FRAME_FILE = 'card-frame.html';
