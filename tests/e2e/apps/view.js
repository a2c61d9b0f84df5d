// The view both fixture apps render (React 19 in react-app.js, Preact in preact-app.js), written
// against a `createElement` the app passes in, so the two render exactly the same tree. Every step
// re-renders text that holds mentions, toggles nodes and reorders a keyed list, in the ways that
// break naive highlighters: a text node set in place (React and Preact keep their own text nodes
// and set `.data`), a text node removed, an element inserted right after a text node we split
// (Preact finds its place through `nextSibling`), a single-text element (React writes its
// `textContent`), and keyed moves.

const ITEMS = {
  a: 'SOCAR opens an office in Baku',
  b: 'Israel and Azerbaijan sign a water deal',
  c: 'Markets close higher',
  d: "Azerbaijan's president visits Israel",
  e: 'Weather: sunny in Bakı',
};

/** The states the app goes through, one per step. */
export const STEPS = [
  {
    title: 'Live: Azerbaijan and Israel',
    intro: 'talks in Baku went well',
    lead: 'Officials from Israel said ',
    bold: false,
    rest: 'SOCAR will invest.',
    aside: true,
    items: ['a', 'b', 'c'],
    single: 'Baku is the capital of Azerbaijan',
  },
  {
    title: 'Live: Azerbaijan and Israel',
    intro: 'talks in Baku resumed after a pause',
    lead: 'Officials from Israel said ',
    bold: true,
    rest: 'SOCAR will invest.',
    aside: true,
    items: ['c', 'a', 'b'],
    single: 'Baku is the capital of Azerbaijan',
  },
  {
    title: 'Live: Israel and Azerbaijan',
    intro: 'nothing new',
    lead: 'Officials from Azerbaijan said ',
    bold: false,
    rest: 'Israel agreed.',
    aside: false,
    items: ['b', 'c', 'a', 'd'],
    single: 'The capital is Baku',
  },
  {
    title: 'Live: Israel and Azerbaijan',
    intro: 'SOCAR and Israel talk',
    lead: 'Officials from Azerbaijan said ',
    bold: true,
    rest: 'Israel agreed.',
    aside: true,
    items: ['d', 'b'],
    single: 'Plain text',
  },
  {
    title: 'Live update',
    intro: 'Israel',
    lead: 'Israel ',
    bold: false,
    rest: 'Baku',
    aside: false,
    items: ['e', 'd', 'b', 'a', 'c'],
    single: 'Azerbaijan',
  },
  {
    title: 'Live: SOCAR in Baku',
    intro: 'Baku, Israel and Azerbaijan',
    lead: 'Nobody said ',
    bold: true,
    rest: 'anything about Israel.',
    aside: true,
    items: ['a', 'e'],
    single: 'SOCAR',
  },
];

export function View(h, s) {
  return h(
    'article',
    { id: 'story' },
    h('h1', null, s.title),
    // Three text nodes: "Update: ", the intro (re-rendered in place), "."
    h('p', { id: 'intro' }, 'Update: ', s.intro, '.'),
    // A text node, an element toggled right after it, another text node.
    h('p', { id: 'mixed' }, s.lead, s.bold ? h('b', null, 'breaking: ') : null, s.rest),
    s.aside ? h('aside', { id: 'aside' }, 'Background: SOCAR is the state oil company of Azerbaijan.') : null,
    h(
      'ul',
      { id: 'list' },
      s.items.map((id) => h('li', { key: id, 'data-id': id }, ITEMS[id])),
    ),
    h('p', { id: 'single' }, s.single),
  );
}

/** The app's own render without marks: our marks removed from the live HTML. */
export function withoutMarks(html) {
  return html.replace(
    /<mark class="brieflight-mark(?: [a-z0-9]+)?" data-brieflight-entity="[a-z]+">([^<]*)<\/mark>/g,
    '$1',
  );
}

/** The data of every text node under `root`, in order (where mentions can be). */
export function textsOf(root) {
  const out = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n.data);
  return out;
}
