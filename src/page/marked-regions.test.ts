import { describe, expect, it } from 'vitest';
import { Highlighter } from '@/page/highlighter';
import { HUGE_TEXT_CHARS } from '@/utils/timings';

function para(text: string): { p: HTMLParagraphElement; t: Text } {
  document.body.innerHTML = '';
  const p = document.createElement('p');
  const t = document.createTextNode(text);
  p.append(t);
  document.body.append(p);
  return { p, t };
}

const marksIn = (root: ParentNode) => root.querySelectorAll('mark').length;

describe('Highlighter regions: the page rewrites text we split', () => {
  it('the page sets the split node’s text (React, Preact): exactly that text remains', () => {
    const { p, t } = para('Officials from Azerbaijan met in Baku today');
    const h = new Highlighter();
    expect(h.markAll(p)).toHaveLength(2);
    expect(t.data).toBe('Officials from ');
    t.data = 'The minister left Israel';
    const r = h.repair(t);
    expect(r?.rescan).toEqual([t]);
    expect(r?.parent).toBe(p);
    expect([...p.childNodes]).toEqual([t]);
    expect(p.textContent).toBe('The minister left Israel');
    h.markAll(p);
    expect(p.textContent).toBe('The minister left Israel');
    expect(marksIn(p)).toBe(1);
  });

  it('a mention that starts the page’s text node leaves no empty node: the page’s node follows the mark', () => {
    const { p, t } = para('Israel and Baku');
    const h = new Highlighter();
    h.markAll(p);
    expect([...p.childNodes].map((n) => n.textContent)).toEqual(['Israel', ' and ', 'Baku']);
    expect(p.childNodes[1]).toBe(t);
    for (const n of p.childNodes) expect(n.textContent).not.toBe('');
    t.data = 'Nothing here';
    h.repair(t, false, true);
    expect([...p.childNodes]).toEqual([t]);
    expect(p.textContent).toBe('Nothing here');
    h.markAll(p);
    h.unmarkAll(document);
    expect([...p.childNodes]).toEqual([t]);
  });

  it('no empty piece is left after a mention that ends a text node, nor between marks', () => {
    for (const text of ['Talks in Baku', 'SOCAR', 'Baku, Israel', 'in Azerbaijan/Israel']) {
      const { p, t } = para(text);
      const h = new Highlighter();
      expect(h.markAll(p).length).toBeGreaterThan(0);
      const empty = [...p.childNodes].filter((n) => n.nodeType === 3 && (n as Text).data === '' && n !== t);
      expect(empty, text).toEqual([]);
      expect(p.textContent).toBe(text);
      h.unmarkAll(document);
      expect([...p.childNodes]).toEqual([t]);
      expect(t.data).toBe(text);
    }
  });

  it('the page removes the split node (a framework unmounting it): our pieces go too', () => {
    document.body.innerHTML = '<p><b>before</b></p>';
    const p = document.body.firstElementChild!;
    const t = document.createTextNode('News from Baku and more');
    const after = document.createElement('i');
    after.textContent = 'after';
    p.append(t, after);
    const h = new Highlighter();
    h.markAll(p);
    t.remove();
    const r = h.repair(t);
    expect(r?.rescan).toEqual([]);
    expect(p.innerHTML).toBe('<b>before</b><i>after</i>');
  });

  it('the page inserts its node right after the split node (Preact uses nextSibling): text stays in order', () => {
    const { p, t } = para('Visit Baku today');
    const h = new Highlighter();
    h.markAll(p);
    const x = document.createTextNode('!');
    // Preact places the next child before `t.nextSibling`, which is now our mark.
    p.insertBefore(x, t.nextSibling);
    expect(p.textContent).toBe('Visit !Baku today'); // the corruption a repair must undo
    h.repair(t);
    expect([...p.childNodes]).toEqual([t, x]);
    expect(p.textContent).toBe('Visit Baku today!');
  });

  it('the page moves the split node alone: it takes its whole text along', () => {
    const { p, t } = para('SOCAR and Baku signed');
    const other = document.createElement('div');
    document.body.append(other);
    const h = new Highlighter();
    h.markAll(p);
    other.append(t);
    h.repair(t);
    expect(other.textContent).toBe('SOCAR and Baku signed');
    expect(p.textContent).toBe('');
  });

  it('a region moved whole (its element moved) is intact: nothing to repair', () => {
    const { p, t } = para('Israel and Azerbaijan');
    const h = new Highlighter();
    h.markAll(p);
    const other = document.createElement('section');
    document.body.prepend(other);
    other.append(p);
    expect(h.isIntact(t)).toBe(true);
    expect(h.repair(t)).toBeNull();
    expect(marksIn(p)).toBe(2);
  });

  it('the page deletes a mark: what it deleted stays deleted, the rest is plain text', () => {
    const { p, t } = para('From Baku to Israel and back');
    const h = new Highlighter();
    h.markAll(p);
    p.querySelector('mark')!.remove();
    const r = h.repair(t);
    expect(p.textContent).toBe('From  to Israel and back');
    expect(marksIn(p)).toBe(0);
    expect(r?.rescan.length).toBeGreaterThan(0);
    expect(h.current(document)).toEqual([]);
  });

  it('the page unwraps a mark into its own text node: the text is intact', () => {
    const { p, t } = para('From Baku to Israel and back');
    const h = new Highlighter();
    h.markAll(p);
    const m = p.querySelector('mark')!;
    m.replaceWith(document.createTextNode(m.textContent!));
    h.repair(t);
    expect(p.textContent).toBe('From Baku to Israel and back');
    expect(marksIn(p)).toBe(0);
  });

  it('the page edits the text inside a mark: the original gets the edited text back', () => {
    const { p, t } = para('Meet in Baku now');
    const h = new Highlighter();
    h.markAll(p);
    (p.querySelector('mark')!.firstChild as Text).data = 'Bakı';
    h.repair(t);
    expect([...p.childNodes]).toEqual([t]);
    expect(t.data).toBe('Meet in Bakı now');
  });

  it('unmark() of one mark merges exactly its text back; unmarkAll() restores the same node', () => {
    const { p, t } = para('Azerbaijan, Israel and Baku');
    const h = new Highlighter();
    const marks = h.markAll(p);
    expect(marks).toHaveLength(3);
    h.unmark(marks[1]!);
    expect(p.textContent).toBe('Azerbaijan, Israel and Baku');
    expect(marksIn(p)).toBe(2);
    expect(h.isIntact(t)).toBe(true);
    h.unmarkAll(document);
    expect([...p.childNodes]).toEqual([t]);
    expect(t.data).toBe('Azerbaijan, Israel and Baku');
  });

  it('unmark() of the first mark, when the page’s node follows it, gives that node its text back', () => {
    const { p, t } = para('Baku and Israel met');
    const h = new Highlighter();
    const [baku] = h.markAll(p);
    expect(p.childNodes[1]).toBe(t);
    h.unmark(baku!);
    expect(p.firstChild).toBe(t);
    expect(t.data).toBe('Baku and ');
    expect(h.isIntact(t)).toBe(true);
    expect(p.textContent).toBe('Baku and Israel met');
    h.unmarkAll(document);
    expect([...p.childNodes]).toEqual([t]);
    expect(t.data).toBe('Baku and Israel met');
  });

  it('marking a region again after the page rewrote it never builds on stale pieces', () => {
    const { p, t } = para('Baku then Israel');
    const h = new Highlighter();
    h.markAll(p);
    t.data = 'Now Azerbaijan';
    // No explicit repair: markTextNodes repairs the region it is about to touch.
    h.markTextNodes([t]);
    expect(p.textContent).toBe('Now Azerbaijan');
    expect(marksIn(p)).toBe(1);
  });

  it('a translator replaces every text node, ours too, with <font><font>…: every word stays', () => {
    const { p, t } = para('Talks in Baku continue');
    const h = new Highlighter();
    h.markAll(p);
    const texts = [...p.childNodes].flatMap((n) =>
      n.nodeType === 3 ? [n as Text] : ([...n.childNodes] as Text[]),
    );
    for (const x of texts) {
      const outer = document.createElement('font');
      outer.append(Object.assign(document.createElement('font'), { textContent: x.data.toUpperCase() }));
      x.replaceWith(outer);
    }
    const r = h.repair(t);
    expect(p.textContent).toBe('TALKS IN BAKU CONTINUE');
    expect(p.querySelector('mark')).toBeNull();
    expect(p.querySelectorAll('font')).toHaveLength(6);
    expect(r?.rescan.length).toBeGreaterThan(0);
  });

  it('the page unwraps its search hits and calls normalize(): no word is lost, wherever the mention is', () => {
    for (const [html, text] of [
      ['Baku hosted the <span>pipeline</span> talks.', 'Baku hosted the pipeline talks.'],
      ['<span>Pipeline</span> news from SOCAR', 'Pipeline news from SOCAR'],
      ['The <span>pipeline</span> from Azerbaijan to Israel.', 'The pipeline from Azerbaijan to Israel.'],
    ] as const) {
      document.body.innerHTML = `<p>${html}</p>`;
      const p = document.body.firstElementChild!;
      const origins = [...p.childNodes].filter((n) => n.nodeType === 3) as Text[];
      const h = new Highlighter();
      expect(h.markAll(p).length).toBeGreaterThan(0);
      for (const hit of p.querySelectorAll('span')) hit.replaceWith(...hit.childNodes);
      p.normalize();
      for (const o of origins) h.repair(o);
      expect(p.textContent, html).toBe(text);
    }
  });

  it('a text node that is one mention, whole, removed by normalize() (it is empty): the mark’s text stays', () => {
    document.body.innerHTML = '<p><a href="#x">Israel</a></p>';
    const a = document.querySelector('a')!;
    const t = a.firstChild as Text;
    const h = new Highlighter();
    h.markAll(a);
    expect(t.data).toBe('');
    a.normalize();
    expect(t.parentNode).toBeNull();
    h.repair(t);
    expect(a.textContent).toBe('Israel');
    expect(a.querySelector('mark')).toBeNull();
  });

  it('a huge text node is cut into chunks, marked, and put back whole by unmarkAll', () => {
    const unit = 'Lorem ipsum dolor sit amet, talks in Baku went on. ';
    const text = unit.repeat(Math.ceil((HUGE_TEXT_CHARS * 3) / unit.length));
    const { p, t } = para(text);
    const h = new Highlighter();
    const marks = h.markAll(p);
    expect(marks.length).toBe(text.split('Baku').length - 1);
    expect(p.textContent).toBe(text);
    h.unmarkAll(document);
    expect([...p.childNodes]).toEqual([t]);
    expect(t.data).toBe(text);
  });

  it('a huge text node the page then replaces leaves none of our chunks behind', () => {
    const text = 'word '.repeat(HUGE_TEXT_CHARS / 2) + 'Israel.';
    const { p, t } = para(text);
    const h = new Highlighter();
    h.markAll(p);
    expect(p.childNodes.length).toBeGreaterThan(2);
    t.data = 'short';
    h.repair(t);
    expect([...p.childNodes]).toEqual([t]);
  });

  it('text nodes split into chunks keep surrogate pairs whole', () => {
    const text = '😀'.repeat(HUGE_TEXT_CHARS) + ' Baku';
    const { p } = para(text);
    const h = new Highlighter();
    h.markAll(p);
    for (const n of p.childNodes) {
      const s = n.textContent!;
      const first = s.charCodeAt(0);
      expect(first >= 0xdc00 && first <= 0xdfff, 'a chunk starts with a low surrogate').toBe(false);
    }
    expect(p.textContent).toBe(text);
  });
});
