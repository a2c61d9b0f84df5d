// Every delay Brieflight uses, with the reason for its value. Nothing else in the code base may
// hard-code a timing: change it here, and the tests and the benchmark follow.

/**
 * How long the pointer must rest on a mark before its card opens. Long enough that a pointer
 * crossing a paragraph on its way elsewhere opens nothing (a pass takes well under 200 ms), short
 * enough to feel like a response to the reader's intent (Wikipedia's Page Previews use 500 ms for
 * bigger cards; a glanceable card can come sooner).
 */
export const HOVER_DWELL_MS = 350;

/**
 * How long the card stays after the pointer leaves both the mark and the card. It bridges the gap
 * between the mark and the card (the pointer crosses the offset) and forgives a wobble.
 */
export const HIDE_DELAY_MS = 300;

/**
 * Keyboard focus opens the card at once: focusing is already a deliberate act, and a delay would
 * leave screen-reader users with nothing announced.
 */
export const FOCUS_OPEN_DELAY_MS = 0;
