// Mentions across inline elements: "<b>Azer</b>baijan" (a search page's bold), a drop cap
// ("<span class=dropcap>I</span>srael's"), one span per letter, "Aserbaid<wbr>schan". Pure: the
// DOM walk that collects a run's text nodes and the painting of each mention's range belong to
// the highlighter (src/page/same-run.ts, src/page/highlighter.ts); this module says what a run is and finds the mentions in
// one, as positions in its text segments.
//
// How a walker uses it:
//   1. Walk a block's descendants in document order. For each element ask inlineRole({ tag,
//      display, float, editable }): 'inline' elements continue the run, 'boundary' elements end
//      the current run and start a new one inside and after them, 'excluded' elements (and their
//      subtrees) end the run and contribute nothing.
//   2. Collect the run's text nodes' data as `segments`, in order (empty ones may stay).
//   3. findInRun(segments) gives each mention as { entity, start: { segment, offset }, end:
//      { segment, offset } }: the mention starts at offset `start.offset` of segment
//      `start.segment` and ends just before offset `end.offset` of segment `end.segment` (end is
//      exclusive and lies in the segment that holds the mention's last character), so
//      `range.setStart(nodes[start.segment], start.offset); range.setEnd(nodes[end.segment],
//      end.offset)` is the mention's range. A mention in one segment has start.segment ===
//      end.segment.
// Ignorable characters (soft hyphen, zero-width characters, tatweel: src/data/morphology.ts) inside
// a name are part of its mention; word edges, guards and case are read on the run's whole text,
// as a reader sees it.

import { NOT_TEXT_TAGS } from '@/page/excluded';
import { BOUNDARY_TAGS } from '@/page/boundary-tags';

export { BOUNDARY_TAGS };
import type { EntityId } from '@/data/types';
import { matcher as defaultMatcher, type Matcher } from '@/detect/match';
import { COMPILED_MATCHER } from '@/detect/match.compiled';
import { wordChars } from '@/detect/word-chars';

/** A position in a run: character `offset` (UTF-16) of text segment `segment`. */
export interface RunPoint {
  segment: number;
  offset: number;
}

export interface RunMention {
  entity: EntityId;
  /** The mention's first character. */
  start: RunPoint;
  /** Just after the mention's last character, in the segment that holds that character. */
  end: RunPoint;
  /** The mention's text: the segments' text from start to end, joined. */
  text: string;
}

/**
 * The mentions in an inline run given as its text segments in order, sorted and disjoint. Pure;
 * no DOM. `matcher` defaults to Brieflight's own (src/detect/match.ts).
 */
export function findInRun(segments: readonly string[], matcher: Matcher = defaultMatcher): RunMention[] {
  const starts: number[] = [];
  let text = '';
  for (const s of segments) {
    starts.push(text.length);
    text += s;
  }
  /** The segment that holds character `i` of the joined text (the last such, skipping empty ones). */
  const segmentOf = (i: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return matcher.find(text).map((m) => {
    const first = segmentOf(m.start);
    const last = segmentOf(m.end - 1);
    return {
      entity: m.entity,
      start: { segment: first, offset: m.start - starts[first]! },
      end: { segment: last, offset: m.end - starts[last]! },
      text: m.text,
    };
  });
}

/** What an element is to an inline run (inlineRole). */
export type InlineRole = 'inline' | 'boundary' | 'excluded';

/**
 * Elements whose text is never read (src/page/excluded.ts, the contract's list), and ruby annotations
 * (rt, rp), which are not part of the words they annotate.
 */
export const EXCLUDED_TAGS: ReadonlySet<string> = new Set([...NOT_TEXT_TAGS, 'rt', 'rp']);

/** Computed display values that keep an element in its parent's line of text. */
const INLINE_DISPLAYS: ReadonlySet<string> = new Set([
  'inline',
  'contents',
  'ruby',
  'ruby-base',
  'ruby-base-container',
]);

/** An element as inlineRole reads it: what a walker knows of it. */
export interface ElementFacts {
  /** The tag name, any case ("SPAN", "b"). */
  tag: string;
  /** Its computed display, if the walker read it ("inline", "block", "none", …). */
  display?: string | null;
  /** Its computed float, if the walker read it ("none", "left", "right"). */
  float?: string | null;
  /** True when it is editable (contenteditable, or in a document in designMode). */
  editable?: boolean;
}

/**
 * What `el` is to the inline run around it:
 * - 'excluded': its text is not read (EXCLUDED_TAGS, editable, display none);
 * - 'boundary': it ends the run before it and after it (BOUNDARY_TAGS, or a display that is not
 *   inline: block, flex, grid, list-item, table parts, inline-block);
 * - 'inline': its text continues the run (b, i, span, a, em, wbr, …), also when floated: a
 *   floated span is a drop cap, the first letter of the word after it (computed display is block
 *   for every float, so the float is read first).
 */
export function inlineRole(el: ElementFacts): InlineRole {
  const tag = el.tag.toLowerCase();
  if (EXCLUDED_TAGS.has(tag) || el.editable === true || el.display === 'none') return 'excluded';
  if (BOUNDARY_TAGS.has(tag)) return 'boundary';
  if (el.float !== undefined && el.float !== null && el.float !== '' && el.float !== 'none') return 'inline';
  if (el.display !== undefined && el.display !== null && !INLINE_DISPLAYS.has(el.display)) return 'boundary';
  return 'inline';
}

// ── Where a walker needs a run ─────────────────────────────────────────────────────────────────
// Most text nodes are read on their own, as before runs: a run is built only where two text nodes
// of one inline run touch letter to letter ("Azer" + "baijan", "I" + "srael's"), the only place a
// name can be cut by an element without a space or punctuation at the cut. Where white space or
// punctuation stands at the junction, the matcher's word edges read the same on the node alone as
// on the whole run, so nothing is lost by reading the node alone.

const WORD = wordChars(COMPILED_MATCHER.word);
/** Ignorable characters (soft hyphen, zero-width characters, tatweel, niqqud): src/data/morphology.ts. */
const IGNORABLE = new RegExp(`[${COMPILED_MATCHER.ignorable}]`);

/** True when the UTF-16 unit `c` continues a word across a junction: a letter, mark, digit or ignorable. */
function isGlue(c: number): boolean {
  // ASCII first: most text nodes end and begin with it (a space, a letter, punctuation).
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  // Surrogates: letters beyond the BMP (rare in names); an emoji's half is no letter, but a run
  // built for nothing only costs time.
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return WORD.isWord(c) || (c >= 0xad && IGNORABLE.test(String.fromCharCode(c)));
}

/** True when character `i` of `text` continues a word across a junction (see glues). */
export function gluesAt(text: string, i: number): boolean {
  return isGlue(text.charCodeAt(i));
}

/**
 * True when text `before` and text `after`, if they are neighbours in one inline run, must be
 * read together: the last character of `before` and the first of `after` both continue a word.
 * Empty texts glue to nothing (a walker skips them).
 */
export function glues(before: string, after: string): boolean {
  return (
    before.length > 0 &&
    after.length > 0 &&
    isGlue(before.charCodeAt(before.length - 1)) &&
    isGlue(after.charCodeAt(0))
  );
}

/**
 * True when `text` begins or ends with a letter (or ignorable character): changed text that may
 * complete a name with its neighbours in the run (the page adds `<b>Azer</b>` before "baijan").
 * Not digits: no name begins or ends with one, and clocks and counters, which a page rewrites
 * every second, must cost nothing.
 */
export function gluesAtEdge(text: string): boolean {
  const n = text.length;
  return n > 0 && (isNameEdge(text.charCodeAt(0)) || isNameEdge(text.charCodeAt(n - 1)));
}

function isNameEdge(c: number): boolean {
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  return isGlue(c);
}

/** True when `text` holds an ignorable character (the element-marks path reads such a node with find()). */
export function hasIgnorable(text: string): boolean {
  return IGNORABLE.test(text);
}
