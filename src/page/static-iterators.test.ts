// The static stand-in for document.createNodeIterator while mark.js runs (src/page/static-iterators.ts):
// over a text node it yields that node once, anything else goes to the browser's, and the document
// is as before afterwards, also when the run throws.
import { describe, expect, it } from 'vitest';
import { withStaticIterators } from '@/page/static-iterators';

describe('withStaticIterators', () => {
  it('an iterator over a text node yields it once, forwards and back', () => {
    const t = document.createTextNode('Baku');
    const seen = withStaticIterators(() => {
      const it = document.createNodeIterator(t, NodeFilter.SHOW_TEXT);
      return [it.nextNode(), it.nextNode(), it.previousNode(), it.previousNode()];
    });
    expect(seen).toEqual([t, null, t, null]);
  });

  it('a filter that rejects the node leaves the iterator empty', () => {
    const t = document.createTextNode('Baku');
    const first = withStaticIterators(() =>
      document.createNodeIterator(t, NodeFilter.SHOW_TEXT, () => NodeFilter.FILTER_REJECT).nextNode(),
    );
    expect(first).toBeNull();
  });

  it('an iterator over an element is the browser’s, and the document’s own method is back afterwards', () => {
    const p = document.createElement('p');
    p.append('Israel', document.createElement('b'), 'Baku');
    const texts = withStaticIterators(() => {
      const it = document.createNodeIterator(p, NodeFilter.SHOW_TEXT);
      const out: (string | null)[] = [];
      for (let n = it.nextNode(); n; n = it.nextNode()) out.push(n.textContent);
      return out;
    });
    expect(texts).toEqual(['Israel', 'Baku']);
    expect(Object.prototype.hasOwnProperty.call(document, 'createNodeIterator')).toBe(false);
    expect(() =>
      withStaticIterators(() => {
        throw new Error('mark.js failed');
      }),
    ).toThrow('mark.js failed');
    expect(Object.prototype.hasOwnProperty.call(document, 'createNodeIterator')).toBe(false);
    expect(document.createNodeIterator(document.createTextNode('x')).nextNode()).not.toBeNull();
  });
});
