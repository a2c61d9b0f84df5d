// A stand-in for the CSS Custom Highlight API (happy-dom has none): the registry is a Map, a
// Highlight a Set of ranges with a priority, as in the browser. Unit tests of the painter and of
// what drives it read the registry the way a page (or an E2E test) reads `CSS.highlights`.
import type { HighlightApi, OwnHighlight } from '@/page/highlight-api';

export interface FakeHighlightApi extends HighlightApi {
  registry: Map<string, Set<AbstractRange>>;
}

export function fakeHighlightApi(): FakeHighlightApi {
  return {
    registry: new Map(),
    create: () => Object.assign(new Set<AbstractRange>(), { priority: 0 }) as OwnHighlight,
  };
}

/** The text of each range registered under `name`, in insertion order. */
export function rangeTexts(api: HighlightApi, name: string): string[] {
  return [...(api.registry.get(name) ?? [])].map((r) => (r as Range).toString());
}
