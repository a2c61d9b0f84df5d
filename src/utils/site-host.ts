// The site the reader is on, as a frame's content script finds it: the top page's host, also
// inside frames (an embedded post is part of the site it is embedded in), so that a site the reader
// turned off is off in all its frames, ads included.
//
// A frame cannot always know it:
// - Chrome gives every frame `location.ancestorOrigins` (the top one last), but an ancestor with
//   an opaque origin (a sandboxed top page) is "null";
// - Firefox gives "null" for a frame embedded with `referrerpolicy="no-referrer"`;
// - a cross-origin top's `location` cannot be read.
// Falling back to the frame's own host (as Brieflight once did) highlights such a frame on a site
// turned off. Instead the frame asks the background, which asks the top frame's own content script
// (src/utils/messages.ts 'site-host'); when that fails too, the frame stays off.
import { SITE_HOST_ATTEMPTS, SITE_HOST_RETRY_MS } from '@/utils/timings';

/** What of a frame's window `knownSiteHost` reads (a Window has all of it). */
export interface FrameView {
  readonly top: FrameView | null;
  readonly location: { readonly hostname: string; readonly ancestorOrigins?: ArrayLike<string> };
}

/**
 * The top page's host as this frame can see it, or undefined when it cannot be known here.
 * about:blank and srcdoc frames have no host of their own and inherit their parent's origin, which
 * `ancestorOrigins` or a same-origin top gives.
 */
export function knownSiteHost(win: FrameView): string | undefined {
  if (win === win.top) return win.location.hostname;
  const ancestors = win.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) {
    const top = ancestors[ancestors.length - 1]!;
    if (top !== 'null') {
      try {
        return new URL(top).hostname;
      } catch {
        // Not an origin: unknown here, as below.
      }
    }
  }
  // A same-origin top (also Firefox before it had ancestorOrigins) is readable; a cross-origin
  // one throws.
  try {
    const host = win.top?.location.hostname;
    return typeof host === 'string' ? host : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Asks the top frame for its host until it answers (the background's side of 'site-host').
 * `ask` sends the top frame 'get-mentions' and resolves to its host, or undefined when no content
 * script answered (not started yet, or none runs there: a browser page, a PDF viewer). Makes at
 * most `attempts` asks, `retryMs` apart; resolves to undefined when none was answered.
 */
export async function askTopHost(
  ask: () => Promise<string | undefined>,
  wait: (ms: number) => Promise<void>,
  attempts = SITE_HOST_ATTEMPTS,
  retryMs = SITE_HOST_RETRY_MS,
): Promise<string | undefined> {
  for (let i = 0; i < attempts; i++) {
    if (i > 0) await wait(retryMs);
    const host = await ask().catch(() => undefined);
    if (host !== undefined) return host;
  }
  return undefined;
}
