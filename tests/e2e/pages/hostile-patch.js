// Main-world prototype patches shared by hostile-prototypes.html and its frame: the extension's
// isolated world must not be affected by any of them.
// Patches the main world's DOM before anything else runs. Every patched function records its
// calls; once the page has done its own setup (`armed`), each one throws. The extension's content
// script runs in an isolated world with its own prototypes, so it must neither call these nor
// care: with and without the extension, the page records the same calls.
window.hostileCalls = {};
window.armed = false;
// Playwright's own helper in the main world (InjectedScript) is let through, so the test can
// drive the page; every other caller is recorded and, once armed, gets the throw.
const driver = () => /InjectedScript/.test(new Error().stack);
const note = (name) => { hostileCalls[name] = (hostileCalls[name] || 0) + 1; };
const patch = (proto, name, label) => {
  const orig = proto[name];
  proto[name] = function (...args) {
    if (driver()) return orig.apply(this, args);
    note(label);
    if (window.armed) throw new Error('hostile page: ' + label + ' is off limits');
    return orig.apply(this, args);
  };
};
patch(Element.prototype, 'attachShadow', 'attachShadow');
patch(Node.prototype, 'appendChild', 'appendChild');
patch(Node.prototype, 'insertBefore', 'insertBefore');
patch(Node.prototype, 'replaceChild', 'replaceChild');
patch(Node.prototype, 'removeChild', 'removeChild');
patch(Node.prototype, 'normalize', 'normalize');
patch(Node.prototype, 'cloneNode', 'cloneNode');
patch(Text.prototype, 'splitText', 'splitText');
patch(Document.prototype, 'createTreeWalker', 'createTreeWalker');
patch(Document.prototype, 'createNodeIterator', 'createNodeIterator');
patch(Document.prototype, 'createElement', 'createElement');
patch(Document.prototype, 'createRange', 'createRange');
patch(Document.prototype, 'evaluate', 'evaluate');
patch(Element.prototype, 'closest', 'closest');
patch(Element.prototype, 'replaceWith', 'replaceWith');
patch(Element.prototype, 'append', 'append');
patch(Element.prototype, 'setAttribute', 'setAttribute');
patch(CharacterData.prototype, 'replaceData', 'replaceData');
const textData = Object.getOwnPropertyDescriptor(CharacterData.prototype, 'data');
Object.defineProperty(CharacterData.prototype, 'data', {
  configurable: true,
  get() { if (driver()) return textData.get.call(this); note('data.get'); if (window.armed) throw new Error('hostile page: data'); return textData.get.call(this); },
  set(v) { if (driver()) return textData.set.call(this, v); note('data.set'); if (window.armed) throw new Error('hostile page: data'); textData.set.call(this, v); },
});
const OriginalObserver = window.MutationObserver;
window.MutationObserver = function MutationObserver(callback) {
  if (driver()) return new OriginalObserver(callback);
  note('MutationObserver');
  throw new Error('hostile page: no MutationObserver');
};
window.WebKitMutationObserver = window.MutationObserver;
const originalIdle = window.requestIdleCallback;
window.requestIdleCallback = function (...args) { if (driver()) return originalIdle.apply(window, args); note('requestIdleCallback'); throw new Error('hostile page: no idle callbacks'); };
