// A real Preact app for the live-page E2E tests (tests/e2e/live.spec.ts), bundled by esbuild in
// tests/e2e/global-setup.ts into tests/e2e/pages/dist/preact-app.js, with preact/debug (it reports
// misuse and DOM surprises as console errors, which fail the test).
import 'preact/debug';
import { h, render } from 'preact';
import { STEPS, View, textsOf, withoutMarks } from './view.js';

const container = document.getElementById('root');
const detached = document.createElement('div');

function Story({ s }) {
  return View(h, s);
}

window.app = {
  framework: 'preact',
  steps: STEPS.length,
  async render(i) {
    render(h(Story, { s: STEPS[i] }), container);
    render(h(Story, { s: STEPS[i] }), detached);
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
