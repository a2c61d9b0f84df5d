import { describe, expect, it } from 'vitest';
import { GUARDS } from '@/data/aliases';
import { LEXICON, PREFIX_SYSTEMS } from '@/data/morphology';
import { COMPILED_MATCHER } from './match.compiled';
import { compileMatcher, compiledModule, prefilterModule } from './match-compile';
import { prefilterSource } from './prefilter-compile';
import { PREFILTER } from './prefilter.compiled';
import { createMatcher } from './match';

describe('src/detect/match.compiled.ts (the tables the extension ships)', () => {
  it('is exactly what src/data/morphology.ts and src/data/aliases.ts give (run `npm run gen` after changing them)', async () => {
    // A file snapshot: `vitest -u` (npm run gen) rewrites the file; otherwise, and always in CI,
    // a difference fails here.
    await expect(compiledModule(compileMatcher(LEXICON, GUARDS, PREFIX_SYSTEMS))).toMatchFileSnapshot(
      './match.compiled.ts',
    );
  });

  it("has a prefilter module with exactly the prefilter's tables (src/detect/prefilter.compiled.ts)", async () => {
    await expect(prefilterModule(compileMatcher(LEXICON, GUARDS, PREFIX_SYSTEMS))).toMatchFileSnapshot(
      './prefilter.compiled.ts',
    );
    const { sieve, prefilter, prefilterRuns, ignorable, folds } = COMPILED_MATCHER;
    expect(PREFILTER).toEqual({ sieve, prefilter, prefilterRuns, ignorable, folds });
  });

  it('is the module the matcher imports', () => {
    expect(COMPILED_MATCHER).toEqual(compileMatcher());
  });
});

describe('compileMatcher', () => {
  it('writes the possessive once, after the trie, not after each form (half the RegExp, twice its compile)', () => {
    const { source } = compileMatcher(LEXICON, GUARDS, PREFIX_SYSTEMS);
    expect(source.split("['\u2019]s").length - 1).toBe(1);
    expect(source.length).toBeLessThan(8000);
  });

  it('gives every guard rule, and every form a guard names', () => {
    const compiled = compileMatcher(LEXICON, GUARDS, PREFIX_SYSTEMS);
    expect(Object.keys(compiled.guards).sort()).toEqual(GUARDS.map((g) => g.id).sort());
    for (const rule of GUARDS) {
      for (const alias of rule.aliases) expect(compiled.guarded[alias]).toContain(rule.id);
    }
  });

  it('gives Hebrew and Arabic forms their stacked prefixes, and no other script', () => {
    const m = createMatcher(compileMatcher(LEXICON, GUARDS, PREFIX_SYSTEMS));
    expect(m.entityOf('בישראל')).toBe('israel');
    expect(m.entityOf('ובישראל')).toBe('israel');
    expect(m.entityOf('لإسرائيل')).toBe('israel');
    expect(m.entityOf('وبالإسرائيلية')).toBe('israel');
    expect(m.entityOf('ببباكو')).toBeUndefined();
    expect(m.entityOf('בIsrael')).toBeUndefined();
  });

  it('rejects a form given to two entities, a form the entity keys misread, and two guard rules with one id', () => {
    expect(() => compileMatcher({ azerbaijan: ['Baku'], israel: [], socar: [], baku: ['Baku'] }, [])).toThrow(
      /both/,
    );
    const misread = [{ entity: 'baku', lang: 'en', case: 'proper', stems: ['Bakuland'] }] as const;
    expect(() => compileMatcher(misread, [], PREFIX_SYSTEMS, [['bak', 'israel']])).toThrow(/ENTITY_KEYS/);
    const rule = GUARDS[0]!;
    expect(() => compileMatcher(LEXICON, [rule, rule], PREFIX_SYSTEMS)).toThrow(/id/);
  });

  it('keeps the prefilter the same as prefilterSource()', () => {
    expect(compileMatcher().prefilter).toBe(prefilterSource());
  });

  it('makes a matcher from made-up aliases', () => {
    const m = createMatcher(
      compileMatcher({ azerbaijan: [], israel: ['Zion'], socar: [], baku: ['Qaf'] }, []),
    );
    expect(m.find('Zion and Qaf, Zionism').map((x) => [x.text, x.entity])).toEqual([
      ['Zion', 'israel'],
      ['Qaf', 'baku'],
    ]);
  });
});
