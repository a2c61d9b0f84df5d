import { afterEach, describe, expect, it, vi } from 'vitest';
import { FirstStage, NOT_TEXT_SELECTOR, type FirstStageEnv } from '@/page/first-stage';
import { isExcluded } from '@/page/markable';
import { createPrefilter, prefilterPretest } from '@/detect/prefilter';
import { PREFILTER } from '@/detect/prefilter.compiled';

/** The first stage on this document, with a loadCore that counts and that the test settles. */
function stage(doc: Document = document, pretest?: RegExp) {
  const loads: { resolve: (started?: boolean) => void; reject: (e: unknown) => void }[] = [];
  const states: string[] = [];
  const tested: string[] = [];
  const prefilter = createPrefilter(PREFILTER);
  const env: FirstStageEnv = {
    doc,
    test: (text) => {
      tested.push(text);
      return prefilter(text);
    },
    loadCore: () => new Promise<boolean | void>((resolve, reject) => loads.push({ resolve, reject })),
    setState: (s) => void states.push(s),
  };
  if (pretest) env.pretest = pretest;
  return { stage: new FirstStage(env), loads, states, tested };
}

/** Lets the MutationObserver deliver its records (a microtask in happy-dom), then promise reactions run. */
const flush = () => new Promise<void>((r) => setTimeout(r, 0));

afterEach(() => {
  document.body.replaceChildren();
});

describe('FirstStage', () => {
  it('off: walks nothing, watches nothing, writes no state, loads no core', async () => {
    document.body.innerHTML = '<p>Talks in Baku</p>';
    const t = stage();
    t.stage.apply(false);
    document.body.append('Israel and Azerbaijan');
    await flush();
    expect(t.tested).toEqual([]);
    expect(t.loads).toHaveLength(0);
    expect(t.states).toEqual([]);
    expect(t.stage.current).toBe('off');
  });

  it('a page without candidates: no core, the state goes idle, and it keeps watching', () => {
    document.body.innerHTML = '<p>Weather for the weekend</p><p>Sports</p>';
    const t = stage();
    t.stage.apply(true);
    // The junction's word is read too (a block between is looked at only when it passes).
    expect(t.tested).toEqual(['Weather for the weekend', 'Sports', 'weekendSports']);
    expect(t.loads).toHaveLength(0);
    expect(t.states).toEqual(['idle']);
    expect(t.stage.current).toBe('watching');
  });

  it('with a pretest, asks the prefilter only about the texts it matches, and finds the same candidates', () => {
    document.body.innerHTML =
      '<p>Weather for the weekend</p><p>Israelites</p><p>Sports</p><select><option>Baku</option></select>';
    const t = stage(document, prefilterPretest(PREFILTER));
    t.stage.apply(true);
    // "Israelites" matches the pretest's key and is refused by the prefilter; the option is excluded.
    // The words across the junctions (no white space between the blocks) are read too, and refused.
    expect(t.tested).toEqual([
      'Israelites',
      'weekendIsraelites',
      'weekendIsraelitesSports',
      'Baku',
      'weekendIsraelitesSportsBaku',
    ]);
    expect(t.loads).toHaveLength(0);
    expect(t.states).toEqual(['idle']);
    document.body.innerHTML = '<p>Weather</p><p>Talks in <b>Baku</b></p>';
    const u = stage(document, prefilterPretest(PREFILTER));
    u.stage.apply(true);
    expect(u.tested).toEqual(['Baku']);
    expect(u.loads).toHaveLength(1);
  });

  it('a candidate already in the page loads the core once, and the state goes scanning', async () => {
    document.body.innerHTML = '<p>Weather</p><p>Talks in Baku</p><p>Israel</p>';
    const t = stage();
    t.stage.apply(true);
    t.stage.apply(true);
    expect(t.loads).toHaveLength(1);
    expect(t.states).toEqual(['scanning']);
    // Later changes while it loads start no second load.
    document.body.append('Azerbaijan');
    await flush();
    expect(t.loads).toHaveLength(1);
    t.loads[0]!.resolve();
    await flush();
    expect(t.stage.current).toBe('core');
    t.stage.apply(false);
    t.stage.apply(true);
    expect(t.loads).toHaveLength(1);
  });

  it('a candidate the page adds later (element, text node, or changed text) loads the core once', async () => {
    for (const change of [
      (b: HTMLElement) => b.insertAdjacentHTML('beforeend', '<div><p><b>SOCAR</b> results</p></div>'),
      (b: HTMLElement) => b.append('in Baku'),
      (b: HTMLElement) => void ((b.querySelector('#p')!.firstChild as Text).data = 'Israel today'),
    ]) {
      document.body.innerHTML = '<p id="p">Weather</p>';
      const t = stage();
      t.stage.apply(true);
      expect(t.loads).toHaveLength(0);
      change(document.body);
      await flush();
      expect(t.loads).toHaveLength(1);
      expect(t.states).toEqual(['idle', 'scanning']);
      document.body.append('Baku again');
      await flush();
      expect(t.loads).toHaveLength(1);
      t.stage.dispose();
    }
  });

  it('skips only text the scanner would never mark either (src/page/markable.ts isExcluded)', () => {
    document.body.innerHTML = '<p>x</p>';
    for (const selector of NOT_TEXT_SELECTOR.split(',')) {
      const tag = selector.startsWith('[') ? 'div' : selector;
      const el = document.createElement(tag);
      if (selector.startsWith('[')) el.setAttribute('contenteditable', '');
      document.body.append(el);
      expect(isExcluded(el), selector).toBe(true);
    }
  });

  it('text in scripts, styles, form controls and code is no candidate, added or there from the start', async () => {
    document.body.innerHTML =
      '<script type="application/ld+json">{"about":"Israel"}</script><style>.baku{}</style><textarea>Baku</textarea>' +
      '<select><option>Azerbaijan</option><option>Israel</option></select><pre><code>Baku</code></pre><div contenteditable>Baku</div>';
    const t = stage();
    t.stage.apply(true);
    const s = document.createElement('script');
    s.type = 'text/plain';
    s.textContent = 'Azerbaijan';
    document.body.append(s);
    await flush();
    expect(t.loads).toHaveLength(0);
    t.stage.dispose();
  });

  it('reads open shadow roots, found at the start and attached later, and their later changes', async () => {
    document.body.innerHTML = '<div id="host"></div><div id="late"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Weather</p>';
    const t = stage();
    t.stage.apply(true);
    expect(t.tested).toContain('Weather');
    root.append('Baku');
    await flush();
    expect(t.loads).toHaveLength(1);

    document.body.innerHTML = '<div id="late"></div>';
    const u = stage();
    u.stage.apply(true);
    const late = document.getElementById('late')!;
    late.attachShadow({ mode: 'open' }).innerHTML = '<p>Israel</p>';
    // attachShadow makes no record: a change of the host's light DOM makes the first stage look.
    late.append(document.createElement('span'));
    await flush();
    expect(u.loads).toHaveLength(1);
    t.stage.dispose();
    u.stage.dispose();
  });

  it.each([
    ['<p>Search: <b>Azer</b>baijan tours</p>'],
    ['<p><span>B</span><span>a</span><span>k</span><span>u</span> metro</p>'],
    ['<p>Aser<wbr>baidschan</p>'],
    ['<p><span class="dropcap">I</span>srael’s coast</p>'],
    ['<p>ב<b>ישראל</b> היום</p>'],
  ])('a name split over inline elements is a candidate where it is the only one: %s', (html) => {
    document.body.innerHTML = html;
    const t = stage();
    t.stage.apply(true);
    expect(t.loads).toHaveLength(1);
  });

  it('text that only looks split is tested together, and loads no core unless it passes', () => {
    document.body.innerHTML =
      '<p>Weather <b>re</b>port.</p><p>Azer</p><p>baijan</p><p><b>Azer</b> baijan</p>';
    const t = stage();
    t.stage.apply(true);
    expect(t.tested).toContain('report');
    // Read together, then refused: a block ends the run (<p>Azer</p><p>baijan</p> is two words).
    expect(t.tested).toContain('Azerbaijan');
    expect(t.loads).toHaveLength(0);
    expect(t.tested).not.toContain('Azer baijan');
  });

  it('a piece the page adds or changes later completes a name with the text around it', async () => {
    document.body.innerHTML =
      '<p id="p"><b id="b"></b>baijan tours</p><p id="q"><span>Ba</span><span id="s">x</span></p>';
    const t = stage();
    t.stage.apply(true);
    expect(t.loads).toHaveLength(0);
    document.getElementById('b')!.textContent = 'Azer';
    await flush();
    expect(t.loads).toHaveLength(1);

    document.body.innerHTML = '<p id="q"><span>Ba</span><span id="s">x</span></p>';
    const u = stage();
    u.stage.apply(true);
    (document.getElementById('s')!.firstChild as Text).data = 'ku';
    await flush();
    expect(u.loads).toHaveLength(1);
  });

  it('reads the open shadow root of every element kind that can have one, however deep, and of the root itself', async () => {
    // DOM Standard, "valid shadow host name": custom elements and these.
    const hosts = ['article', 'aside', 'blockquote', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
    hosts.push('header', 'main', 'nav', 'p', 'section', 'span', 'my-widget', 'x-y');
    for (const tag of hosts) {
      // Under elements that cannot host (a list item, a link, a table cell, an SVG's sibling).
      document.body.innerHTML = `<ul><li><a href="#"><table><tr><td><${tag} id="h"></${tag}></td></tr></table></a></li></ul><svg></svg>`;
      document.getElementById('h')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Talks in Baku</p>';
      const t = stage();
      t.stage.apply(true);
      expect(t.loads, tag).toHaveLength(1);
      t.stage.dispose();
    }
    // An added host is itself the root of the walk, and its root is read.
    document.body.innerHTML = '<p>Weather</p>';
    const t = stage();
    t.stage.apply(true);
    const added = document.createElement('section');
    added.attachShadow({ mode: 'open' }).innerHTML = '<p>Israel</p>';
    document.body.append(added);
    await flush();
    expect(t.loads).toHaveLength(1);
    t.stage.dispose();
  });

  it('a text the page rewrites with digits only (a clock, a counter) reads no neighbours', async () => {
    document.body.innerHTML = '<p>Azer<span id="clock">12:04:59</span>baijan time</p>';
    const t = stage();
    t.stage.apply(true);
    const clock = document.getElementById('clock')!.firstChild as Text;
    const walkers = vi.spyOn(document, 'createTreeWalker');
    for (const time of ['12:05:00', '12:05:01', '12:05:02']) {
      clock.data = time;
      await flush();
    }
    expect(walkers).not.toHaveBeenCalled();
    expect(t.loads).toHaveLength(0);
    walkers.mockRestore();
  });

  it('turned off while watching: stops watching; on again: walks again', async () => {
    document.body.innerHTML = '<p>Weather</p>';
    const t = stage();
    t.stage.apply(true);
    t.stage.apply(false);
    document.body.append('Baku');
    await flush();
    expect(t.loads).toHaveLength(0);
    t.stage.apply(true);
    expect(t.loads).toHaveLength(1);
  });

  it('a core that fails to load: watching again, and only a later candidate tries again', async () => {
    document.body.innerHTML = '<p>Baku</p>';
    const t = stage();
    t.stage.apply(true);
    t.loads[0]!.reject(new Error('extension reloaded'));
    await flush();
    expect(t.stage.current).toBe('watching');
    expect(t.loads).toHaveLength(1);
    document.body.append('Israel');
    await flush();
    expect(t.loads).toHaveLength(2);
  });

  it('a load that finds Brieflight off here: off and idle, nothing more until turned on, then a walk again', async () => {
    document.body.innerHTML = '<p>Baku</p>';
    const t = stage();
    t.stage.apply(true);
    t.loads[0]!.resolve(false);
    await flush();
    expect(t.stage.current).toBe('off');
    expect(t.states).toEqual(['scanning', 'idle']);
    t.tested.length = 0;
    document.body.append('Israel');
    await flush();
    expect(t.tested).toEqual([]);
    expect(t.loads).toHaveLength(1);
    t.stage.apply(true);
    expect(t.loads).toHaveLength(2);
    expect(t.states).toEqual(['scanning', 'idle', 'scanning']);
  });

  it('disposed (the context ended): nothing more, also from a load under way', async () => {
    document.body.innerHTML = '<p>Weather</p>';
    const t = stage();
    t.stage.apply(true);
    t.stage.dispose();
    document.body.append('Baku');
    await flush();
    t.stage.apply(true);
    expect(t.loads).toHaveLength(0);
  });
});
