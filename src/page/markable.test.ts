// Where text may be marked (src/page/markable.ts): the excluded list itself is checked against every
// reader in excluded.test.ts; here, what isMarkable() adds (our marks, shadow roots, detached text).
import { afterEach, describe, expect, it } from 'vitest';
import { MARK_CLASS } from '@/page/dom-contract';
import { isMarkable } from '@/page/markable';

afterEach(() => {
  document.body.innerHTML = '';
});

const textIn = (el: Element): Text => el.appendChild(document.createTextNode('Baku'));

describe('isMarkable', () => {
  it('text of running prose may be marked, also deep inside inline elements', () => {
    const p = document.body.appendChild(document.createElement('p'));
    expect(isMarkable(textIn(p))).toBe(true);
    expect(
      isMarkable(textIn(p.appendChild(document.createElement('b')).appendChild(document.createElement('i')))),
    ).toBe(true);
  });

  it('text anywhere inside an excluded element, or inside one of our marks, may not', () => {
    const code = document.body.appendChild(document.createElement('code'));
    expect(isMarkable(textIn(code.appendChild(document.createElement('span'))))).toBe(false);
    const mark = document.body.appendChild(document.createElement('mark'));
    mark.className = MARK_CLASS;
    expect(isMarkable(textIn(mark))).toBe(false);
    // A page's own <mark> is the page's text.
    expect(isMarkable(textIn(document.body.appendChild(document.createElement('mark'))))).toBe(true);
  });

  it('text directly in a shadow root may be marked; text with no parent may not', () => {
    const host = document.body.appendChild(document.createElement('div'));
    const sr = host.attachShadow({ mode: 'open' });
    expect(isMarkable(sr.appendChild(document.createTextNode('Baku')))).toBe(true);
    expect(isMarkable(document.createTextNode('Baku'))).toBe(false);
  });
});
