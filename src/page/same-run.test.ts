// runAround() and sameRun() on their own: which neighbouring text nodes are read as one inline run
// (moved from scanner.runs.test.ts, which tests the scanner reading such runs).
import { describe, expect, it } from 'vitest';
import { runAround, sameRun } from '@/page/same-run';

function texts(root: Node = document.body): Text[] {
  const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n as Text);
  return out;
}

describe('runAround / sameRun', () => {
  it('gives the glued neighbours, or the node alone when an edge is no letter', () => {
    document.body.innerHTML = '<p>Go <b>Azer</b>baijan, <i>x</i> y</p>';
    const [go, azer, baijan, x, y] = texts();
    expect(runAround(azer!)).toEqual([azer, baijan]);
    expect(runAround(baijan!)).toEqual([azer, baijan]);
    expect(runAround(go!)).toEqual([go]);
    expect(runAround(x!)).toEqual([x]);
    expect(sameRun(go!, azer!)).toBe(true);
    expect(runAround(y!)).toEqual([y]);
  });
});
