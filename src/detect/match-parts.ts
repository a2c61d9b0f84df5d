// The matcher's RegExp in parts, one per script group of the forms' first characters (Latin,
// Cyrillic, Hebrew, Arabic): a text meets only the parts whose first characters it holds, and each
// part is made and compiled on the first text that needs it. A Latin page never compiles the
// Cyrillic, Hebrew and Arabic branches, which V8 keeps in the two-byte code of the whole RegExp
// (the code for a text with a curly quote): 0.75 ms for the Latin part against 1.35 ms for the whole
// (Node 20; docs/adr/0017-morphology.md). No two parts share a first character, so at any position
// at most one part matches, and the leftmost of the parts' matches is the whole RegExp's match.
import { nativeWarmer } from './compile-native';

/** One part, as src/detect/match-compile.ts writes it. */
export interface MatchPart {
  /** A character class body (no 'u' flag) of every character a form of the part may start with. */
  firsts: string;
  /** The part's RegExp source (flags 'g'), with the word edges and the possessive. */
  source: string;
}

/**
 * The parts' RegExps, for an exec() loop over one text: `next(from)` is the match the whole
 * RegExp's exec() would give with lastIndex `from` (null when none is left).
 */
export type PartMatches = (from: number) => RegExpExecArray | null;

/**
 * The matcher over `parts`: `(text) => next` for one text (see PartMatches). Each part's RegExp is
 * made on the first text that holds one of its first characters, and compiled to machine code
 * for that text's width (nativeWarmer).
 */
export function createPartMatcher(parts: readonly MatchPart[]): (text: string) => PartMatches {
  const list = parts.map((p) => ({
    holds: new RegExp(`[${p.firsts}]`),
    source: p.source,
    re: undefined as RegExp | undefined,
    warm: undefined as ((subject: string) => void) | undefined,
  }));
  return (text) => {
    const scans: RegExp[] = [];
    for (const p of list) {
      if (!p.holds.test(text)) continue;
      p.re ??= new RegExp(p.source, 'g');
      p.warm ??= nativeWarmer(p.re);
      p.warm(text);
      scans.push(p.re);
    }
    // Each part's last match: one that starts at or after `from` is still that part's leftmost.
    const pending: (RegExpExecArray | null | undefined)[] = scans.map(() => undefined);
    return (from) => {
      let best: RegExpExecArray | null = null;
      for (let i = 0; i < scans.length; i++) {
        let m = pending[i];
        if (m === undefined || (m !== null && m.index < from)) {
          const re = scans[i]!;
          re.lastIndex = from;
          pending[i] = m = from > text.length ? null : re.exec(text);
        }
        if (m != null && (best === null || m.index < best.index)) best = m;
      }
      return best;
    };
  };
}
