// Generated pages for `npm run bench` (scripts/bench.mjs). Deterministic: the same HTML every run,
// so runs on different days compare.

const WORDS = (
  'the government said on monday that talks would resume after a week of pressure from ' +
  'regional partners while analysts warned that energy prices and shipping routes remain ' +
  'uncertain officials declined to comment on the report but a spokesperson confirmed ' +
  'that the delegation had arrived for meetings with ministers and business leaders ' +
  'markets rose slightly in early trading as investors weighed new data on inflation ' +
  'growth exports and the cost of borrowing for households and small companies'
).split(' ');

/** A small deterministic PRNG (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The mentions that the 20,000-paragraph page rotates through, one per tenth paragraph. */
export const MENTIONS = ['Azerbaijan', "Israel's", 'SOCAR', 'Baku'];

function sentence(next, words) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(next() * WORDS.length)]);
  const first = out[0] ?? 'the';
  out[0] = first[0].toUpperCase() + first.slice(1);
  return `${out.join(' ')}.`;
}

/**
 * A long article: `paragraphs` <p> of two sentences (~170 characters), every `every`-th one with
 * a mention in the middle of its first sentence; a heading every 50 paragraphs.
 */
export function paragraphPage({ paragraphs = 20000, every = 10, seed = 5 } = {}) {
  const next = rng(seed);
  const parts = [];
  let mention = 0;
  for (let i = 0; i < paragraphs; i++) {
    if (i % 50 === 0) parts.push(`<h2>Section ${i / 50 + 1}</h2>`);
    let text = `${sentence(next, 12 + Math.floor(next() * 6))} ${sentence(next, 10 + Math.floor(next() * 6))}`;
    if (i % every === every - 1) {
      const name = MENTIONS[mention++ % MENTIONS.length];
      const at = text.indexOf(' ', 30);
      text = `${text.slice(0, at)} in talks with ${name} officials${text.slice(at)}`;
    }
    parts.push(`<p>${text}</p>`);
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Generated: ${paragraphs} paragraphs</title>
<style>body { font: 16px/1.5 Georgia, serif; max-width: 760px; margin: 0 auto; padding: 16px; }</style>
</head>
<body>
<header><h1>Generated article of ${paragraphs} paragraphs</h1></header>
<main><article>
${parts.join('\n')}
</article></main>
</body>
</html>
`;
}

/**
 * An empty page with one short paragraph and no script: the load measurement's calibration page
 * (does CDP's ScriptDuration count a content script's time?).
 */
export function emptyPage() {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Empty</title></head>
<body><p>Nothing to see here.</p></body>
</html>
`;
}

/**
 * A page that changes text every animation frame, like a clock or a live ticker: a clock whose
 * text is replaced (childList mutations), a counter whose text node's data is set (characterData
 * mutations), beside a short static article that has mentions (so the extension has marks and
 * watches the page). The changing text itself holds no mention. `window.__frames` counts frames,
 * so the runner can check the page really ticked. It opts in to `<html data-brieflight-state>`
 * (CONTRACT.md), so the runner can wait for the extension's `idle` instead of sleeping.
 */
export function tickerPage() {
  const next = rng(7);
  const paras = [];
  for (let i = 0; i < 30; i++) {
    let text = `${sentence(next, 14)} ${sentence(next, 12)}`;
    if (i % 3 === 1)
      text = `${text} Officials in Baku and Israel's envoy met SOCAR executives in Azerbaijan.`;
    paras.push(`<p>${text}</p>`);
  }
  return `<!doctype html>
<html lang="en" data-brieflight-state="">
<head>
<meta charset="utf-8">
<title>Ticker</title>
<style>body { font: 16px/1.5 Georgia, serif; max-width: 760px; margin: 0 auto; padding: 16px; }</style>
</head>
<body>
<header><h1>Live: markets</h1><p>Updated <time id="clock">--:--:--.---</time> · ticks <span id="count">0</span></p></header>
<main><article>
${paras.join('\n')}
</article></main>
<script>
  window.__frames = 0;
  const clock = document.getElementById('clock');
  const count = document.getElementById('count').firstChild;
  function frame(now) {
    window.__frames++;
    clock.textContent = new Date().toISOString().slice(11, 23);
    count.data = String(window.__frames);
    requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
</script>
</body>
</html>
`;
}
