// A huge text node cut into chunks outside the document before marking: the shape the scanner
// hands back and forth, and where to cut. The highlighter makes, marks and commits the chunks.
import { TEXT_CHUNK_CHARS } from '@/utils/timings';

/** A huge text node cut into chunks outside the document, waiting to be marked and put in. */
export interface HugeText {
  readonly text: Text;
  /** Its text when it was cut: if the page changes it meanwhile, the chunks are dropped. */
  readonly data: string;
  readonly frag: DocumentFragment;
  /** The chunks, in order (the first one's text goes back into `text`). */
  readonly parts: readonly Text[];
}

/** Where to cut a huge text into chunks of about TEXT_CHUNK_CHARS. */
export function cutsOf(data: string): number[] {
  const cuts: number[] = [];
  for (let at = 0; data.length - at > TEXT_CHUNK_CHARS;) {
    let cut = at + TEXT_CHUNK_CHARS;
    // Prefer a cut just after white space in the last quarter of the chunk (a bounded scan:
    // lastIndexOf would search a text without any back to its start, for every chunk).
    let ws = -1;
    for (let i = cut - 1, stop = at + (TEXT_CHUNK_CHARS * 3) / 4; i > stop; i--) {
      const c = data.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) {
        ws = i;
        break;
      }
    }
    if (ws > 0) cut = ws + 1;
    else {
      // Never between the two halves of a surrogate pair.
      const c = data.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--;
    }
    cuts.push(cut);
    at = cut;
  }
  return cuts;
}
