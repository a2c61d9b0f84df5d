import { describe, expect, it } from 'vitest';
import { ALIASES, GUARDS, PREFIXES } from '../data/aliases';
import { COMPILED_MATCHER } from './match.compiled';
import { compileMatcher, compiledModule, prefilterSource } from './match-compile';
import { createMatcher } from './match';

describe('utils/match.compiled.ts (the tables the extension ships)', () => {
  it('is exactly what data/aliases.ts gives (run `npm run gen` after changing the aliases)', async () => {
    // A file snapshot: `vitest -u` (npm run gen) rewrites the file; otherwise, and always in CI,
    // a difference fails here.
    await expect(compiledModule(compileMatcher(ALIASES, GUARDS, PREFIXES))).toMatchFileSnapshot('./match.compiled.ts');
  });

  it('is the module the matcher imports', () => {
    expect(COMPILED_MATCHER).toEqual(compileMatcher());
  });
});

describe('compileMatcher', () => {
  it('gives every guard rule, and every alias form a guard names', () => {
    const compiled = compileMatcher(ALIASES, GUARDS, PREFIXES);
    expect(Object.keys(compiled.guards).sort()).toEqual(GUARDS.map((g) => g.id).sort());
    for (const rule of GUARDS) {
      for (const alias of rule.aliases) expect(compiled.guarded[alias]).toContain(rule.id);
    }
  });

  it('gives each Hebrew and Arabic form with each prefix letter, and no other script', () => {
    const { forms } = compileMatcher(ALIASES, GUARDS, PREFIXES);
    expect(forms['בישראל']).toBe('israel');
    expect(forms['لإسرائيل']).toBe('israel');
    expect(forms['ببباكو']).toBeUndefined();
    expect(forms['בIsrael']).toBeUndefined();
  });

  it('rejects an alias given to two entities, and two guard rules with one id', () => {
    expect(() => compileMatcher({ azerbaijan: ['Baku'], israel: [], socar: [], baku: ['Baku'] }, [])).toThrow(/both/);
    const rule = GUARDS[0]!;
    expect(() => compileMatcher(ALIASES, [rule, rule], PREFIXES)).toThrow(/id/);
  });

  it('keeps the gate the same as prefilterSource()', () => {
    expect(compileMatcher().gate).toBe(prefilterSource());
  });

  it('makes a matcher from made-up aliases', () => {
    const m = createMatcher(compileMatcher({ azerbaijan: [], israel: ['Zion'], socar: [], baku: ['Qaf'] }, [], []));
    expect(m.find('Zion and Qaf, Zionism').map((x) => [x.text, x.entity])).toEqual([
      ['Zion', 'israel'],
      ['Qaf', 'baku'],
    ]);
  });
});
