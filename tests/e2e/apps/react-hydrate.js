// Server-side rendering and hydration (issue 12): the page arrives with React's server HTML (made
// here with react-dom/server, as a server would have sent it, before the content script runs), and
// hydrates when the test asks, after the extension has shown the mentions. React checks that the
// DOM is exactly what it rendered; text split by marks made it throw #418 (hydration mismatch,
// a console error) and render the whole root again.
import { createElement as h } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';

function App({ place }) {
  // `from {place} met`: React renders it as several text nodes (separated by comments).
  return h(
    'article',
    null,
    h('p', { id: 'met' }, 'Officials from ', place, ' met envoys from ', 'Israel', ' on Monday.'),
    h('p', null, 'SOCAR said ', place, ' would host the next round.'),
  );
}

const root = document.getElementById('root');
root.innerHTML = renderToString(h(App, { place: 'Baku' }));
window.hydrated = false;
window.hydrate = () =>
  new Promise((resolve) => {
    hydrateRoot(root, h(App, { place: 'Baku' }), {
      onRecoverableError: (err) => console.error(`recoverable: ${err.message}`),
    });
    // Hydration is concurrent: a task later it is done (or has reported its error).
    setTimeout(() => {
      window.hydrated = true;
      resolve(root.innerHTML);
    }, 50);
  });
