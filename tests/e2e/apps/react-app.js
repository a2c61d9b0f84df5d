// A real React 19 app for the live-page E2E tests (tests/e2e/live.spec.ts), bundled by esbuild in
// tests/e2e/global-setup.ts into tests/e2e/pages/dist/react-app.js (React's development build: it
// reports more problems, as console errors, which fail the test).
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { STEPS, View, textsOf, withoutMarks } from './view.js';

function Story({ s }) {
  return View(createElement, s);
}

const container = document.getElementById('root');
const live = createRoot(container);
// The same view rendered into a container outside the document: what React means the page to be.
const detached = document.createElement('div');
const reference = createRoot(detached);

window.app = {
  framework: 'react',
  steps: STEPS.length,
  /** Renders step `i` (synchronously), then reports the page's HTML against React's own. */
  async render(i) {
    flushSync(() => live.render(createElement(Story, { s: STEPS[i] })));
    flushSync(() => reference.render(createElement(Story, { s: STEPS[i] })));
    // The extension repairs split text in its observer's callback, a microtask queued by React's
    // first DOM write: it has run once this await resumes.
    return window.app.compare();
  },
  compare() {
    return {
      expected: detached.innerHTML,
      actual: withoutMarks(container.innerHTML),
      text: container.textContent,
      expectedText: detached.textContent,
      expectedTexts: textsOf(detached),
    };
  },
};
