// The matcher's guard rules (src/data/aliases.ts GUARDS): where an alias is no mention.
import { describe, it, expect } from 'vitest';
import { GUARDS } from '@/data/aliases';
import { createMatcher } from './match';
import { compileMatcher } from './match-compile';
import { expectMentions, expectNone, find, core, upper } from '@@/tests/support/matching';

describe('guard rules (src/data/aliases.ts GUARDS)', () => {
  for (const rule of GUARDS) {
    describe(`${rule.id}: ${rule.description}`, () => {
      const forms = new Set(rule.aliases.flatMap((a) => [a, upper(a)]));
      it.each(rule.examples.mention)('mention: %s', (text) => {
        const ofEntity = find(text).filter((x) => x.entity === rule.entity);
        expect(ofEntity).toHaveLength(1);
        expect(forms.has(core(ofEntity[0]?.text ?? ''))).toBe(true);
      });
      it.each(rule.examples.notMention)('not a mention: %s', (text) => {
        expect(find(text).filter((x) => x.entity === rule.entity)).toEqual([]);
      });
    });
  }

  it('israel-given-name: given names are not mentions, institutions and dates are', () => {
    expectNone('Israel Adesanya');
    expectNone("Israel Adesanya's record");
    for (const word of [
      'Defense Forces',
      'Aerospace Industries',
      'Police',
      'Electric Corporation',
      'Museum',
    ]) {
      expectMentions(`Israel ${word}`, [['Israel', 'israel']]);
    }
    expectMentions('visited Israel Tuesday', [['Israel', 'israel']]);
    expectMentions('Israel said', [['Israel', 'israel']]);
    expectMentions('Israel and Azerbaijan', [
      ['Israel', 'israel'],
      ['Azerbaijan', 'azerbaijan'],
    ]);
    expectMentions('Israel.', [['Israel', 'israel']]);
    expectMentions("Israel's", [["Israel's", 'israel']]);
    expectMentions('Israel Azerbaijan Baku', [
      ['Israel', 'israel'],
      ['Azerbaijan', 'azerbaijan'],
      ['Baku', 'baku'],
    ]);
  });

  it('israel-given-name: documented limits', () => {
    // A capitalised word that is not allowed suppresses a real mention.
    expectNone('In Israel Netanyahu said');
    // All-caps text cannot be told apart: treated as a mention.
    expectMentions('ISRAEL ADESANYA', [['ISRAEL', 'israel']]);
    // Only the alias "Israel" is guarded; "Israeli Adesanya" is not a given name.
    expectMentions('Israeli Adesanya', [['Israeli', 'israel']]);
  });

  it('israel-honorific: a title before Israel makes it a name', () => {
    expectNone('Rabbi Israel ben Eliezer');
    expectNone('RABBI ISRAEL');
    expectMentions('Chief Rabbi of Israel', [['Israel', 'israel']]);
    expectMentions('Dr. Cohen visited Israel', [['Israel', 'israel']]);
    expectMentions('Rabbi: Israel', [['Israel', 'israel']]);
  });

  it('guards see letters of any script: a title inside a longer word, a non-ASCII name', () => {
    // "…Rabbi" glued to a letter is not the title, in the table's scripts and beyond.
    expectMentions('ΑRabbi Israel', [['Israel', 'israel']]);
    expectMentions('漢Rabbi Israel', [['Israel', 'israel']]);
    expectNone('«Rabbi Israel»');
    // A capitalised word in any script after "Israel" is a name; an initial too.
    expectNone('Israel Émile');
    expectNone('Israel Łukasz');
    expectNone('Israel J. Singer');
    expectMentions('Israel émigrés', [['Israel', 'israel']]);
    expectMentions('Israel 漢字', [['Israel', 'israel']]);
  });

  it('compiles custom guard data', () => {
    const none = { azerbaijan: [], israel: ['Israel'], socar: [], baku: ['Baku'] };
    const bare = createMatcher(compileMatcher(none, []));
    expect(find('Israel Adesanya', bare).map((x) => x.text)).toEqual(['Israel']);
    const custom = createMatcher(
      compileMatcher(none, [
        {
          id: 'baku-creature',
          entity: 'baku',
          kind: 'not-followed-by-name',
          description: 'test rule',
          aliases: ['Baku'],
          allow: ['Expo'],
          examples: { mention: [], notMention: [] },
        },
        {
          id: 'israel-after-saint',
          entity: 'israel',
          kind: 'not-preceded-by',
          description: 'test rule',
          aliases: ['Israel'],
          words: ['Saint'],
          examples: { mention: [], notMention: [] },
        },
      ]),
    );
    expect(find('Baku Dreameater', custom)).toEqual([]);
    expect(find('Baku Expo', custom).map((x) => x.text)).toEqual(['Baku']);
    expect(find('Saint Israel', custom)).toEqual([]);
    expect(find('Israel Adesanya', custom).map((x) => x.text)).toEqual(['Israel']);
  });
});
