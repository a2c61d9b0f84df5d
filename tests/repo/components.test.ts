import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/harness.mjs';

// The house rule "each Preact component exports `Props` and has a test with a fixture per state",
// checked (issue 16; refined-github's build/features.test.ts is the model).
//
// A component is a .tsx file under src/components/ or src/card/ whose name starts with a capital
// letter (src/components/Popup.tsx). For each one:
// - its source exports `Props` (an interface or a type);
// - its test sits beside it: src/components/Popup.test.tsx;
// - its fixture is `fixtures/<Name>.states.ts` in its own folder (src/components/fixtures/Popup.states.ts),
//   exporting `STATES`: a record, state name → what the test needs to render that state. The one
//   lookup: FIXTURE_EXCEPTIONS[Name], else that path. The card keeps its older name,
//   src/card/fixtures/card-states.ts exporting CARD_STATES, which tests/e2e/card.spec.ts also reads;
// - its test imports that record and renders every state: it runs over the whole record
//   (`Object.entries(STATES)`, `.keys`, `.values`), or names each state (`STATES.found`).

const FOLDERS = ['src/components', 'src/card'];

const FIXTURE_EXCEPTIONS: Record<string, { file: string; record: string }> = {
  Card: { file: 'src/card/fixtures/card-states.ts', record: 'CARD_STATES' },
};

/** Where a component's states live, and the name of their record. */
function fixtureOf(component: string): { file: string; record: string } {
  const name = basename(component, '.tsx');
  return (
    FIXTURE_EXCEPTIONS[name] ?? {
      file: join(dirname(component), 'fixtures', `${name}.states.ts`),
      record: 'STATES',
    }
  );
}

/** Every component, as a path from the repository's root. */
function components(): string[] {
  return FOLDERS.flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
      .filter((f) => /^[A-Z][^/\\]*\.tsx$/.test(basename(f)) && !f.endsWith('.test.tsx'))
      .map((f) => join(folder, f)),
  ).sort();
}

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The source without its comments, so a commented-out line counts for nothing. */
function code(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

/** A module specifier as a path from the root, without its extension ('@/…' is src/, '@@/…' the root). */
function resolveSpecifier(specifier: string, from: string): string | undefined {
  let path: string;
  if (specifier.startsWith('@/')) path = join('src', specifier.slice(2));
  else if (specifier.startsWith('@@/')) path = specifier.slice(3);
  else if (specifier.startsWith('.')) path = relative(ROOT, resolve(ROOT, dirname(from), specifier));
  else return undefined;
  return path.replace(/\.tsx?$/, '');
}

/** The local name a test gives to `record` imported (as a value) from `fixture`, if it imports it. */
function importedAs(test: string, source: string, fixture: string, record: string): string | undefined {
  for (const m of source.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
    if (m[1] || resolveSpecifier(m[3]!, test) !== fixture.replace(/\.ts$/, '')) continue;
    for (const part of m[2]!.split(',')) {
      const spec = /^\s*(type\s+)?([\w$]+)(?:\s+as\s+([\w$]+))?\s*$/.exec(part);
      if (spec && !spec[1] && spec[2] === record) return spec[3] ?? spec[2];
    }
  }
  return undefined;
}

/** The states of `record` a test renders: all when it runs over the record, else those it names. */
function statesRendered(source: string, local: string, states: string[]): string[] {
  if (new RegExp(String.raw`\bObject\.(?:entries|keys|values)\(\s*${local}\s*\)`).test(source)) return states;
  return states.filter((s) =>
    new RegExp(String.raw`\b${local}\s*(?:\.\s*${s}\b|\[\s*['"]${s}['"]\s*\])`).test(source),
  );
}

describe('components', () => {
  it('are found in both folders', () => {
    for (const folder of FOLDERS)
      expect(components().filter((c) => c.startsWith(`${folder}/`)).length, folder).toBeGreaterThan(0);
  });

  describe.each(components())('%s', (component) => {
    const name = basename(component, '.tsx');
    const test = join(dirname(component), `${name}.test.tsx`);
    const fixture = fixtureOf(component);

    it('exports Props', () => {
      expect(code(read(component)), `${component} exports no Props`).toMatch(
        /\bexport\s+(?:interface\s+Props\b|type\s+Props\b|(?:type\s+)?\{[^}]*\bProps\b[^}]*\})/,
      );
    });

    it(`has its test beside it, ${name}.test.tsx`, () => {
      expect(existsSync(join(ROOT, test)), `${test} is missing`).toBe(true);
    });

    it('has a fixture of its states', async () => {
      expect(existsSync(join(ROOT, fixture.file)), `${fixture.file} is missing`).toBe(true);
      const states: unknown = (await import(pathToFileURL(join(ROOT, fixture.file)).href))[fixture.record];
      expect(
        typeof states === 'object' && states !== null,
        `${fixture.file} exports no ${fixture.record} record`,
      ).toBe(true);
      expect(
        Object.keys(states as object).length,
        `${fixture.file}: ${fixture.record} is empty`,
      ).toBeGreaterThan(0);
    });

    it('its test renders every state of the fixture', async () => {
      expect(existsSync(join(ROOT, test)), `${test} is missing`).toBe(true);
      expect(existsSync(join(ROOT, fixture.file)), `${fixture.file} is missing`).toBe(true);
      const states = Object.keys(
        (await import(pathToFileURL(join(ROOT, fixture.file)).href))[fixture.record] ?? {},
      );
      const source = code(read(test));
      const local = importedAs(test, source, fixture.file, fixture.record);
      expect(local, `${test} does not import ${fixture.record} from ${fixture.file}`).toBeDefined();
      const missing = states.filter((s) => !statesRendered(source, local!, states).includes(s));
      expect(missing, `${test} does not render these states of ${fixture.file}`).toEqual([]);
    });
  });
});
