import { describe, expect, it } from 'vitest';
import { nextTabbable } from '@/card/tab-order';

/** happy-dom lays nothing out: every element but those given is rendered (has a box). */
function layOut(unrendered: Element[] = []) {
  for (const el of document.querySelectorAll<HTMLElement>('*')) {
    el.getClientRects = () =>
      (unrendered.includes(el) ? [] : [new DOMRect(0, 0, 10, 10)]) as unknown as DOMRectList;
  }
}

describe('nextTabbable', () => {
  it('is the next element Tab reaches after the given one, skipping what Tab skips', () => {
    document.body.innerHTML = `
      <a id="from" href="#a">News from <b><a>Baku</a></b></a>
      <a id="nohref">no href</a>
      <button id="disabled" disabled>off</button>
      <a id="minus" href="#m" tabindex="-1">skipped</a>
      <div inert><a id="inert" href="#i">inert</a></div>
      <a id="unrendered" href="#u">display none</a>
      <a id="ours" href="#o">our host</a>
      <input id="next">
      <button id="after">after</button>`;
    const ours = document.getElementById('ours')!;
    layOut([document.getElementById('unrendered')!]);
    expect(nextTabbable(document.getElementById('from')!, (el) => el === ours)?.id).toBe('next');
    expect(nextTabbable(document.getElementById('next')!)?.id).toBe('after');
    expect(nextTabbable(document.getElementById('after')!)).toBeUndefined();
  });
});
