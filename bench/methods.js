// In-page side of `npm run bench` (scripts/bench.mjs injects this after the page has loaded, with
// mark.js and the bundled Brieflight pass). Plain browser JS, no modules: it must run on any page.
//
// window.__bench.init() keeps a pristine deep clone of <body>. Each run(name) then puts a fresh
// clone of that pristine body in place of <body>, lets the browser lay it out and paint it, and
// runs one method in a task of its own, so every method sees an identical, unmarked, laid-out
// DOM on a quiet main thread, and a trace of the page shows the method's tasks and nothing of the
// harness. After the method, a mark at the end of the next rendered frame.
(() => {
  'use strict';

  // (c)'s and (d)'s one Unicode regex: roughly the aliases of data/aliases.ts (English, Azerbaijani,
  // Turkish, Russian, Hebrew, Arabic, German, French, Spanish), a possessive, and the same word
  // edges (no letter, combining mark or digit on either side). No guards, no prefixes.
  const ALIASES = [
    'Azerbaijan', 'Azerbaijani', 'Azerbaijanis', 'Azeri', 'Azeris', 'Republic of Azerbaijan',
    'Azərbaycan', 'Azerbaycan', 'Азербайджан', 'Азербайджана', 'Азербайджане', "אזרבייג'ן",
    'אזרבייג׳ן', 'أذربيجان', 'Aserbaidschan', 'Azerbaïdjan', 'Azerbaiyán',
    'Israel', 'Israeli', 'Israelis', 'State of Israel', 'İsrail', 'Израиль', 'Израиля', 'Израиле',
    'ישראל', 'ישראלי', 'ישראלים', 'إسرائيل', 'Israël',
    'SOCAR', 'Socar', 'State Oil Company of Azerbaijan Republic',
    'Baku', 'Bakı', 'Bakü', 'Баку', 'באקו', 'باكو', 'Bakou', 'Bakú',
  ];
  const forms = new Set();
  for (const a of ALIASES) {
    forms.add(a);
    forms.add(a.toUpperCase());
  }
  const escape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  const W = '[\\p{L}\\p{M}\\p{N}]';
  const SOURCE =
    `(?<!${W})(?:${[...forms].sort((a, b) => b.length - a.length).map((f) => f.split(' ').map(escape).join('\\s+')).join('|')})` +
    `(?:['\u2019]s)?(?!${W})`;
  const refRegex = new RegExp(SOURCE, 'gu');
  const markjsRegex = new RegExp(SOURCE, 'gu');

  // (c) leaves text alone where a page's text is not prose (the same short list as mark.js's own).
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'TITLE', 'OPTION', 'SELECT']);

  /** (a) The floor: visit every text node and read its data. */
  function floor(root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += n.data.length;
    return chars;
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
      const left = await new Promise((r) => requestIdleCallback((d) => r(d.timeRemaining()), { timeout: 100 }));
      if (left >= QUIET_IDLE_MS) return;
    }
  };

  let pristine = null;
  let pristineMarks = 0;

  /** Starts the method; returns whether it finished synchronously and, if not, when it does. */
  function start(name, root) {
    switch (name) {
      case 'a':
        floor(root);
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
      case 'B': {
        const b = window.__brieflight;
        if (!b) throw new Error('the Brieflight bundle is not loaded');
        const run = b.run(document);
        return run.finished() ? { sync: true, dispose: run.dispose } : { sync: false, done: run.done, dispose: run.dispose };
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

    /** Runs one method on a fresh clone of the pristine body. */
    async run(name) {
      const fresh = pristine.cloneNode(true);
      document.documentElement.replaceChild(fresh, document.body);
      document.documentElement.removeAttribute('data-brieflight-state');
      // Style and layout now, then let a frame paint it: none of that lands in the method's time.
      void fresh.getBoundingClientRect();
      void document.documentElement.offsetHeight;
      await frame();
      await tick();
      await quiet();
      // The method starts in a task of its own (a timer), like a content script at document_idle.
      const result = await new Promise((resolve, reject) => {
        setTimeout(() => {
          try {
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
      // Counted in a later task, so the count is not part of the method's last task.
      await tick();
      const marks = fresh.querySelectorAll('mark').length - pristineMarks;
      result.dispose?.();
      return { ms: result.ms, sync: result.sync, marks };
    },
  };
})();
