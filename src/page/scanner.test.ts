import { afterEach, describe, expect, it, vi } from 'vitest';
import { listenersAddedOnReplace } from '@@/tests/support/document-open';
import { Highlighter } from '@/page/highlighter';
import { setPageLook } from '@/page/mark-style';
import { Painter } from '@/page/paint';
import { fakeHighlightApi, rangeTexts } from '@@/tests/support/highlights';
import { STATE_ATTR } from '@/page/dom-contract';
import { optInPageState } from '@/page/page-state';
import { Scanner, type ScannerOptions } from '@/page/scanner';
import { ManualHost } from '@@/tests/support/manual-host';
import {
  HUGE_TEXT_CHARS,
  MARK_GROUP_SIZE,
  MAX_MARKED_NODES_PER_SLICE,
  MAX_REWRITE_PAUSE_MS,
  NAVIGATION_RESET_MIN_INTERVAL_MS,
  REWRITE_LIMIT,
  REWRITE_WINDOW_MS,
  TEXT_CHUNK_CHARS,
} from '@/utils/timings';
import type { Locate } from '@/page/viewport';
import { trusted } from '@@/tests/support/events';

/** A clock that moves by `tick` ms every time it is read: slices end after a bounded amount of work. */
class TickingHost extends ManualHost {
  constructor(private readonly tick: number) {
    super();
  }
  override now(): number {
    this.time += this.tick;
    return this.time;
  }
}

/** A ticking host that also offers `laterAfterFrame`, and counts the slices that waited for a frame. */
class FrameHost extends TickingHost {
  afterFrame = 0;
  laterAfterFrame(run: (budget: number) => void): () => void {
    this.afterFrame++;
    return this.later(run);
  }
}

const state = () => document.documentElement.getAttribute(STATE_ATTR);
const marks = (root: ParentNode = document) => [...root.querySelectorAll('mark.brieflight-mark')];
const markTexts = (root: ParentNode = document) => marks(root).map((m) => m.textContent);

let scanner: Scanner | undefined;
afterEach(() => {
  scanner?.destroy();
  scanner = undefined;
  document.body.innerHTML = '';
  document.documentElement.removeAttribute(STATE_ATTR);
});

function setup(html: string, opts: Partial<ScannerOptions> & { host?: ManualHost } = {}) {
  document.body.innerHTML = html;
  // The test opts in to the state attribute, as CONTRACT.md's tools do.
  document.documentElement.setAttribute(STATE_ATTR, 'opt-in');
  optInPageState(document);
  const host = opts.host ?? new ManualHost();
  const highlighter = new Highlighter();
  const onChange = vi.fn();
  const everywhere: Locate = () => 0;
  scanner = new Scanner(document, highlighter, { onChange, locate: everywhere, ...opts, host });
  return { host, highlighter, onChange, scanner };
}

describe('Scanner: the first pass', () => {
  it('marks a small page in the first slice and is idle at once', () => {
    const { onChange, host } = setup('<p>Talks in Baku with Israel.</p><p>Nothing.</p>');
    scanner!.start();
    expect(markTexts()).toEqual(['Baku', 'Israel']);
    expect(state()).toBe('idle');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(host.queued).toBe(0);
  });

  it('a page without mentions: one walk, no writes, no onChange', () => {
    const { onChange } = setup('<p>Nothing to see.</p>'.repeat(50));
    const before = document.body.innerHTML;
    scanner!.start();
    expect(document.body.innerHTML).toBe(before);
    expect(onChange).not.toHaveBeenCalled();
    expect(state()).toBe('idle');
  });

  it('slices a big page: "scanning" until the last slice, every paragraph marked in the end', () => {
    const host = new TickingHost(5);
    setup(Array.from({ length: 2000 }, (_, i) => `<p>Item ${i}${i % 10 === 0 ? ' in Baku' : ''}.</p>`).join(''), { host });
    scanner!.start();
    expect(state()).toBe('scanning');
    expect(host.queued).toBe(1);
    let slices = 1;
    while (host.queued > 0) {
      host.run(1);
      slices++;
      if (host.queued > 0) expect(state()).toBe('scanning');
    }
    expect(slices).toBeGreaterThan(3);
    expect(state()).toBe('idle');
    expect(marks()).toHaveLength(200);
  });

  it('a slice that walked writes nothing unless a whole batch fits in what is left of it', () => {
    // 2,000 candidates: a batch is MAX_MARKED_NODES_PER_SLICE of them, more than the few ms the
    // walk leaves. Written at the end of the walk, a few nodes would cost a frame of their own.
    const host = new TickingHost(2);
    setup(Array.from({ length: 2000 }, (_, i) => `<p>Item ${i} in Baku.</p>`).join(''), { host });
    scanner!.start();
    expect(marks()).toHaveLength(0);
    expect(state()).toBe('scanning');
    host.run(1);
    expect(marks().length).toBeGreaterThan(0);
    expect(marks().length).toBeLessThanOrEqual(MAX_MARKED_NODES_PER_SLICE);
    host.run();
    expect(marks()).toHaveLength(2000);
  });

  it('after a slice that marked, the next one waits for a frame; after one that only read, it does not', () => {
    const host = new FrameHost(2);
    setup(Array.from({ length: 2000 }, (_, i) => `<p>Item ${i} in Baku.</p>`).join(''), { host });
    scanner!.start();
    // The first slice only walked: the next one runs in the next idle period.
    expect(marks()).toHaveLength(0);
    expect(host.afterFrame).toBe(0);
    let marking = 0;
    while (host.queued > 0) {
      const before = marks().length;
      const waits = host.afterFrame;
      host.run(1);
      const wrote = marks().length > before;
      if (wrote) marking++;
      // A slice that marked and left work asked for a frame first; the last one asked nothing.
      expect(host.afterFrame - waits).toBe(wrote && host.queued > 0 ? 1 : 0);
    }
    expect(marks()).toHaveLength(2000);
    expect(host.afterFrame).toBe(marking - 1);
  });

  it('marks what the reader sees first', () => {
    const html = Array.from({ length: 400 }, (_, i) => `<p id="p${i}">Para ${i} on Israel.</p>`).join('');
    // Paragraphs 300–309 are "in the viewport".
    const locate: Locate = (t) => {
      const i = Number(t.parentElement!.id.slice(1));
      return i < 300 ? -1 : i < 310 ? 0 : 1;
    };
    const { highlighter } = setup(html, { locate });
    const spy = vi.spyOn(highlighter, 'markTextNodes');
    scanner!.start();
    const order = spy.mock.calls.flatMap(([nodes]) => nodes.map((n) => Number(n.parentElement!.id.slice(1))));
    expect(order.slice(0, 10)).toEqual([300, 301, 302, 303, 304, 305, 306, 307, 308, 309]);
    expect(order.slice(100, 110)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(marks()).toHaveLength(400);
  });

  it('"first mention of each entity" keeps document order', () => {
    const html = Array.from({ length: 40 }, (_, i) => `<p id="p${i}">Para ${i} on Israel.</p>`).join('');
    const seen = new Set<string>();
    setup(html, {
      locate: (t) => (Number(t.parentElement!.id.slice(1)) < 30 ? -1 : 0),
      markOptions: () => ({ accept: (e) => !seen.has(e) && !!seen.add(e) }),
    });
    scanner!.start();
    expect(marks().map((m) => m.parentElement!.id)).toEqual(['p0']);
  });

  // 1,000 levels here: happy-dom's isContentEditable recurses and overflows its stack at 5,000 (a
  // browser does not; the E2E suite runs 5,000 in Chromium).
  it('survives 1,000 levels of nesting and a whitespace-only page', () => {
    setup('');
    let el: HTMLElement = document.body;
    for (let i = 0; i < 1000; i++) el = el.appendChild(document.createElement('div'));
    el.textContent = 'Deep down, Baku.';
    document.body.append(document.createTextNode('   \n\t  '));
    scanner!.start();
    scanner!.flush();
    expect(markTexts()).toEqual(['Baku']);
    expect(state()).toBe('idle');
  });
});

describe('Scanner: the page changes', () => {
  it('content added later is marked in the next batch, and only it is walked', () => {
    const { host, highlighter } = setup('<main><p>Old news from Baku.</p></main>');
    scanner!.start();
    const spy = vi.spyOn(highlighter, 'markTextNodes');
    const p = document.createElement('p');
    p.textContent = 'New from Israel.';
    document.querySelector('main')!.append(p);
    scanner!.flush();
    expect(markTexts()).toEqual(['Baku', 'Israel']);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]![0]).toEqual([p.firstChild]);
    expect(state()).toBe('idle');
    expect(host.queued).toBe(0);
  });

  it('its own writes never come back as work (no endless batches)', async () => {
    const { host } = setup('<p>Baku</p>');
    scanner!.start();
    const p = document.createElement('p');
    p.textContent = 'Israel and SOCAR';
    document.body.append(p);
    await Promise.resolve(); // the observer's callback
    expect(host.queued).toBe(1);
    host.run();
    await Promise.resolve();
    await Promise.resolve();
    expect(host.queued).toBe(0);
    expect(host.requested).toBe(1);
    expect(markTexts()).toEqual(['Baku', 'Israel', 'SOCAR']);
  });

  it('a ticker without mentions costs no work and no DOM write', async () => {
    const { host } = setup('<p>Baku</p><span id="clock">12:00:00</span><span id="n">0</span>');
    scanner!.start();
    const setAttr = vi.spyOn(document.documentElement, 'setAttribute');
    const clock = document.getElementById('clock')!;
    const counter = document.getElementById('n')!.firstChild as Text;
    for (let i = 0; i < 200; i++) {
      clock.textContent = `12:00:${String(i % 60).padStart(2, '0')}`; // childList
      counter.data = String(i); // characterData
      clock.innerHTML = `<b>${i}</b>`; // an element without mentions
      await Promise.resolve();
    }
    expect(host.requested).toBe(0);
    expect(setAttr).not.toHaveBeenCalled();
    expect(state()).toBe('idle');
  });

  it('text the page edits in place is repaired before the next task, then marked again', async () => {
    const { host } = setup('<p id="p">Meeting in Baku today</p>');
    scanner!.start();
    const p = document.getElementById('p')!;
    const original = p.firstChild as Text;
    original.data = 'Talks with Israel resumed'; // as React or Preact would
    await Promise.resolve(); // the observer's callback repairs at once
    expect(p.textContent).toBe('Talks with Israel resumed');
    expect(marks(p)).toHaveLength(0);
    expect(state()).toBe('scanning');
    host.run();
    expect(p.textContent).toBe('Talks with Israel resumed');
    expect(markTexts(p)).toEqual(['Israel']);
    expect(state()).toBe('idle');
  });

  it('text the page removes takes our marks with it; onChange reports the change', async () => {
    // (A space before the page's text: "x" touching "Baku" would make one word of them.)
    const { onChange } = setup('<p id="p">Hello <b>x</b></p>');
    const p = document.getElementById('p')!;
    const t = document.createTextNode(' Baku and Israel');
    p.append(t);
    scanner!.start();
    expect(marks()).toHaveLength(2);
    onChange.mockClear();
    t.remove();
    await Promise.resolve();
    expect(p.innerHTML).toBe('Hello <b>x</b>');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(state()).toBe('idle');
  });
});

describe('Scanner: bad input', () => {
  it('a page that deletes marks as they appear: backs off after REWRITE_LIMIT rounds, then tries again', async () => {
    const { host } = setup('<p id="p">News from Baku.</p>');
    const p = document.getElementById('p')!;
    let deleted = 0;
    const hostile = new MutationObserver(() => {
      for (const m of p.querySelectorAll('mark')) {
        m.replaceWith(document.createTextNode(m.textContent!));
        deleted++;
      }
    });
    hostile.observe(p, { childList: true, subtree: true });
    scanner!.start();
    for (let round = 0; round < REWRITE_LIMIT * 3; round++) {
      await Promise.resolve();
      await Promise.resolve();
      host.run();
    }
    await Promise.resolve();
    await Promise.resolve();
    expect(deleted).toBe(REWRITE_LIMIT);
    expect(p.textContent).toBe('News from Baku.');
    expect(state()).toBe('idle');
    expect(host.queued).toBe(0);
    // After the pause, one more try.
    host.advance(REWRITE_WINDOW_MS);
    host.run();
    await Promise.resolve();
    await Promise.resolve();
    expect(deleted).toBe(REWRITE_LIMIT + 1);
    expect(p.textContent).toBe('News from Baku.');
    hostile.disconnect();
  });

  it('a page that recreates its whole body: backs off, pauses double, text always intact', () => {
    const html = '<article><p>Israel and Azerbaijan signed in Baku.</p></article>';
    const { host } = setup(html);
    scanner!.start();
    let marked = 0;
    for (let i = 0; i < REWRITE_LIMIT * 3; i++) {
      document.body.innerHTML = html;
      scanner!.flush();
      if (marks().length > 0) marked++;
      expect(document.body.textContent).toBe('Israel and Azerbaijan signed in Baku.');
    }
    expect(marked).toBe(REWRITE_LIMIT - 1);
    // The pause ends, the body is scanned again once, and the next pause is twice as long.
    host.advance(REWRITE_WINDOW_MS);
    host.run();
    expect(marks()).toHaveLength(3);
    let again = 0;
    for (let i = 0; i < REWRITE_LIMIT * 2; i++) {
      document.body.innerHTML = html;
      scanner!.flush();
      if (marks().length > 0) again++;
    }
    expect(again).toBe(REWRITE_LIMIT - 1);
    host.advance(REWRITE_WINDOW_MS);
    host.run();
    expect(marks()).toHaveLength(0);
    host.advance(Math.min(MAX_REWRITE_PAUSE_MS, REWRITE_WINDOW_MS * 2));
    host.run();
    expect(marks()).toHaveLength(3);
  });

  it('a navigation (popstate) forgets the back-off, once per NAVIGATION_RESET_MIN_INTERVAL_MS', () => {
    const html = '<p>Baku</p>';
    const { host } = setup(html);
    scanner!.start();
    const fight = () => {
      for (let i = 0; i < REWRITE_LIMIT; i++) {
        document.body.innerHTML = html;
        scanner!.flush();
      }
    };
    fight();
    expect(marks()).toHaveLength(0);
    window.dispatchEvent(trusted(new PopStateEvent('popstate')));
    scanner!.flush();
    expect(marks()).toHaveLength(1);
    // A page navigating itself in a loop does not get the re-marking going again at its pace.
    fight();
    expect(marks()).toHaveLength(0);
    window.dispatchEvent(trusted(new PopStateEvent('popstate')));
    scanner!.flush();
    expect(marks()).toHaveLength(0);
    host.advance(NAVIGATION_RESET_MIN_INTERVAL_MS);
    window.dispatchEvent(trusted(new HashChangeEvent('hashchange')));
    scanner!.flush();
    expect(marks()).toHaveLength(1);
  });

  it('adds its window and document listeners again when document.open() replaces the document', async () => {
    setup('<p>Baku</p>');
    scanner!.start();
    // document.open() erases every listener of the window and the document (happy-dom does not):
    // what must happen then is a new addEventListener for each of ours.
    const added = await listenersAddedOnReplace([window, document]);
    expect(added).toEqual(expect.arrayContaining(['popstate', 'hashchange', 'focusin', 'beforeinput']));
  });

  it('a popstate or hashchange the page dispatches itself resets nothing', () => {
    const html = '<p>Baku</p>';
    setup(html);
    scanner!.start();
    for (let i = 0; i < REWRITE_LIMIT; i++) {
      document.body.innerHTML = html;
      scanner!.flush();
    }
    expect(marks()).toHaveLength(0);
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    scanner!.flush();
    expect(marks()).toHaveLength(0);
  });

  it('1,000 batches of highlighted nodes added and removed leave no strong structure behind', () => {
    setup('<main></main>');
    scanner!.start();
    const main = document.querySelector('main')!;
    const sizes: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const p = document.createElement('p');
      p.textContent = `Update ${i}: Baku and Israel`;
      main.append(p);
      scanner!.flush();
      if (i % 3 === 0) (p.firstChild as Text).data = `Edited ${i}: SOCAR`;
      if (i % 2 === 0) p.remove();
      else p.querySelector('mark')?.remove();
      scanner!.flush();
      const { listeners, ...strong } = scanner!.debugSizes;
      expect(listeners).toBeLessThanOrEqual(3); // popstate, hashchange, navigatesuccess
      sizes.push(Object.values(strong).reduce((a, b) => a + b, 0));
    }
    // Between batches every queue is empty; the caches are bounded and nothing grows.
    expect(Math.max(...sizes)).toBeLessThanOrEqual(Math.max(...sizes.slice(0, 10)));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(8);
  }, 120_000);

  it('a huge text node is cut and marked outside the page, a group of chunks at a time, then put in at once', async () => {
    const unit = 'Plain words about nothing in particular, then Baku. ';
    const text = unit.repeat(Math.ceil((HUGE_TEXT_CHARS * 4) / unit.length));
    const { highlighter, host } = setup('<p id="p"></p>', { host: new TickingHost(1) });
    const p = document.getElementById('p')!;
    p.textContent = text;
    const original = p.firstChild as Text;
    const markChunks = highlighter.markChunks.bind(highlighter);
    const pageNodes: number[] = [];
    const spy = vi.spyOn(highlighter, 'markChunks').mockImplementation((huge, nodes, opts) => {
      pageNodes.push(p.childNodes.length);
      return markChunks(huge, nodes, opts);
    });
    scanner!.start();
    host.run();
    expect(state()).toBe('idle');
    expect(p.textContent).toBe(text);
    expect(p.firstChild).toBe(original);
    expect(marks(p)).toHaveLength(text.split('Baku').length - 1);
    expect(spy.mock.calls.length).toBeGreaterThan(1);
    for (const [, nodes] of spy.mock.calls) {
      expect(nodes.length).toBeLessThanOrEqual(MARK_GROUP_SIZE);
      for (const n of nodes) expect(n.length).toBeLessThanOrEqual(TEXT_CHUNK_CHARS);
    }
    // While the chunks were marked, the page still showed its one text node, untouched.
    expect(pageNodes.every((n) => n === 1)).toBe(true);
    // The page then rewrites it: exactly its text remains.
    original.data = 'Short now: Israel.';
    await Promise.resolve();
    host.run();
    expect([...p.childNodes].map((n) => n.textContent)).toEqual(['Short now: ', 'Israel', '.']);
  });
});

describe('Scanner: shadow roots', () => {
  it('scans and styles open shadow roots, also ones added later, and watches their changes', async () => {
    setup('<x-card id="a"></x-card><p>Baku</p>');
    setPageLook(document, { display: 'marks', style: 'underline' });
    const a = document.getElementById('a')!.attachShadow({ mode: 'open' });
    a.innerHTML = '<p>Inside: Israel</p>';
    scanner!.start();
    expect(markTexts(a)).toEqual(['Israel']);
    expect(a.adoptedStyleSheets.length).toBe(1);
    // A host added later.
    const b = document.createElement('x-card');
    const bRoot = b.attachShadow({ mode: 'open' });
    bRoot.innerHTML = '<p>More on SOCAR</p>';
    document.body.append(b);
    scanner!.flush();
    expect(markTexts(bRoot)).toEqual(['SOCAR']);
    // Observing the new root must not record our own marking in it (it would come back as the
    // page's rewrite of that text and be undone).
    await Promise.resolve();
    scanner!.flush();
    expect(markTexts(bRoot)).toEqual(['SOCAR']);
    // Changes inside a root.
    const q = document.createElement('p');
    q.textContent = 'Azerbaijan';
    a.append(q);
    scanner!.flush();
    expect(markTexts(a)).toEqual(['Israel', 'Azerbaijan']);
    // counts() and unmarking see into the roots.
    expect(scanner).toBeDefined();
  });

  it('stop() removes every mark, in shadow roots too', () => {
    const { highlighter } = setup('<x-card id="a"></x-card><p>Baku</p>');
    const a = document.getElementById('a')!.attachShadow({ mode: 'open' });
    a.innerHTML = '<p>Inside: Israel</p>';
    scanner!.start();
    expect(highlighter.counts(document).total).toBe(2);
    scanner!.stop();
    expect(marks()).toHaveLength(0);
    expect(marks(a)).toHaveLength(0);
    expect(a.textContent).toBe('Inside: Israel');
    scanner!.restart();
    expect(highlighter.counts(document).total).toBe(2);
  });
});

describe('Scanner: painted highlights', () => {
  function paintSetup(html: string) {
    const api = fakeHighlightApi();
    const painter = new Painter(document, api);
    const s = setup(html, { painter, display: () => 'paint' });
    const painted = (name = 'brieflight-israel') => rangeTexts(api, name);
    return { ...s, api, painter, painted };
  }

  it('paints without touching the DOM, and a small change is painted in the observer’s callback', async () => {
    const { scanner, painted, host } = paintSetup('<p id="a">Israel and Baku</p><p id="b">nothing</p>');
    const before = document.body.innerHTML;
    scanner.start();
    expect(painted()).toEqual(['Israel']);
    expect(document.body.innerHTML).toBe(before);
    expect(state()).toBe('idle');
    const requested = host.requested;
    (document.getElementById('b')!.firstChild as Text).data = 'Israel again';
    await Promise.resolve();
    // No batch was needed: the change is painted already, and the state never left "idle".
    expect(host.requested).toBe(requested);
    expect(painted()).toEqual(['Israel', 'Israel']);
    expect(state()).toBe('idle');
    document.getElementById('a')!.remove();
    await Promise.resolve();
    expect(painted()).toEqual(['Israel']);
  });

  it('finds open shadow roots on any element, also attached after the first pass', async () => {
    const { scanner, painted, painter } = paintSetup('<div id="host"></div><p>Baku</p>');
    const first = document.getElementById('host')!.attachShadow({ mode: 'open' });
    first.innerHTML = '<span>Israel in a div’s root</span>';
    scanner.start();
    expect(painted()).toEqual(['Israel']);
    // A root attached later to a <section> (no record); its host's children change afterwards.
    const section = document.createElement('section');
    document.body.append(section);
    await Promise.resolve();
    const late = section.attachShadow({ mode: 'open' });
    late.innerHTML = '<p>Israel, late</p>';
    section.append(document.createElement('i'));
    await Promise.resolve();
    scanner.flush();
    expect(painted()).toEqual(['Israel', 'Israel']);
    expect(painter.shadowRoots()).toContain(late);
  });

  it('a custom element defined later: its root is read when it is defined', async () => {
    const { scanner, painted } = paintSetup('<x-late id="x"></x-late><p>nothing</p>');
    scanner.start();
    expect(painted()).toEqual([]);
    customElements.define(
      'x-late',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).innerHTML = '<p>Israel inside</p>';
        }
      },
    );
    await customElements.whenDefined('x-late');
    await Promise.resolve();
    scanner.flush();
    expect(painted()).toEqual(['Israel']);
  });

  it('a huge text node is painted whole, with no chunk and no split', () => {
    const chunk = 'Israel and Azerbaijan. '.repeat(Math.ceil((HUGE_TEXT_CHARS * 1.5) / 23));
    const { scanner, painted } = paintSetup(`<p id="h">${chunk}</p>`);
    scanner.start();
    scanner.flush();
    expect(document.getElementById('h')!.childNodes).toHaveLength(1);
    expect(painted()).toHaveLength(Math.ceil((HUGE_TEXT_CHARS * 1.5) / 23));
  });

  it('stop() removes every range and the shadow roots’ sheet', () => {
    const { scanner, api, painter } = paintSetup('<div id="host"></div><p>Israel</p>');
    setPageLook(document, { display: 'paint', style: 'underline' });
    const sr = document.getElementById('host')!.attachShadow({ mode: 'open' });
    sr.innerHTML = '<p>Baku</p>';
    scanner.start();
    expect(painter.total).toBe(2);
    expect(sr.adoptedStyleSheets).toHaveLength(1);
    scanner.stop();
    setPageLook(document, undefined);
    expect(api.registry.size).toBe(0);
    expect(sr.adoptedStyleSheets).toEqual([]);
  });
});

describe('Scanner: painted, a region that becomes editable', () => {
  it('loses its ranges when contenteditable is set, and gets them back when it is removed', async () => {
    const api = fakeHighlightApi();
    const painter = new Painter(document, api);
    const { scanner } = setup('<div id="ed"><p>Israel in an editor</p></div><p>Baku</p>', { painter, display: () => 'paint' });
    scanner.start();
    expect(painter.total).toBe(2);
    document.getElementById('ed')!.setAttribute('contenteditable', 'true');
    await Promise.resolve();
    scanner.flush();
    expect(rangeTexts(api, 'brieflight-israel')).toEqual([]);
    expect(painter.total).toBe(1);
    document.getElementById('ed')!.removeAttribute('contenteditable');
    await Promise.resolve();
    scanner.flush();
    expect(rangeTexts(api, 'brieflight-israel')).toEqual(['Israel']);
  });
});
