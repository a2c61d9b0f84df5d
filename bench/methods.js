// In-page side of `npm run bench` (scripts/bench.mjs injects this after the page has loaded, with
// mark.js, the bundled Brieflight pass and `window.__benchGateSource`, Brieflight's prefilter).
// Plain browser JS, no modules: it must run on any page.
//
// window.__bench.init() keeps a pristine deep clone of <body>. Each run(name) then puts a fresh
// clone of that pristine body in place of <body>, lets the browser lay it out and paint it, and
// runs one method in a task of its own, so every method sees an identical, unmarked, laid-out
// DOM on a quiet main thread, and a trace of the page shows the method's tasks and nothing of the
// harness. After the method, a mark at the end of the next rendered frame.
(() => {
  'use strict';

  // (c)'s and (d)'s one Unicode regex: roughly the aliases of src/data/aliases.ts (English, Azerbaijani,
  // Turkish, Russian, Hebrew, Arabic, German, French, Spanish), a possessive, and the same word
  // edges (no letter, combining mark or digit on either side). No guards, no prefixes.
  const ALIASES = [
    'Azerbaijan',
    'Azerbaijani',
    'Azerbaijanis',
    'Azeri',
    'Azeris',
    'Republic of Azerbaijan',
    'Azərbaycan',
    'Azerbaycan',
    'Азербайджан',
    'Азербайджана',
    'Азербайджане',
    "אזרבייג'ן",
    'אזרבייג׳ן',
    'أذربيجان',
    'Aserbaidschan',
    'Azerbaïdjan',
    'Azerbaiyán',
    'Israel',
    'Israeli',
    'Israelis',
    'State of Israel',
    'İsrail',
    'Израиль',
    'Израиля',
    'Израиле',
    'ישראל',
    'ישראלי',
    'ישראלים',
    'إسرائيل',
    'Israël',
    'SOCAR',
    'Socar',
    'State Oil Company of Azerbaijan Republic',
    'Baku',
    'Bakı',
    'Bakü',
    'Баку',
    'באקו',
    'باكو',
    'Bakou',
    'Bakú',
  ];
  const forms = new Set();
  for (const a of ALIASES) {
    forms.add(a);
    forms.add(a.toUpperCase());
  }
  const escape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  const W = '[\\p{L}\\p{M}\\p{N}]';
  const SOURCE =
    `(?<!${W})(?:${[...forms]
      .sort((a, b) => b.length - a.length)
      .map((f) => f.split(' ').map(escape).join('\\s+'))
      .join('|')})` + `(?:['\u2019]s)?(?!${W})`;
  const refRegex = new RegExp(SOURCE, 'gu');
  const markjsRegex = new RegExp(SOURCE, 'gu');
  // Built here, not in (p)'s window, as Brieflight builds its prefilter when its module loads.
  const prefilterRegex = window.__benchGateSource ? new RegExp(window.__benchGateSource) : null;

  // (c) leaves text alone where a page's text is not prose (the same short list as mark.js's own).
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'TITLE', 'OPTION', 'SELECT']);

  /** (a) The floor: visit every text node and read its data. */
  function floor(root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += n.data.length;
    return chars;
  }

  /**
   * (p) The walk and Brieflight's prefilter alone (the prefilter of src/detect/match.compiled.ts, one plain
   * RegExp tested on every text node's data): the least any content script that looks for the names
   * must do on a page, and what B may cost on a page without mentions.
   */
  function prefilter(root) {
    const prefilter = prefilterRegex;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let candidates = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (prefilter.test(n.data)) candidates++;
    return candidates;
  }

  /** (c) The minimal reference: the walk, one regex, splitText and a <mark> per match. */
  function reference(root) {
    const re = refRegex;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const hits = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      re.lastIndex = 0;
      if (re.test(n.data) && !SKIP.has(n.parentNode.nodeName)) hits.push(n);
    }
    let made = 0;
    for (const node of hits) {
      const text = node.data;
      const spans = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) spans.push(m.index, m[0].length);
      // From the last match back, so the offsets of earlier matches stay valid in `node`.
      for (let i = spans.length - 2; i >= 0; i -= 2) {
        const hit = node.splitText(spans[i]);
        hit.splitText(spans[i + 1]);
        const mark = document.createElement('mark');
        mark.className = 'bench-ref';
        hit.parentNode.replaceChild(mark, hit);
        mark.appendChild(hit);
        made++;
      }
    }
    return made;
  }

  /** (d) mark.js markRegExp over the whole body, with the same regex as (c). */
  function markjs(root, done) {
    markjsRegex.lastIndex = 0;
    new window.Mark(root).markRegExp(markjsRegex, { element: 'mark', className: 'bench-markjs', done });
  }

  const tick = () => new Promise((r) => setTimeout(r, 0));
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  /** After the next frame's rendering (style, layout, paint): a task posted from its rAF callback. */
  const rendered = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  /**
   * Until the main thread has been idle for a while: the garbage of an earlier method (a discarded
   * body of 20,000 paragraphs) is collected and swept in tasks, which would otherwise run inside
   * this method's window (between its slices, for one that yields). At most about a second.
   */
  const QUIET_IDLE_MS = 40;
  const quiet = async () => {
    for (let i = 0; i < 40; i++) {
      const left = await new Promise((r) =>
        requestIdleCallback((d) => r(d.timeRemaining()), { timeout: 100 }),
      );
      if (left >= QUIET_IDLE_MS) return;
    }
  };

  let pristine = null;
  let pristineMarks = 0;

  /** The methods held to "no DOM writes" (B on a page without mentions): their writes are counted. */
  const WATCHED = new Set(['p', 'B']);
  const STATE_ATTR = 'data-brieflight-state';

  /**
   * Counts every DOM write in the document (not inside shadow roots) until stopped: records are
   * only collected, so a method that writes nothing pays nothing. `state` counts the writes of
   * `<html data-brieflight-state>`, the contract's one opt-in exception.
   */
  function watchWrites() {
    let all = 0;
    let state = 0;
    const count = (records) => {
      for (const r of records) {
        all++;
        if (
          r.type === 'attributes' &&
          r.target === document.documentElement &&
          r.attributeName === STATE_ATTR
        )
          state++;
      }
    };
    const observer = new MutationObserver(count);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    return () => {
      count(observer.takeRecords());
      observer.disconnect();
      return { writes: all, stateWrites: state };
    };
  }

  /** Brieflight's own highlights (`brieflight-<id>`, not the `brieflight-ui-` ones) in CSS.highlights. */
  const ownHighlights = () =>
    window.CSS && CSS.highlights
      ? [...CSS.highlights.keys()].filter(
          (k) => k.startsWith('brieflight-') && !k.startsWith('brieflight-ui-'),
        )
      : [];
  function paintedRanges() {
    let ranges = 0;
    for (const k of ownHighlights()) ranges += CSS.highlights.get(k).size;
    return ranges;
  }

  /** Starts the method; returns whether it finished synchronously and, if not, when it does. */
  function start(name, root) {
    switch (name) {
      case 'a':
        floor(root);
        return { sync: true };
      case 'p':
        if (!prefilterRegex) throw new Error("window.__benchGateSource (Brieflight's prefilter) is not set");
        prefilter(root);
        return { sync: true };
      case 'c':
        reference(root);
        return { sync: true };
      case 'd': {
        // mark.js reports the end through `done`; without iframes it calls it synchronously.
        let finished = false;
        let resolve;
        const done = new Promise((r) => (resolve = r));
        markjs(root, () => {
          finished = true;
          resolve();
        });
        return finished ? { sync: true } : { sync: false, done };
      }
      case 'B':
      case 'M': {
        const b = window.__brieflight;
        if (!b) throw new Error('the Brieflight bundle is not loaded');
        // B: the default, painted highlights; M: the opt-in element marks. The painted-era entry
        // lists its `displays` and takes the display as a string; an entry without the list gets
        // `{ display }`, and one that takes neither runs its one way for both: the runner sees it
        // in what each run showed.
        const display = name === 'B' ? 'paint' : 'marks';
        const run = Array.isArray(b.displays) ? b.run(document, display) : b.run(document, { display });
        return run.finished()
          ? { sync: true, dispose: run.dispose }
          : { sync: false, done: run.done, dispose: run.dispose };
      }
      default:
        throw new Error(`unknown method ${name}`);
    }
  }

  window.__bench = {
    init() {
      pristine = document.body.cloneNode(true);
      pristineMarks = pristine.querySelectorAll('mark').length;
      const walker = document.createTreeWalker(pristine, NodeFilter.SHOW_TEXT);
      let textNodes = 0;
      while (walker.nextNode()) textNodes++;
      return { textNodes, elements: pristine.getElementsByTagName('*').length };
    },

    /**
     * Text nodes where (c)'s regex finds a mention, outside the elements (c) skips; writes nothing.
     * The load measurement keeps the corpus pages where this is 0 ("pages without mentions").
     */
    probe() {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let hits = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        refRegex.lastIndex = 0;
        if (refRegex.test(n.data) && !SKIP.has(n.parentNode.nodeName)) hits++;
      }
      return hits;
    },

    /** Runs one method on a fresh clone of the pristine body. */
    async run(name) {
      const fresh = pristine.cloneNode(true);
      document.documentElement.replaceChild(fresh, document.body);
      // The page opts in to the state attribute (CONTRACT.md: carried when the pass starts, any
      // value), as tests do, so B and M can say when they are over; set before any watch starts.
      // The painted-era entry (it lists `displays`) ends on the scanner's own settle callback and
      // needs no attribute: its page stays one that did not opt in, as the reader's pages are (the
      // attribute's writes would cost B a style recalculation that c never pays, and count as DOM
      // writes). `usesStateAttribute` on the entry overrides the guess either way.
      const b = window.__brieflight;
      const optIn = b?.usesStateAttribute ?? !Array.isArray(b?.displays);
      if (optIn) document.documentElement.setAttribute(STATE_ATTR, '');
      else document.documentElement.removeAttribute(STATE_ATTR);
      // An earlier Brieflight run's painted ranges point into the discarded body: none is left.
      for (const k of ownHighlights()) CSS.highlights.delete(k);
      // Style and layout now, then let a frame paint it: none of that lands in the method's time.
      void fresh.getBoundingClientRect();
      void document.documentElement.offsetHeight;
      await frame();
      await tick();
      await quiet();
      // The method starts in a task of its own (a timer), like a content script at document_idle.
      let stopWatching = null;
      const result = await new Promise((resolve, reject) => {
        setTimeout(() => {
          try {
            if (WATCHED.has(name)) stopWatching = watchWrites();
            performance.mark(`bench:${name}:start`);
            const t0 = performance.now();
            const s = start(name, fresh);
            if (s.sync) {
              const t1 = performance.now();
              performance.mark(`bench:${name}:end`);
              resolve({ ms: t1 - t0, sync: true, dispose: s.dispose });
              return;
            }
            s.done.then(() => {
              const t1 = performance.now();
              performance.mark(`bench:${name}:end`);
              resolve({ ms: t1 - t0, sync: false, dispose: s.dispose });
            }, reject);
          } catch (e) {
            reject(e);
          }
        }, 0);
      });
      // The end of the frame that shows the method's last change: the trace's busy time up to
      // here is the method's cost to the page, the relayout of what it changed included.
      await rendered();
      performance.mark(`bench:${name}:rendered`);
      const written = stopWatching ? stopWatching() : { writes: null, stateWrites: null };
      // Counted in a later task, so the count is not part of the method's last task.
      await tick();
      const marks = fresh.querySelectorAll('mark').length - pristineMarks;
      const painted = paintedRanges();
      result.dispose?.();
      return { ms: result.ms, sync: result.sync, marks, painted, ...written };
    },
  };
})();
