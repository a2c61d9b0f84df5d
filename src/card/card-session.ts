// What the card controller keeps about one open card (its session), its options, and the helpers
// it uses to move focus and the selection to a mention and back: functions of a mention or a
// session and the document, no state.
import type { BriefingAnchor } from '@/data/types';
import type { CardHostHandlers, CardHostLike, CardUi } from '@/card/card-host';
import type { HoverIntentOptions } from '@/card/hover-intent';
import type { Mention } from '@/page/mention-source';

/** How the open card was opened; it decides what closes it and where focus goes back to. */
/** `click`: a mouse or pen click with the "click" trigger, which acts as a tap does. */
export type OpenedBy = 'pointer' | 'focus' | 'command' | 'tap' | 'click';

export interface Session {
  mention: Mention;
  by: OpenedBy;
  /** What had keyboard focus when the card opened from it: focus comes back here from the card. */
  opener: HTMLElement | null;
}

/** A card that could not be shown, as reported to the background (never to the page's console). */
export interface CardFailure {
  /** `load`: the card module did not load; `show`: the host failed to make or show the card. */
  stage: 'load' | 'show';
  /** The error's message, cut to CARD_FAILURE_TEXT_MAX_CHARS. */
  message: string;
}

/** The page's selection as it was, with its direction (anchor and focus); null for none. */
export type SavedSelection = { anchor: Node; anchorOffset: number; focus: Node; focusOffset: number } | null;

export interface CardControllerOptions {
  /** Makes the card host; tests pass a fake. */
  createHost?: (handlers: CardHostHandlers) => CardHostLike;
  /** Passed on to HoverIntent (tests drive time by hand). */
  intent?: Pick<HoverIntentOptions<Mention>, 'setTimer' | 'clearTimer' | 'dwellMs' | 'hideMs'>;
  /** Where "Open briefing" goes; by default a message to the background. */
  openBriefing?: (section: BriefingAnchor) => void;
  /**
   * The card module, already loaded (unit tests pass it and run synchronously); by default it is
   * imported on the first show.
   */
  cardUi?: CardUi;
  /**
   * Runs `fn` once before the next frame: the pointer's hit-test waits for it, so a pointer sending
   * several moves a frame costs one test (default requestAnimationFrame; tests step frames by hand).
   */
  requestFrame?: (fn: () => void) => void;
  /**
   * The card's "Turn off on this site": adds the site's host to the disabled sites (the content
   * script's settings store; the page then turns off as it does from the popup). No button without it.
   */
  turnOffSite?: () => void;
  /** The card's "Settings": by default a message to the background, which opens the options page. */
  openOptions?: () => void;
  /** Where a card that failed to show is reported; by default a message to the background. */
  reportFailure?: (failure: CardFailure) => void;
}

/** What the live region says when a card opens from the keyboard (issue 15). */
export function announcementFor(name: string): string {
  return `Card: ${name} — key facts. Press Tab to read it, Escape to close`;
}

/** Two mentions are the same when they hold the same live range (a hit-test may make new objects). */
export function sameMention(a: Mention, b: Mention): boolean {
  return a === b || (a.range === b.range && a.entity === b.entity);
}

/**
 * The element holding a mention's range: its paragraph decides which facts the card ranks first.
 * Null for a range outside any element.
 */
export function contextElementOf(range: Range): Element | null {
  const node = range.commonAncestorContainer;
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
}

/** Where focus goes back to from inside the card: what opened it, or the link holding the mention. */
export function returnTarget(session: Session): HTMLElement | undefined {
  if (session.by === 'command') return undefined;
  if (session.opener?.isConnected) return session.opener;
  const around = contextElementOf(session.mention.range)?.closest<HTMLElement>(
    'a[href], button, summary, [tabindex]:not([tabindex="-1"])',
  );
  return around ?? undefined;
}

/** True when `m` starts after `from` in the document (false when they cannot be compared). */
export function isAfter(m: Mention, from: Mention): boolean {
  try {
    return from.range.compareBoundaryPoints(Range.START_TO_START, m.range) < 0;
  } catch {
    // Different trees (a shadow root's mention and the document's): no order to follow.
    return false;
  }
}

/**
 * Scrolls a mention to the middle of the view: its element first (that scrolls any scrolling
 * container around it), then the window by what is left, for a mention deep in a tall paragraph.
 */
export function scrollRangeIntoView(range: Range, doc: Document): void {
  const el = contextElementOf(range);
  el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  const win = doc.defaultView;
  if (!win) return;
  const r = range.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return;
  if (r.top < 0 || r.bottom > win.innerHeight) {
    win.scrollBy({ top: r.top + r.height / 2 - win.innerHeight / 2, behavior: 'instant' });
  }
}

export function saveSelection(doc: Document): SavedSelection {
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.anchorNode || !sel.focusNode) return null;
  return {
    anchor: sel.anchorNode,
    anchorOffset: sel.anchorOffset,
    focus: sel.focusNode,
    focusOffset: sel.focusOffset,
  };
}

/** The window's selection becomes (a copy of) the mention's range: the page's own range stays ours. */
export function selectRange(doc: Document, range: Range): void {
  const sel = doc.getSelection();
  if (!sel) return;
  sel.removeAllRanges();
  sel.addRange(range.cloneRange());
}

export function isSelected(doc: Document, range: Range): boolean {
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount !== 1) return false;
  const r = sel.getRangeAt(0);
  return (
    r.startContainer === range.startContainer &&
    r.startOffset === range.startOffset &&
    r.endContainer === range.endContainer &&
    r.endOffset === range.endOffset
  );
}

export function restoreSelection(doc: Document, saved: SavedSelection): void {
  const sel = doc.getSelection();
  if (!sel) return;
  if (!saved || !saved.anchor.isConnected || !saved.focus.isConnected) {
    sel.removeAllRanges();
    return;
  }
  try {
    sel.setBaseAndExtent(saved.anchor, saved.anchorOffset, saved.focus, saved.focusOffset);
  } catch {
    // The page shortened the text since: offsets out of range. No selection beats a wrong one.
    sel.removeAllRanges();
  }
}
