import { afterEach, describe, expect, it } from 'vitest';
import { BOUNDARY_TAGS, everyElementBetween } from '@/page/boundary-tags';

afterEach(() => document.body.replaceChildren());

const inline = (el: Element) => !BOUNDARY_TAGS.has(el.localName);
/** The non-empty text nodes of the body, in document order. */
function texts(): Text[] {
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let n = w.nextNode(); n; n = w.nextNode()) if ((n as Text).length > 0) out.push(n as Text);
  return out;
}

describe('everyElementBetween', () => {
  it.each([
    ['<p><b>Azer</b>baijan</p>', true],
    ['<p><span>B</span><span>a</span></p>', true],
    ['<p>Aser<wbr>baidschan</p>', true],
    ['<p>Azer</p><p>baijan</p>', false],
    ['<p>Azer<br>baijan</p>', false],
    ['<ul><li>Home</li><li>News</li></ul>', false],
    ['<p>Azer<span><i></i><b></b></span>baijan</p>', true],
  ])('%s: %s', (html, expected) => {
    document.body.innerHTML = html;
    const [a, b] = texts();
    expect(everyElementBetween(a!, b!, inline)).toBe(expected);
  });

  it('asks about every element left or entered, and no other', () => {
    document.body.innerHTML = '<div><p><i><b>Azer</b></i><span><em>bai</em></span></p><p>x</p></div>';
    const [a, b] = texts();
    const asked: string[] = [];
    everyElementBetween(a!, b!, (el) => (asked.push(el.localName), true));
    expect(asked).toEqual(['b', 'i', 'span', 'em']);
  });

  it('a shadow root, left, ends the walk', () => {
    const host = document.createElement('div');
    document.body.append(host, 'after');
    const root = host.attachShadow({ mode: 'open' });
    root.append('inside');
    expect(everyElementBetween(root.firstChild as Text, document.body.lastChild as Text, () => true)).toBe(
      false,
    );
  });
});
