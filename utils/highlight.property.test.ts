import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Highlighter, isExcluded } from '@/utils/highlight';

// Random DOM trees with random text that includes aliases, near-misses and excluded elements.
const WORDS = [
  'Israel', "Israel's", 'Israeli', 'Azerbaijan', 'AZERBAIJAN', 'SOCAR', 'Socar', 'Baku', 'Bakı', 'Израиль', 'ישראל',
  'Bakugou', 'israel', 'Israelites', 'the', 'and', 'oil', ' ', ', ', '-', '🙂', 'é', 'Defense', 'Adesanya',
];
const TAGS = ['p', 'div', 'span', 'b', 'a', 'li', 'code', 'pre', 'button', 'textarea', 'kbd', 'mark'] as const;

type Tree = string | { tag: (typeof TAGS)[number]; editable: boolean; children: Tree[] };

const textArb = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
const treeArb: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb,
    fc.record({
      tag: fc.constantFrom(...TAGS),
      editable: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
      children: fc.array(tie('tree'), { maxLength: 4 }),
    }),
  ),
})).tree;

function build(doc: Document, parent: Node, tree: Tree): void {
  if (typeof tree === 'string') {
    parent.appendChild(doc.createTextNode(tree));
    return;
  }
  // A textarea holds text only, as in a parsed page.
  const el = doc.createElement(tree.tag);
  if (tree.editable) el.setAttribute('contenteditable', 'true');
  for (const c of tree.children) {
    if (tree.tag === 'textarea' && typeof c !== 'string') continue;
    build(doc, el, c);
  }
  parent.appendChild(el);
}

/** The tree's exact shape: every node, text node boundaries included. */
function shape(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return JSON.stringify((node as Text).data);
  const el = node as Element;
  return `<${el.localName}${el.getAttribute('contenteditable') ? ' ce' : ''}>${[...node.childNodes].map(shape).join('')}</>`;
}

describe('Highlighter on random DOM trees (fast-check)', () => {
  it('marking keeps textContent, marks only outside excluded regions, and unmarking restores the exact tree', () => {
    let marked = 0;
    fc.assert(
      fc.property(fc.array(treeArb, { minLength: 1, maxLength: 5 }), (trees) => {
        document.body.replaceChildren();
        const root = document.createElement('div');
        document.body.appendChild(root);
        for (const t of trees) build(document, root, t);
        const text = root.textContent;
        const before = shape(root);
        const textNodes: Node[] = [];
        const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode(); n; n = w.nextNode()) textNodes.push(n);

        const h = new Highlighter();
        const made = h.markAll(root);
        marked += made.length;
        expect(root.textContent).toBe(text);
        for (const m of made) {
          expect(m.parentElement && isExcluded(m.parentElement)).toBe(false);
          expect(m.querySelector('mark')).toBeNull();
        }

        h.unmarkAll(root);
        expect(shape(root)).toBe(before);
        // The same text node objects, so a framework's references stay valid.
        const after: Node[] = [];
        const w2 = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = w2.nextNode(); n; n = w2.nextNode()) after.push(n);
        expect(after).toEqual(textNodes);
        expect(after.every((n, i) => n === textNodes[i])).toBe(true);
      }),
      { numRuns: 300 },
    );
    // The property is about marking: the generated trees must actually have produced marks.
    expect(marked).toBeGreaterThan(100);
  });
});
