// How long an E2E test waits to show that something does NOT happen. Test-only, so not in
// src/utils/timings.ts; derived from the extension's own delays so they follow a change there.
import { HIDE_DELAY_MS, HOVER_DWELL_MS } from '@/utils/timings';

/**
 * How long a test waits to show that NO card opens (a pass-through, a forged mark):
 * twice the dwell after which a real mark's card shows. Each such test also shows that the same
 * action on a real mark does open one, so the wait is known to be long enough.
 */
export const PROVE_NO_CARD_MS = HOVER_DWELL_MS * 2;

/**
 * How long a test waits to show that a card STAYS (the pointer rests on it): twice the
 * hide delay that would otherwise have closed it.
 */
export const PROVE_CARD_STAYS_MS = HIDE_DELAY_MS * 2;

/**
 * How long a test waits to show that something does NOT happen (the extension stays
 * quiet on a page that changes every frame; it does not re-mark a subtree it backed off from).
 * Several frames and idle periods, far longer than one slice.
 */
export const PROVE_QUIET_MS = 600;
