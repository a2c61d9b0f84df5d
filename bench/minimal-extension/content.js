// The minimal content script that `npm run bench` compares Brieflight's page-load cost with
// (docs/adr/0005-benchmark.md, "The extension as the browser loads it"): at document_idle, in every
// frame like Brieflight's, walk the body's text nodes and test each against one plain alternation
// of the names (roughly src/data/aliases.ts; no flags, no Unicode classes, no word edges, no guards).
// It changes nothing: the bench runs it on pages without mentions.
(() => {
  'use strict';
  const NAMES =
    /Azerbaijan|Azeri|Azərbaycan|Azerbaycan|Азербайджан|אזרבייג'ן|אזרבייג׳ן|أذربيجان|Aserbaidschan|Azerbaïdjan|Azerbaiyán|Israel|İsrail|Израил|ישראל|إسرائيل|Israël|SOCAR|Socar|State Oil Company of Azerbaijan Republic|Baku|Bakı|Bakü|Баку|באקו|باكو|Bakou|Bakú|AZERBAIJAN|AZERI|ISRAEL|BAKU/;
  const root = document.body;
  if (!root) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let found = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (NAMES.test(n.data)) found++;
  // Kept where nothing reads it, so the engine cannot drop the loop.
  globalThis.__briefBenchMinimalFound = found;
})();
