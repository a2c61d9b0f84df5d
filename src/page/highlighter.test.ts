import { describe, expect, it } from 'vitest';
import { ENTITY_ATTR, MARK_CLASS } from '@/page/dom-contract';
import { Highlighter } from '@/page/highlighter';
import { MARK_TOKEN } from '@/page/mark-style';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('Highlighter', () => {
  it('wraps each mention in a contract mark and leaves the text as it was', () => {
    const body = page('<p id="p">Azerbaijan and Israel signed, said SOCAR in Baku.</p>');
    const before = body.textContent;
    const marks = new Highlighter().markAll(body);
    expect(marks.map((m) => [m.getAttribute(ENTITY_ATTR), m.textContent])).toEqual([
      ['azerbaijan', 'Azerbaijan'],
      ['israel', 'Israel'],
      ['socar', 'SOCAR'],
      ['baku', 'Baku'],
    ]);
    for (const m of marks) {
      expect(m.localName).toBe('mark');
      // The contract's class, and this page's unpredictable one that our stylesheet selects.
      expect([...m.classList]).toEqual([MARK_CLASS, MARK_TOKEN]);
      expect(m.getAttributeNames().sort()).toEqual(['class', ENTITY_ATTR]);
    }
    expect(body.textContent).toBe(before);
  });

  it('marks what the matcher finds where it refuses a match (mark.js goes on inside it)', () => {
    const text = '漢State of Israel, 漢Israel, Israel 漢Baku, Israel Adesanya and Israel.';
    const body = page(`<p>${text}</p>`);
    const marks = new Highlighter().markAll(body);
    // "of Israel", "Israel 漢Baku" and the last one; not "漢Israel", "漢Baku" or "Israel Adesanya".
    expect(marks.map((m) => m.textContent)).toEqual(['Israel', 'Israel', 'Israel']);
    expect(marks.map((m) => m.previousSibling?.textContent)).toEqual([
      '漢State of ',
      ', 漢Israel, ',
      ' 漢Baku, Israel Adesanya and ',
    ]);
    expect(body.textContent).toBe(text);
  });

  it('marks nothing inside excluded elements', () => {
    const body = page(
      '<textarea>Israel</textarea><select><option>Israel</option></select><button>Baku</button>' +
        '<div contenteditable="true"><p>Israel</p></div><code>Israel</code><pre>Baku <b>SOCAR</b></pre>' +
        '<kbd>Baku</kbd><samp>Baku</samp><p>Israel</p>',
    );
    const marks = new Highlighter().markAll(body);
    expect(marks).toHaveLength(1);
    expect(marks[0]!.parentElement!.localName).toBe('p');
    expect(body.querySelectorAll('mark')).toHaveLength(1);
  });

  it('never nests marks when marking twice', () => {
    const body = page('<p>Israel and <i>Baku</i></p>');
    const h = new Highlighter();
    h.markAll(body);
    h.markAll(body);
    expect(body.querySelectorAll('mark')).toHaveLength(2);
    expect(body.querySelector('mark mark')).toBeNull();
  });

  it('knows only its own marks: a forged mark has no entity', () => {
    const body = page(
      '<p><mark class="brieflight-mark" data-brieflight-entity="__proto__">Azerbaijan</mark></p>',
    );
    const h = new Highlighter();
    h.markAll(body);
    const forged = body.querySelector('mark')!;
    expect(h.entityOf(forged)).toBeUndefined();
    expect(h.markAt(forged.firstChild)).toBeUndefined();
    expect(body.querySelectorAll('mark')).toHaveLength(1);
  });

  it('unmarking restores the same text nodes with the same text', () => {
    const body = page('<p>Before Israel middle Baku after</p><p>Plain</p>');
    const p = body.firstElementChild!;
    const original = p.firstChild as Text;
    const html = body.innerHTML;
    const h = new Highlighter();
    h.markAll(body);
    expect(p.childNodes.length).toBeGreaterThan(1);
    h.unmarkAll();
    expect(body.innerHTML).toBe(html);
    expect(p.childNodes).toHaveLength(1);
    expect(p.firstChild).toBe(original);
  });

  it('unmarking never merges text nodes the page made itself', () => {
    const body = page('<p></p>');
    const p = body.firstElementChild!;
    // As React renders "Hello {name}": two adjacent text nodes of the page's own.
    const a = document.createTextNode('Hello ');
    const b = document.createTextNode('Israel today');
    p.append(a, b);
    const h = new Highlighter();
    h.markAll(body);
    h.unmarkAll();
    expect([...p.childNodes]).toEqual([a, b]);
    expect(b.data).toBe('Israel today');
  });
});
