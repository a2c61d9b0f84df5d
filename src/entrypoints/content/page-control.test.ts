import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeHighlightApi, rangeTexts } from '@@/tests/support/highlights';
import { Highlighter } from '@/page/highlighter';
import { PageControl, type CardsLike } from '@/entrypoints/content/page-control';
import { STATE_ATTR } from '@/page/dom-contract';
import { optInPageState } from '@/page/page-state';
import { Painter } from '@/page/paint';
import { Scanner } from '@/page/scanner';
import { DEFAULTS, type Settings } from '@/settings/settings';

const TEXT =
  'Azerbaijan and Israel signed a deal in Baku. SOCAR said Azerbaijan would ship more oil to Israel; Baku agreed.';

const scanners: Scanner[] = [];

function setup(host = 'news.example.com', opts: { paint?: boolean; optIn?: boolean } = {}) {
  document.body.innerHTML = `<p>${TEXT}</p>`;
  for (const a of Array.from(document.documentElement.attributes))
    document.documentElement.removeAttribute(a.name);
  if (opts.optIn !== false) document.documentElement.setAttribute(STATE_ATTR, 'opt-in');
  optInPageState(document);
  document.adoptedStyleSheets = [];
  const calls: string[] = [];
  const cards: CardsLike = {
    close: () => calls.push('close'),
    setDwellMs: (ms) => calls.push(`dwell ${ms}`),
    setActive: (on) => calls.push(on ? 'on' : 'off'),
    setTrigger: (t) => calls.push(`trigger ${t}`),
  };
  const highlighter = new Highlighter();
  const api = fakeHighlightApi();
  const painter = opts.paint ? new Painter(document, api) : undefined;
  const control = new PageControl(document, host, cards);
  const scanner = new Scanner(document, highlighter, {
    markOptions: () => control.markOptions(),
    painter,
    display: () => control.display(),
  });
  control.attach(scanner);
  scanners.push(scanner);
  const marks = () => {
    // The scanner works in slices; tests take all of its pending work at once.
    scanner.flush();
    return [...document.querySelectorAll('mark.brieflight-mark')].map((m) =>
      m.getAttribute('data-brieflight-entity'),
    );
  };
  const painted = () => {
    scanner.flush();
    return [...api.registry.values()].reduce((n, h) => n + h.size, 0);
  };
  return { control, calls, marks, painted, api, cards };
}

const withSettings = (patch: Partial<Settings>): Settings => ({ ...DEFAULTS, ...patch });

beforeEach(() => {
  document.body.innerHTML = '';
});
afterEach(() => {
  // Each scanner watches the document: none may outlive its test.
  for (const s of scanners.splice(0)) s.destroy();
});

/** What each display mode shows: [entity, the id of the element around it] in document order. */
function shownIn(display: 'paint' | 'marks', html: string, mode: Settings['mode']): string[] {
  const { control, api, marks } = setup('news.example.com', { paint: display === 'paint' });
  document.body.innerHTML = html;
  control.apply(withSettings({ display, mode }));
  if (display === 'marks') {
    marks();
    return [...document.querySelectorAll('mark.brieflight-mark')].map(
      (m) => `${m.getAttribute('data-brieflight-entity')}@${m.parentElement!.closest('[id]')!.id}`,
    );
  }
  marks();
  const out: { at: Range; label: string }[] = [];
  for (const [name, h] of api.registry) {
    for (const r of h as Iterable<Range>) {
      out.push({
        at: r,
        label: `${name.replace('brieflight-', '')}@${(r.startContainer.parentElement!.closest('[id]') as Element).id}`,
      });
    }
  }
  out.sort((a, b) => a.at.compareBoundaryPoints(Range.START_TO_START, b.at));
  return out.map((o) => o.label);
}

/** A news page: its menu and banner name Israel before the article does (as wapo-2's do). */
const NEWS = `
  <header id="banner"><nav id="menu"><a href="/israel" id="menu-israel">Israel</a> <a href="/baku" id="menu-baku">Baku</a></nav></header>
  <main id="main">
    <article id="article">
      <header id="headline"><h1 id="h1">Israel and Azerbaijan</h1></header>
      <p id="p1">Israel signed a deal with Azerbaijan in Baku.</p>
      <aside id="aside">Israel, in a related story.</aside>
      <p id="p2">Israel said more.</p>
      <h2 id="h2">Oil</h2>
      <p id="p3">SOCAR ships oil to Israel from Baku.</p>
      <section id="s3"><p id="p4">Israel again.</p></section>
    </article>
  </main>
  <footer id="foot">Israel bureau</footer>`;

describe('how often: the first mention, in the main content (issue 15)', () => {
  for (const display of ['paint', 'marks'] as const) {
    it(`"first on the page" skips the menu, banner, aside and footer (${display})`, () => {
      expect(shownIn(display, NEWS, 'page')).toEqual(['israel@h1', 'azerbaijan@h1', 'baku@p1', 'socar@p3']);
    });

    it(`"first in each section" counts per heading and per section element (${display})`, () => {
      expect(shownIn(display, NEWS, 'section')).toEqual([
        'israel@h1',
        'azerbaijan@h1',
        'baku@p1',
        'socar@p3',
        'israel@p3',
        'baku@p3',
        'israel@p4',
      ]);
    });

    it(`"every mention" still shows them all, the menu's too (${display})`, () => {
      expect(shownIn(display, NEWS, 'every')).toHaveLength(14);
    });
  }

  it('with no main, article or main role, the body minus its navigation is the main content', () => {
    const html = `<nav id="n">Israel</nav><div id="d"><p id="p">Israel and Baku.</p></div><footer id="f">Baku</footer>`;
    expect(shownIn('paint', html, 'page')).toEqual(['israel@p', 'baku@p']);
  });

  it('a page made only of navigation still shows its first mentions (nothing else to prefer)', () => {
    const html = `<nav id="n"><a href="/a" id="a">Israel</a> <a href="/b" id="b">Israel and Baku</a></nav>`;
    expect(shownIn('paint', html, 'page')).toEqual(['israel@a', 'baku@b']);
  });

  it('a node holding a first mention keeps only that one when it is painted again', async () => {
    const { control, api, marks } = setup('news.example.com', { paint: true });
    document.body.innerHTML = '<main><p id="p">Israel, Israel and Israel.</p><p id="q">Israel.</p></main>';
    control.apply(withSettings({ mode: 'page' }));
    marks();
    const count = () => [...api.registry.values()].reduce((n, h) => n + h.size, 0);
    expect(count()).toBe(1);
    const text = document.getElementById('p')!.firstChild as Text;
    text.data = 'Israel, Israel and still Israel.';
    // The scanner sees the change (a mutation record), then paints the node again.
    await new Promise((r) => setTimeout(r, 0));
    marks();
    expect(count()).toBe(1);
    expect(rangeTexts(api, 'brieflight-israel')).toEqual(['Israel']);
    expect(text.isConnected).toBe(true);
  });
});

describe('PageControl', () => {
  it('the first snapshot starts the page with every mention, the style and the card delay', () => {
    const { control, calls, marks } = setup();
    control.apply(DEFAULTS);
    expect(control.isActive).toBe(true);
    expect(marks()).toEqual(['azerbaijan', 'israel', 'baku', 'socar', 'azerbaijan', 'israel', 'baku']);
    expect(calls).toEqual([`dwell ${DEFAULTS.cardDelayMs}`, 'trigger hover', 'on']);
  });

  it('a disabled site, or Brieflight off everywhere: nothing written, styled or listened to (issue 17)', () => {
    for (const off of [
      withSettings({ disabledSites: ['*.example.com'] }),
      withSettings({ enabled: false }),
    ]) {
      for (const paint of [true, false]) {
        const { control, marks, painted, calls, api } = setup('news.example.com', { paint, optIn: false });
        control.apply({ ...off, display: paint ? 'paint' : 'marks', highlightStyle: 'background' });
        expect(control.isActive).toBe(false);
        expect(marks()).toEqual([]);
        expect(painted()).toBe(0);
        expect(api.registry.size).toBe(0);
        expect([...document.documentElement.attributes].map((a) => a.name)).toEqual([]);
        expect(document.adoptedStyleSheets).toEqual([]);
        // The card's controller (and its pointer listeners) is never made.
        expect(calls).not.toContain('on');
      }
    }
  });

  it('the state attribute only on a page that opted in, and never where off', () => {
    const off = setup('news.example.com', { optIn: true });
    off.control.apply(withSettings({ enabled: false }));
    off.marks();
    expect(document.documentElement.getAttribute(STATE_ATTR)).toBe('opt-in');
    const quiet = setup('news.example.com', { optIn: false });
    quiet.control.apply(DEFAULTS);
    quiet.marks();
    expect(document.documentElement.hasAttribute(STATE_ATTR)).toBe(false);
    const on = setup('news.example.com', { optIn: true });
    on.control.apply(DEFAULTS);
    on.marks();
    expect(document.documentElement.getAttribute(STATE_ATTR)).toBe('idle');
  });

  it('painted by default: every mention a range, the DOM untouched, our sheet adopted', () => {
    const { control, painted, api, marks } = setup('news.example.com', { paint: true });
    const before = document.body.innerHTML;
    control.apply(DEFAULTS);
    expect(painted()).toBe(7);
    expect(marks()).toEqual([]);
    expect(document.body.innerHTML).toBe(before);
    expect(rangeTexts(api, 'brieflight-israel')).toEqual(['Israel', 'Israel']);
    expect(document.adoptedStyleSheets).toHaveLength(1);
  });

  it('switching between painted and marks at run time leaves nothing of the other way', () => {
    const { control, painted, marks } = setup('news.example.com', { paint: true });
    control.apply(DEFAULTS);
    expect(painted()).toBe(7);
    control.apply(withSettings({ display: 'marks' }));
    expect(marks()).toHaveLength(7);
    expect(painted()).toBe(0);
    control.apply(withSettings({ display: 'paint' }));
    expect(painted()).toBe(7);
    expect(marks()).toEqual([]);
    expect(document.body.textContent).toBe(TEXT);
    expect(document.querySelectorAll('p *')).toHaveLength(0);
  });

  it('turning off removes every mark, its styles and the card; turning on restores them', () => {
    const { control, calls, marks } = setup();
    control.apply(withSettings({ display: 'marks' }));
    expect(document.adoptedStyleSheets).toHaveLength(1);
    control.apply(withSettings({ display: 'marks', enabled: false }));
    expect(marks()).toEqual([]);
    expect(document.adoptedStyleSheets).toEqual([]);
    expect(calls).toContain('close');
    expect(calls).toContain('off');
    expect(document.body.textContent).toBe(TEXT);
    control.apply(DEFAULTS);
    expect(marks()).toHaveLength(7);
  });

  it('first-mention mode marks each entity once, and again after every restart', () => {
    const { control, marks } = setup();
    control.apply(withSettings({ mode: 'page' }));
    expect(marks()).toEqual(['azerbaijan', 'israel', 'baku', 'socar']);
    control.apply(withSettings({ mode: 'page', hiddenEntities: ['israel'] }));
    expect(marks()).toEqual(['azerbaijan', 'baku', 'socar']);
    control.apply(withSettings({ mode: 'every', hiddenEntities: ['israel'] }));
    expect(marks()).toEqual(['azerbaijan', 'baku', 'socar', 'azerbaijan', 'baku']);
  });

  it('the "Open a card" trigger reaches the card live, once per change, and restarts nothing (issue 15)', () => {
    const { control, calls, marks } = setup();
    control.apply(DEFAULTS);
    const before = marks().length;
    control.apply(withSettings({ trigger: 'click' }));
    control.apply(withSettings({ trigger: 'click' }));
    control.apply(withSettings({ trigger: 'modifier' }));
    expect(calls.filter((c) => c.startsWith('trigger'))).toEqual([
      'trigger hover',
      'trigger click',
      'trigger modifier',
    ]);
    expect(calls).not.toContain('close');
    expect(marks()).toHaveLength(before);
  });

  it('the card text size reaches the card live, once per change, and restarts nothing (issue 15)', () => {
    const { control, calls, marks, cards } = setup();
    const sizes: string[] = [];
    cards.setTextSize = (s) => sizes.push(s);
    control.apply(DEFAULTS);
    const before = marks().length;
    control.apply(withSettings({ cardTextSize: 'large' }));
    control.apply(withSettings({ cardTextSize: 'large' }));
    control.apply(withSettings({ cardTextSize: 'small' }));
    expect(sizes).toEqual(['normal', 'large', 'small']);
    expect(calls).not.toContain('close');
    expect(marks()).toHaveLength(before);
  });

  it('style and delay changes touch no mark, and no attribute tells the style', () => {
    const { control, calls, marks } = setup();
    control.apply(withSettings({ display: 'marks' }));
    const before = document.querySelector('mark');
    const sheets = document.adoptedStyleSheets.length;
    control.apply(withSettings({ display: 'marks', highlightStyle: 'background', cardDelayMs: 900 }));
    expect([...document.documentElement.attributes].map((a) => a.name)).toEqual([STATE_ATTR]);
    expect(document.adoptedStyleSheets).toHaveLength(sheets);
    expect(calls).toEqual([`dwell ${DEFAULTS.cardDelayMs}`, 'trigger hover', 'on', 'dwell 900']);
    expect(document.querySelector('mark')).toBe(before);
    expect(marks()).toHaveLength(7);
  });
});
