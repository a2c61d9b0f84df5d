// The page's own behaviour, the same with and without the extension (hostile.spec.ts compares).
window.pageLog = [];
let count = 0;
document.getElementById('counter').addEventListener('click', () => {
  count++;
  document.getElementById('count').textContent = String(count);
  pageLog.push('count:' + count);
});
document.getElementById('form').addEventListener('submit', (e) => {
  e.preventDefault();
  pageLog.push('submit:' + new FormData(e.target).get('q'));
});
document.getElementById('link').addEventListener('click', () => pageLog.push('link'));
document.addEventListener('click', (e) => pageLog.push('click:' + (e.target.id || e.target.localName)), true);
document.addEventListener('focusin', (e) => pageLog.push('focus:' + (e.target.id || e.target.localName)));
window.addEventListener('message', (e) => pageLog.push('message:' + JSON.stringify(e.data)));
window.addEventListener('hashchange', () => pageLog.push('hash:' + location.hash));
window.forgedMarks = () => [...document.querySelectorAll('#forged-p mark')].map((m) => m.outerHTML);
window.pageResult = () => ({
  log: pageLog.slice(),
  count: document.getElementById('count').textContent,
  hash: location.hash,
  q: document.getElementById('q').value,
  texts: ['normal', 'forged-p', 'own'].map((id) => document.getElementById(id).textContent),
  forged: forgedMarks(),
  extra: typeof window.extraResult === 'function' ? window.extraResult() : null,
});
