import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { Highlighter } from '@/page/highlighter';
import { matcher } from '@/detect/match';
import { Scanner } from '@/page/scanner';
import { ManualHost } from '@@/tests/support/manual-host';

// What React and Preact do to the text nodes they own, at random, on a page the extension marks:
// set a node's text, remove it, insert a new node before one of theirs (React) or before the DOM
// nextSibling of one of theirs (Preact: that sibling may be our mark), move one, insert an
// element. After every operation (and the scanner catching up) the page's text must be exactly
// what the framework means, with its nodes in its order.

const TEXTS = [
  'Talks in Baku',
  'Israel and Azerbaijan',
  ' signed. ',
  "SOCAR's deal",
  'nothing',
  '',
  'Baku',
  'Israel',
  'State Oil Company of Azerbaijan Republic',
  'Bakı ve İsrail',
];

type Op =
  | { kind: 'set'; at: number; text: string }
  | { kind: 'remove'; at: number }
  | { kind: 'insert'; at: number; text: string; preact: boolean }
  | { kind: 'move'; from: number; to: number }
  | { kind: 'element'; at: number; text: string };

const text = fc.constantFrom(...TEXTS);
const at = fc.nat(20);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at, text }),
  fc.record({ kind: fc.constant('remove' as const), at }),
  fc.record({ kind: fc.constant('insert' as const), at, text, preact: fc.boolean() }),
  fc.record({ kind: fc.constant('move' as const), from: at, to: at }),
  fc.record({ kind: fc.constant('element' as const), at, text }),
);

/** True when `t` is exactly one mention, all of it (`<b>Baku</b>`'s text). */
function isWholeMention(t: string): boolean {
  const found = matcher.find(t);
  return found.length === 1 && found[0]!.text === t;
}

let scanner: Scanner | undefined;
afterEach(() => {
  scanner?.destroy();
  scanner = undefined;
  document.body.innerHTML = '';
});

describe('a framework re-rendering marked text (fast-check)', () => {
  it('the page always shows exactly the framework’s text, its nodes in its order', () => {
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 5 }),
        fc.array(op, { maxLength: 12 }),
        (initial, ops) => {
          scanner?.destroy();
          document.body.innerHTML = '<div id="c"></div>';
          const c = document.getElementById('c')!;
          // The framework's own nodes and what each should show.
          const nodes: Node[] = initial.map((t) => document.createTextNode(t));
          const want: string[] = [...initial];
          c.append(...nodes);
          scanner = new Scanner(document, new Highlighter(), { host: new ManualHost(), locate: () => 0 });
          scanner.start();
          scanner.flush();
          const check = (step: string) => {
            expect(c.textContent, step).toBe(want.join(''));
            const order = [...c.childNodes].filter((n) => nodes.includes(n));
            expect(order, step).toEqual(nodes);
          };
          check('initial');
          for (const o of ops) {
            const n = nodes.length;
            switch (o.kind) {
              case 'set': {
                if (n === 0) continue;
                const i = o.at % n;
                const node = nodes[i]!;
                if (node.nodeType === 3) (node as Text).data = o.text;
                else node.textContent = o.text;
                want[i] = o.text;
                break;
              }
              case 'remove': {
                if (n === 0) continue;
                const i = o.at % n;
                // A node whose whole text is one mention is left empty by marking; removing it looks
                // exactly like normalize() removing an empty text node, and a repair keeps the mark's
                // text then (docs/adr/0011-element-marks.md): no framework case here.
                if (isWholeMention(want[i]!)) continue;
                c.removeChild(nodes[i]!);
                nodes.splice(i, 1);
                want.splice(i, 1);
                break;
              }
              case 'insert':
              case 'element': {
                const i = o.at % (n + 1);
                const node =
                  o.kind === 'element'
                    ? Object.assign(document.createElement('b'), { textContent: o.text })
                    : document.createTextNode(o.text);
                // React: before its own next node. Preact: before the previous node's DOM nextSibling.
                const ref =
                  o.kind === 'insert' && o.preact && i > 0 ? nodes[i - 1]!.nextSibling : (nodes[i] ?? null);
                c.insertBefore(node, ref);
                nodes.splice(i, 0, node);
                want.splice(i, 0, o.text);
                break;
              }
              case 'move': {
                if (n < 2) continue;
                const from = o.from % n;
                const to = o.to % n;
                if (from === to) continue;
                const [node] = nodes.splice(from, 1);
                const [w] = want.splice(from, 1);
                const ref = nodes[to] ?? null;
                c.insertBefore(node!, ref);
                nodes.splice(to, 0, node!);
                want.splice(to, 0, w!);
                break;
              }
            }
            scanner.flush();
            check(JSON.stringify(o));
          }
        },
      ),
      { numRuns: 300 },
    );
    // 300 runs take about 3 s alone; on a loaded machine the 5 s default is not enough.
  }, 60_000);
});
