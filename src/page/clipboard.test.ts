import { afterEach, describe, expect, it } from 'vitest';
import { cleanCopyData, cleanElementHtml, onCopy, onDragStart } from '@/page/clipboard';
import { Highlighter } from '@/page/highlighter';

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  document.body.replaceChildren();
});

function select(node: Node, from?: [Node, number], to?: [Node, number]): Selection {
  const sel = document.getSelection()!;
  sel.removeAllRanges();
  const r = document.createRange();
  if (from && to) {
    r.setStart(...from);
    r.setEnd(...to);
  } else r.selectNodeContents(node);
  sel.addRange(r);
  return sel;
}

describe('copying a selection that holds our card host (a modal dialog open)', () => {
  /** The page's dialog, with our host inside it as the card puts it there, and the host's closed root. */
  function dialogWithHost(inner: string): { dialog: HTMLElement; host: HTMLElement } {
    document.body.innerHTML = `<p>Before</p><dialog open>${inner}</dialog><p>After</p>`;
    const dialog = document.querySelector('dialog')!;
    const host = document.createElement('div');
    host.setAttribute('popover', 'manual');
    host.attachShadow({ mode: 'closed' }).append('card text');
    const slot = dialog.querySelector('#slot');
    if (slot) slot.replaceWith(host);
    else dialog.append(host);
    return { dialog, host };
  }

  it('painted (no marks): the HTML has no trace of the host; the text is the selection’s', () => {
    const { dialog, host } = dialogWithHost('<h2>Baku</h2><p>Terms <i>apply</i>.</p>');
    const data = cleanCopyData(select(dialog), [host]);
    expect(data).toEqual({ html: '<h2>Baku</h2><p>Terms <i>apply</i>.</p>', text: 'BakuTerms apply.' });
  });

  it('a selection from inside one element to inside another, the host nested between them', () => {
    const { host } = dialogWithHost(
      '<div><p id="a">One <b>two</b></p><section><span id="slot"></span><p>three</p></section><p id="z">four five</p></div>',
    );
    const a = document.querySelector('#a b')!.firstChild!;
    const z = document.querySelector('#z')!.firstChild!;
    const data = cleanCopyData(select(document.body, [a, 1], [z, 4]), [host]);
    expect(data!.html).toBe('<p id="a"><b>wo</b></p><section><p>three</p></section><p id="z">four</p>');
    expect(data!.html).not.toMatch(/popover/);
  });

  it('with element marks too; and a selection that leaves the host out is the browser’s own copy', () => {
    const { dialog, host } = dialogWithHost('<p>Talks in Baku</p>');
    new Highlighter().markAll(dialog);
    expect(cleanCopyData(select(dialog), [host])).toEqual({
      html: '<p>Talks in Baku</p>',
      text: 'Talks in Baku',
    });
    document.querySelector('.brieflight-mark')!.replaceWith('Baku');
    expect(cleanCopyData(select(dialog.querySelector('p')!), [host])).toBeNull();
  });

  it('a page element that looks like the host is the page’s, and is copied', () => {
    const { dialog } = dialogWithHost('<p>Baku</p><div popover="manual"></div>');
    expect(cleanCopyData(select(dialog), [])).toBeNull();
  });
});

describe('copying a selection that holds element marks', () => {
  it('the HTML is the page’s own markup, without a trace of our marks; the text is the selection’s', () => {
    document.body.innerHTML =
      '<article><p id="p">Talks in <b>Baku</b> and with Israel went on.</p><p>SOCAR said so.</p></article>';
    const article = document.querySelector('article')!;
    const pageHtml = article.innerHTML;
    const h = new Highlighter();
    expect(h.markAll(document.body)).toHaveLength(3);
    const data = cleanCopyData(select(article));
    expect(data).not.toBeNull();
    expect(data!.html).toBe(pageHtml);
    expect(data!.html).not.toMatch(/mark|brieflight/);
    expect(data!.text).toBe('Talks in Baku and with Israel went on.SOCAR said so.');
  });

  it('a selection that starts or ends inside a mark, or lies within one, leaves no mark either', () => {
    document.body.innerHTML = '<p>From Azerbaijan to Israel today</p>';
    const h = new Highlighter();
    const [az, il] = h.markAll(document.body);
    const partial = cleanCopyData(select(document.body, [az!.firstChild!, 3], [il!.firstChild!, 2]));
    expect(partial).toEqual({ html: 'rbaijan to Is', text: 'rbaijan to Is' });
    const inside = cleanCopyData(select(document.body, [az!.firstChild!, 1], [az!.firstChild!, 4]));
    expect(inside).toEqual({ html: 'zer', text: 'zer' });
  });

  it('an element the page named like ours is the page’s: copied with its text (our host is known by identity, not by name)', () => {
    document.body.innerHTML = '<p>Talks in Baku.</p><brieflight-card>page text</brieflight-card>';
    new Highlighter().markAll(document.body);
    expect(cleanCopyData(select(document.body))).toEqual({
      html: '<p>Talks in Baku.</p><brieflight-card>page text</brieflight-card>',
      text: 'Talks in Baku.page text',
    });
  });

  it('without our marks in the selection, the browser’s own copy stands (page-made marks are the page’s)', () => {
    document.body.innerHTML =
      '<p><mark class="brieflight-mark" data-brieflight-entity="baku">Baku</mark> and Israel</p>';
    expect(cleanCopyData(select(document.querySelector('mark')!))).toBeNull();
    expect(cleanCopyData(null)).toBeNull();
  });

  it('ignores copy events the page dispatches, and ones a page handler already took over', () => {
    document.body.innerHTML = '<p>Israel</p>';
    new Highlighter().markAll(document.body);
    select(document.body);
    const synthetic = new Event('copy') as ClipboardEvent;
    expect(onCopy(synthetic)).toBe(false);
    expect(synthetic.defaultPrevented).toBe(false);
  });

  it('a dragged link holding our marks carries its own markup only; one without them, nothing of ours to clean', () => {
    document.body.innerHTML =
      '<p><a href="https://example.org/x" id="l">News from <i>Baku</i> and Israel</a> <a href="#y" id="plain">plain</a></p>';
    const h = new Highlighter();
    expect(h.markAll(document.body)).toHaveLength(2);
    expect(cleanElementHtml(document.getElementById('l')!)).toBe(
      '<a href="https://example.org/x" id="l">News from <i>Baku</i> and Israel</a>',
    );
    expect(cleanElementHtml(document.getElementById('plain')!)).toBeNull();
    const inside = document.querySelector('i mark')!;
    expect(cleanElementHtml(inside)).toBe('Baku');
  });

  it('ignores drags the page starts itself', () => {
    document.body.innerHTML = '<p><a href="#x" id="l">Israel</a></p>';
    new Highlighter().markAll(document.body);
    const synthetic = new Event('dragstart') as DragEvent;
    expect(onDragStart(synthetic)).toBe(false);
  });
});
