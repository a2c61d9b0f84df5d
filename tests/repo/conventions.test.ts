// The house rules of README.md ("House rules") and CONTRIBUTING.md, checked (issue 16; the model is
// refined-github's build/features.test.ts): a rule written down and checked by nobody drifts.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/harness.mjs';

/** Every file under `dir` (repository-relative paths, '/' separated). */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const visit = (abs: string) => {
    for (const name of readdirSync(abs)) {
      const p = join(abs, name);
      if (statSync(p).isDirectory()) visit(p);
      else out.push(relative(ROOT, p).split('\\').join('/'));
    }
  };
  visit(join(ROOT, dir));
  return out.sort();
}

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const SOURCES = filesUnder('src').filter((f) => /\.(ts|tsx)$/.test(f));
/** Written by `npm run gen` from src/data (their size is the data's). */
const GENERATED = (f: string) => f.endsWith('.compiled.ts');
const isTest = (f: string) => /\.test\.tsx?$/.test(f);
/** Test data: each component's states (tests/repo/components.test.ts checks they are rendered). */
const isFixture = (f: string) => f.includes('/fixtures/');
const MODULES = SOURCES.filter((f) => !isTest(f) && !isFixture(f) && !GENERATED(f) && !f.endsWith('.d.ts'));

/**
 * Modules with no unit test beside them, each with the reason. Anything else under src/ has
 * `<name>.test.ts(x)` or `<name>.<aspect>.test.ts(x)` next to it.
 */
const UNTESTED: Record<string, string> = {
  // Wiring only (the brief: entrypoints only wire); E2E runs them in the browser.
  'src/entrypoints/background/index.ts': 'wiring: E2E (popup.spec, hostile-boundary.spec)',
  'src/entrypoints/briefing/main.tsx': 'wiring: renders BriefingView (tested) into the page; E2E popup.spec',
  'src/entrypoints/card-ui.ts': 'wiring: hands card-host.tsx to the core; E2E card.spec',
  'src/entrypoints/content-core.ts': 'wiring: hands core.ts to the first stage; E2E every spec',
  'src/entrypoints/content/index.ts': 'wiring: defineContentScript around page.ts; E2E every spec',
  'src/entrypoints/content/core.ts': 'wiring of the scanner, painter, card and settings; E2E every spec',
  'src/entrypoints/content/page.ts': 'wiring of the first stage; E2E first-stage.spec, skeleton.spec',
  'src/entrypoints/content/core-handover.ts': 'two constants and a type shared by page.ts and core.ts',
  'src/entrypoints/options/main.tsx': 'wiring: renders Options (tested); E2E options.spec',
  'src/entrypoints/popup/main.tsx': 'wiring: renders Popup (tested); E2E popup.spec',
  'src/entrypoints/popup/api.ts': 'the popup’s browser calls; E2E popup.spec',
  // Data and declarations: checked as a whole by src/data/data.test.ts and the schema.
  'src/data/guard-rules.ts': 'types of the rules in aliases.ts; tsc checks their use',
  'src/data/aliases.ts': 'data: src/detect/match.*.test.ts, detect-eval.test.ts',
  'src/data/facts-diplomacy-defence.ts': 'data: the facts, checked whole by data.test.ts and schema.test.ts',
  'src/data/facts-energy-community.ts': 'data: the facts, checked whole by data.test.ts and schema.test.ts',
  'src/data/facts-entities.ts': 'data: the facts, checked whole by data.test.ts and schema.test.ts',
  'src/data/sources-verification.ts': 'data: the sources, checked whole by data.test.ts (URLs, dates, use)',
  'src/data/sources-verification-2026-11.ts':
    'data: the sources, checked whole by data.test.ts (URLs, dates, use)',
  'src/card/card-sessions.ts': 'the CardController’s base class: card-controller*.test.ts',
  'src/card/card-focus.ts':
    'the CardController’s base class: card-controller*.test.ts (focus, keys, hit-test)',
  'src/card/card-session.ts':
    'the controller’s session helpers: card-controller*.test.ts (selection, focus return)',
  'src/card/reader-events.ts': 'the controller’s event readers: card-controller.pointer/keyboard tests',
  'src/card/card-messages.ts':
    'three runtime messages: card-controller.test.ts passes its own, E2E card.spec opens the briefing',
  'src/card/card-ui-loader.ts':
    'the card module’s import: card-controller.test.ts (a module that never loads), E2E card.spec',
  'src/card/card-props.ts':
    'split from the host: card-host.test.tsx (props, ranking text), card-controller.test.ts',
  'src/card/card-geometry.ts':
    'split from the host: card-host.test.tsx (placement, a range gone), position.test.ts',
  'src/card/card-host-element.ts':
    'split from the host: card-host.test.tsx (the host element, popover, remount)',
  'src/card/card-frame-client.ts':
    'an iframe of an extension page, which happy-dom cannot load: E2E card-frame.spec, hostile-card-text.spec; its channel: card-channel.test.ts',
  'src/entrypoints/card-frame/main.tsx': 'wiring: renders CardFrameView (tested) in the card’s frame',
  'src/detect/prefilter-compile.ts':
    'through the compiled tables: match.prefilter.test.ts, match-compile.test.ts',
  'src/page/painted-ranges.ts': 'the Painter’s base class: paint.test.ts, mark-source.test.ts',
  'src/page/scanner-walks.ts': 'the Scanner’s base class: scanner*.test.ts',
  'src/data/entities.ts': 'data: src/data/data.test.ts',
  'src/data/facts.ts': 'data: src/data/data.test.ts (schema, sources, freshness)',
  'src/data/index.ts': 'data: src/data/data.test.ts',
  'src/data/morphology.ts': 'data: src/detect/morph.test.ts, match.languages.test.ts',
  'src/data/sources.ts': 'data: src/data/data.test.ts',
  'src/data/types.ts': 'types and the id lists; tsc checks their use',
  'src/page/dom-contract.ts': 'names only; tests/e2e read them through docs/CONTRACT.md',
  'src/page/mention-source.ts': 'an interface; its two implementations are tested (paint, mark-source)',
  'src/utils/bundles.ts': 'two file names; the build and the size budget fail without them',
  'src/utils/timings.ts': 'named constants; each reader’s tests use them',
  'src/card/card-styles.ts': 'the card’s stylesheet as a string: contrast.test.ts, card-host.test.tsx',
  'src/detect/prefilter.ts': 'through the matcher: match.prefilter.test.ts (fast-check)',
  'src/page/main-content.ts':
    'through the scanner: scanner.test.ts (the "how often" modes), E2E facts.spec on wapo-2',
  'src/page/page-state.ts':
    'through its readers: scanner.test.ts, page-control.test.ts (opt-in state attribute)',
};

/**
 * Modules whose numeric limits are not the extension's delays or limits, with the reason. Every
 * other one keeps its delays and limits in src/utils/timings.ts.
 */
const OWN_LIMITS: Record<string, string> = {
  'src/data/schema.ts':
    'rules the fact set must keep (a fact’s length, the number of changes), checked by data.test.ts',
  'src/detect/prefilter-compile.ts':
    'V8 irregexp’s own constants and the sieve’s shape, used by `npm run gen`, not at run time',
};

describe('house rules', () => {
  it('no hand-written source file under src/ is over 400 lines', () => {
    const long = SOURCES.filter((f) => !GENERATED(f))
      .map((f) => [f, read(f).trimEnd().split('\n').length] as const)
      .filter(([, lines]) => lines > 400);
    expect(long).toEqual([]);
  });

  it('every module under src/ has a test beside it, or a listed reason why not', () => {
    const tested = (m: string) => {
      const base = m.replace(/\.tsx?$/, '');
      return SOURCES.some((f) => isTest(f) && f.startsWith(`${base}.`));
    };
    expect(MODULES.filter((m) => !tested(m) && !(m in UNTESTED))).toEqual([]);
    // A listed reason for a module that is gone, or now has a test, is stale.
    expect(Object.keys(UNTESTED).filter((m) => !MODULES.includes(m) || tested(m))).toEqual([]);
  });

  it('every delay and limit is a named constant in src/utils/timings.ts', () => {
    const offenders: string[] = [];
    for (const f of MODULES) {
      if (f === 'src/utils/timings.ts' || f in OWN_LIMITS) continue;
      read(f)
        .split('\n')
        .forEach((line, i) => {
          // A named delay or limit defined outside timings.ts: *_MS, MAX_*, *_MAX*, MIN_*, *_LIMIT*.
          const named = /^(?:export )?const ([A-Z][A-Z0-9_]*) = [\d(]/.exec(line)?.[1];
          // Layout sizes (*_PX, *_SHARE) are geometry, kept with the pure function that places the card.
          if (named && /(_MS$|^MAX_|_MAX|^MIN_|_MIN|LIMIT)/.test(named) && !/(_PX|_SHARE)$/.test(named))
            offenders.push(`${f}:${i + 1} ${named}`);
          // A timer with a literal delay (0 is "a task of its own", not a delay).
          if (/\bset(?:Timeout|Interval)\([^;]*,\s*[1-9]\d*\s*\)/.test(line))
            offenders.push(`${f}:${i + 1} literal delay`);
        });
    }
    expect(offenders).toEqual([]);
  });

  it('node types are named (Node.TEXT_NODE), not numbers', () => {
    const offenders = MODULES.flatMap((f) =>
      read(f)
        .split('\n')
        .flatMap((line, i) => (/nodeType\s*[!=]==?\s*\d/.test(line) ? [`${f}:${i + 1}`] : [])),
    );
    expect(offenders).toEqual([]);
  });

  it('every ADR has a title, a date and a status', () => {
    const adrs = filesUnder('docs/adr').filter((f) => f.endsWith('.md'));
    expect(adrs.length).toBeGreaterThan(0);
    const bad = adrs.filter((f) => {
      const head = read(f).split('\n').slice(0, 6).join('\n');
      return (
        !/^# ADR \d{4}: /.test(head) || !/^Date: \d{4}-\d{2}-\d{2}/m.test(head) || !/^Status: \w/m.test(head)
      );
    });
    expect(bad).toEqual([]);
  });

  it('ADR numbers are unique and match their file names', () => {
    const adrs = filesUnder('docs/adr').filter((f) => f.endsWith('.md'));
    const numbers = adrs.map((f) => /(\d{4})-[^/]+\.md$/.exec(f)?.[1]);
    expect(new Set(numbers).size).toBe(adrs.length);
    for (const f of adrs) expect(read(f).slice(0, 12), f).toBe(`# ADR ${/(\d{4})-/.exec(f)![1]}: `);
  });
});
