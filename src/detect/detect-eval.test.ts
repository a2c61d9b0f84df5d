import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LANGS } from '@/data/morphology';
import { expectedSpans, score, scoreTable, type EvalSentence } from './detect-eval';
import { matcher } from './match';

const SENTENCES = JSON.parse(
  // Tests run from the repository's root (vitest.config.ts).
  readFileSync(resolve(process.cwd(), 'tests/detection-eval/sentences.json'), 'utf8'),
) as EvalSentence[];

/** The target of issue 13, per language. */
const RECALL_TARGET = 0.97;
const PRECISION_TARGET = 0.99;

describe('the evaluation set (tests/detection-eval/sentences.json)', () => {
  it('has sentences in every language, each with a source and spans that are in its text', () => {
    for (const lang of LANGS)
      expect(SENTENCES.filter((s) => s.lang === lang).length).toBeGreaterThanOrEqual(10);
    for (const s of SENTENCES) {
      expect(s.source.length).toBeGreaterThan(0);
      expect(['adapted', 'scripture', 'constructed']).toContain(s.kind);
      expect(() => expectedSpans(s)).not.toThrow();
    }
  });

  it(`reaches recall ≥ ${RECALL_TARGET * 100} % and precision ≥ ${PRECISION_TARGET * 100} % in every language`, () => {
    const scores = score(SENTENCES, matcher, LANGS);
    // The table `node scripts/detect-eval.mjs` prints.
    console.log(`\n${scoreTable(scores)}\n`);
    for (const s of scores) {
      expect({ lang: s.lang, misses: s.recall >= RECALL_TARGET ? [] : s.misses }).toEqual({
        lang: s.lang,
        misses: [],
      });
      expect({ lang: s.lang, extras: s.precision >= PRECISION_TARGET ? [] : s.extras }).toEqual({
        lang: s.lang,
        extras: [],
      });
    }
  });
});
