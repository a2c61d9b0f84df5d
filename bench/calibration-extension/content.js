// `npm run bench` loads this beside an empty page to check that CDP Performance.getMetrics'
// ScriptDuration of the page target counts a content script's time (it runs in an isolated world):
// the script busy-loops for CALIBRATION_MS of wall time, so a page with it should read about that
// much more than the same page without it (docs/adr/0005-benchmark.md).
(() => {
  'use strict';
  const CALIBRATION_MS = 20;
  const until = performance.now() + CALIBRATION_MS;
  let spins = 0;
  while (performance.now() < until) spins++;
  globalThis.__briefBenchCalibrationSpins = spins;
})();
