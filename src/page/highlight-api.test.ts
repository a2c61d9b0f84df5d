// browserHighlightApi() (src/page/highlight-api.ts) on the shapes a window may have: no Custom
// Highlight API (element marks then), the API, and the API with highlightsFromPoint.
import { describe, expect, it } from 'vitest';
import { browserHighlightApi } from '@/page/highlight-api';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

const asWindow = (w: object) => w as unknown as Window;

describe('browserHighlightApi', () => {
  it('is undefined where the window has no registry or no Highlight', () => {
    expect(browserHighlightApi(asWindow({}))).toBeUndefined();
    expect(browserHighlightApi(asWindow({ CSS: { highlights: new Map() } }))).toBeUndefined();
    expect(browserHighlightApi(asWindow({ Highlight: FakeHighlight }))).toBeUndefined();
  });

  it('gives the window’s registry and makes its Highlights; no fromPoint where the browser has none', () => {
    const registry = new Map<string, Set<AbstractRange>>();
    const api = browserHighlightApi(asWindow({ CSS: { highlights: registry }, Highlight: FakeHighlight }))!;
    expect(api.registry).toBe(registry);
    expect(api.create()).toBeInstanceOf(FakeHighlight);
    expect(api.fromPoint).toBeUndefined();
  });

  it('calls highlightsFromPoint on the registry, with the shadow roots only when there are some', () => {
    const calls: { self: unknown; args: unknown[] }[] = [];
    const registry = Object.assign(new Map<string, Set<AbstractRange>>(), {
      highlightsFromPoint(this: unknown, ...args: unknown[]) {
        calls.push({ self: this, args });
        return [];
      },
    });
    const api = browserHighlightApi(asWindow({ CSS: { highlights: registry }, Highlight: FakeHighlight }))!;
    const sr = document.createElement('div').attachShadow({ mode: 'open' });
    api.fromPoint!(1, 2, []);
    api.fromPoint!(3, 4, [sr]);
    expect(calls).toEqual([
      { self: registry, args: [1, 2, undefined] },
      { self: registry, args: [3, 4, { shadowRoots: [sr] }] },
    ]);
  });
});
