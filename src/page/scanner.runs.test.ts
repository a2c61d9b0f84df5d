// Names split over inline elements (issue 13): the scanner reads inline runs where text nodes
// touch letter to letter; painted, a mention is one range across the nodes; with element marks,
// one mark per piece, all of them one mention.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeHighlightApi, rangeTexts } from '@@/tests/support/highlights';
import { Highlighter } from '@/page/highlighter';
import { MarkSource } from '@/page/mark-source';
import { Painter } from '@/page/paint';
import { Scanner } from '@/page/scanner';
import { ManualHost } from '@@/tests/support/manual-host';

let scanner: Scanner | undefined;
afterEach(() => {
  scanner?.destroy();
  scanner = undefined;
  document.body.innerHTML = '';
});

function texts(root: Node = document.body): Text[] {
  const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n as Text);
  return out;
}

function painted(html: string) {
  document.body.innerHTML = html;
  const api = fakeHighlightApi();
  const painter = new Painter(document, api);
  const highlighter = new Highlighter();
  const onChange = vi.fn();
  scanner = new Scanner(document, highlighter, {
    painter,
    host: new ManualHost(),
    locate: () => 0,
    onChange,
  });
  scanner.start();
  /** Every painted mention as [entity, text], in document order. */
  const shown = () => painter.all().map((m) => [m.entity, m.range.toString()]);
  return { api, painter, shown, scanner };
}

function marked(html: string) {
  document.body.innerHTML = html;
  const highlighter = new Highlighter();
  scanner = new Scanner(document, highlighter, { host: new ManualHost(), locate: () => 0 });
  const before = texts();
  const beforeHtml = document.body.innerHTML;
  scanner.start();
  const source = new MarkSource(document, highlighter);
  const pieces = () =>
    [...document.querySelectorAll('mark.brieflight-mark')].map((m) => [
      m.getAttribute('data-brieflight-entity'),
      m.textContent,
    ]);
  const shown = () => source.all().map((m) => [m.entity, m.range.toString()]);
  return { highlighter, source, pieces, shown, before, beforeHtml, scanner };
}

/** Each split case: the page's HTML, the mention a reader marks, and the pieces element marks make. */
const SPLIT: { name: string; html: string; mention: [string, string]; pieces: [string, string][] }[] = [
  {
    name: 'bold part of a word (search suggestions)',
    html: '<p>Search: <b>Azer</b>baijan tours</p>',
    mention: ['azerbaijan', 'Azerbaijan'],
    pieces: [
      ['azerbaijan', 'Azer'],
      ['azerbaijan', 'baijan'],
    ],
  },
  {
    name: 'a floated drop cap',
    html: '<p><span class="dropcap" style="float:left">I</span>srael\'s coast</p>',
    mention: ['israel', "Israel's"],
    pieces: [
      ['israel', 'I'],
      ['israel', "srael's"],
    ],
  },
  {
    name: 'one span per letter',
    html: '<p><span>B</span><span>a</span><span>k</span><span>u</span> metro</p>',
    mention: ['baku', 'Baku'],
    pieces: [
      ['baku', 'B'],
      ['baku', 'a'],
      ['baku', 'k'],
      ['baku', 'u'],
    ],
  },
  {
    name: 'a <wbr> inside the name',
    html: '<p>Aserbaid<wbr>schan.</p>',
    mention: ['azerbaijan', 'Aserbaidschan'],
    pieces: [
      ['azerbaijan', 'Aserbaid'],
      ['azerbaijan', 'schan'],
    ],
  },
  {
    name: 'a soft hyphen at the cut',
    html: '<p>In <i>Aser\u00AD</i>baid\u00ADschan.</p>',
    mention: ['azerbaijan', 'Aser\u00ADbaid\u00ADschan'],
    pieces: [
      ['azerbaijan', 'Aser\u00AD'],
      ['azerbaijan', 'baid\u00ADschan'],
    ],
  },
  {
    name: 'nested inline elements, Hebrew prefix',
    html: '<p dir="rtl"><a href="#"><b>ב</b></a>ישראל.</p>',
    mention: ['israel', 'בישראל'],
    pieces: [
      ['israel', 'ב'],
      ['israel', 'ישראל'],
    ],
  },
];

describe('names split over inline elements, painted', () => {
  for (const c of SPLIT) {
    it(`${c.name}: one range across the nodes, the DOM untouched`, () => {
      document.body.innerHTML = c.html;
      const before = document.body.innerHTML;
      const { shown, painter, api } = painted(c.html);
      expect(shown()).toEqual([c.mention]);
      expect(document.body.innerHTML).toBe(before);
      expect(rangeTexts(api, `brieflight-${c.mention[0]}`)).toEqual([c.mention[1]]);
      expect(painter.counts().total).toBe(1);
      // Every piece's parent holds the mention for the pointer, and the mention is the same one.
      const [m] = painter.all();
      for (const t of texts()) {
        if (!m!.range.intersectsNode(t) || t.data.trim() === '') continue;
        expect(painter.mayContain(t.parentElement!)).toBe(true);
        expect(painter.within(t.parentElement!)).toEqual([m]);
      }
    });
  }

  it('a letter in the next element ends no mention: <b>Israel</b>ites, Ba<i>kunin</i>', () => {
    const { shown } = painted('<p><b>Israel</b>ites and Ba<i>kunin</i>, then <b>Baku</b>.</p>');
    expect(shown()).toEqual([['baku', 'Baku']]);
  });

  it('blocks, line breaks, excluded and hidden elements end the run', () => {
    const { shown } = painted(
      '<ul><li>Is</li><li>rael</li></ul><p>Azer<br>baijan</p><p>Ba<code>ku</code></p><p>Is<span style="display:none">x</span>rael</p>' +
        '<nav><a style="display:block">Israel</a><a style="display:block">Baku</a></nav>',
    );
    expect(shown()).toEqual([
      ['israel', 'Israel'],
      ['baku', 'Baku'],
    ]);
  });

  it('the page rewrites one piece: the mention goes, and what the run says now is painted', () => {
    const { shown, scanner } = painted('<p>Search: <b>Azer</b>baijan tours</p>');
    const tail = document.querySelector('b')!.nextSibling as Text;
    tail.data = 'baijani tours';
    scanner.flush();
    expect(shown()).toEqual([['azerbaijan', 'Azerbaijani']]);
    document.querySelector('b')!.firstChild!.textContent = 'Bio';
    scanner.flush();
    expect(shown()).toEqual([]);
  });

  it('the page adds the first piece later: the run around the new node is read', () => {
    const { shown, scanner } = painted('<p id="p">Search: baijan tours</p>');
    expect(shown()).toEqual([]);
    const p = document.getElementById('p')!;
    const t = p.firstChild as Text;
    t.data = 'baijan tours';
    const b = document.createElement('b');
    b.textContent = 'Azer';
    p.insertBefore(b, t);
    scanner.flush();
    expect(shown()).toEqual([['azerbaijan', 'Azerbaijan']]);
  });
});

describe('names split over inline elements, element marks', () => {
  for (const c of SPLIT) {
    it(`${c.name}: one mark per piece, one mention, unmarked exactly`, () => {
      const { pieces, shown, highlighter, source, before, beforeHtml, scanner } = marked(c.html);
      expect(pieces()).toEqual(c.pieces);
      // Each piece is inside its own text node's parent.
      for (const mark of document.querySelectorAll('mark.brieflight-mark'))
        expect(mark.parentElement!.localName).not.toBe('mark');
      expect(shown()).toEqual([c.mention]);
      expect(highlighter.counts(document).total).toBe(1);
      const marks = [...document.querySelectorAll<HTMLElement>('mark.brieflight-mark')];
      const mentions = new Set(marks.map((mk) => source.mentionOf(mk)));
      expect(mentions.size).toBe(1);
      expect(source.within(document.body)).toHaveLength(1);
      expect(source.isCurrent([...mentions][0]!)).toBe(true);
      scanner.stop();
      expect(document.body.innerHTML).toBe(beforeHtml);
      expect(texts()).toEqual(before);
    });
  }

  it('a name broken by an invisible character inside one text node is one mark', () => {
    const { pieces } = marked('<p>Aser\u00ADbaid\u00ADschan und Is\u200Brael.</p>');
    expect(pieces()).toEqual([
      ['azerbaijan', 'Aser\u00ADbaid\u00ADschan'],
      ['israel', 'Is\u200Brael'],
    ]);
  });

  it('a letter in the next element ends no mention', () => {
    const { pieces } = marked('<p><b>Israel</b>ites and <b>Baku</b>.</p>');
    expect(pieces()).toEqual([['baku', 'Baku']]);
  });

  it('the page rewrites one piece: the other pieces are unwrapped too and the run read again', () => {
    const { pieces, scanner } = marked('<p>Search: <b>Azer</b>baijan tours</p>');
    document.querySelector('b mark')!.firstChild!.textContent = 'Bio';
    scanner.flush();
    expect(pieces()).toEqual([]);
    expect(document.querySelector('p')!.textContent).toBe('Search: Biobaijan tours');
  });

  it('unmark() of one piece removes the whole mention', () => {
    const { highlighter, pieces } = marked('<p>Search: <b>Azer</b>baijan tours</p>');
    expect(pieces()).toHaveLength(2);
    highlighter.unmark(document.querySelector<HTMLElement>('mark.brieflight-mark')!);
    expect(pieces()).toEqual([]);
    expect(document.querySelector('p')!.innerHTML).toBe('Search: <b>Azer</b>baijan tours');
  });
});
