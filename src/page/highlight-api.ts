// The Custom Highlight API as the painter uses it: the browser's (CSS.highlights, Highlight,
// highlightsFromPoint), or a test's fake. Apart from paint.ts because the element-marks mode
// (mark-source.ts) and the tests' fake speak the same shape without a Painter.

/** A `Highlight`: a set of ranges painted with the `::highlight(name)` rules of its name. */
export type OwnHighlight = Set<AbstractRange> & { priority: number };

/** The parts of the Custom Highlight API the painter uses (tests give a fake; see paint.test.ts). */
export interface HighlightApi {
  /** `CSS.highlights`: the document's registry (shared with the page, which may change it). */
  registry: Map<string, Set<AbstractRange>>;
  /** `new Highlight()`. */
  create(): OwnHighlight;
  /** `CSS.highlights.highlightsFromPoint`, where the browser has it (Chrome 140+). */
  fromPoint?(
    x: number,
    y: number,
    roots: ShadowRoot[],
  ): Set<AbstractRange>[] | { highlight: Set<AbstractRange>; ranges: AbstractRange[] }[];
}

type HighlightCtor = new () => Set<AbstractRange> & { priority: number };
interface HighlightWindow {
  CSS?: {
    highlights?: Map<string, Set<AbstractRange>> & {
      highlightsFromPoint?: (x: number, y: number, o?: object) => unknown;
    };
  };
  Highlight?: HighlightCtor;
}

/**
 * The browser's Custom Highlight API in `win`, or undefined where there is none (Firefox before
 * 140, Safari before 17.2): the content script then falls back to element marks.
 */
export function browserHighlightApi(win: Window): HighlightApi | undefined {
  const w = win as unknown as HighlightWindow;
  const registry = w.CSS?.highlights;
  const Ctor = w.Highlight;
  if (!registry || typeof Ctor !== 'function') return undefined;
  const fromPoint = registry.highlightsFromPoint;
  return {
    registry,
    create: () => new Ctor(),
    fromPoint:
      typeof fromPoint === 'function'
        ? (x, y, roots) =>
            fromPoint.call(registry, x, y, roots.length > 0 ? { shadowRoots: roots } : undefined) as {
              highlight: Set<AbstractRange>;
              ranges: AbstractRange[];
            }[]
        : undefined,
  };
}
