// Recall and precision of the matcher on the evaluation set (tests/detection-eval/sentences.json):
// sentences in the nine languages with the spans a careful reader marks. Pure; the unit test
// src/detect/detect-eval.test.ts runs it and holds it to the target, `node scripts/detect-eval.mjs`
// prints its table.

import type { Lang } from '@/data/morphology';
import type { EntityId } from '@/data/types';
import type { Matcher } from './match';

export interface EvalSentence {
  lang: Lang;
  /** 'adapted' from the cited source, 'scripture' quoted, or 'constructed' (no source). */
  kind: 'adapted' | 'scripture' | 'constructed';
  source: string;
  text: string;
  /** The mentions in reading order, each as its exact text and entity. */
  spans: [string, EntityId][];
}

export interface LangScore {
  lang: Lang;
  sentences: number;
  /** Marked by the reader. */
  expected: number;
  /** Found by the matcher. */
  found: number;
  /** Found with the reader's exact start, end and entity. */
  correct: number;
  recall: number;
  precision: number;
  misses: string[];
  extras: string[];
}

/** The reader's spans of a sentence as [start, end, entity], found in order in its text. */
export function expectedSpans(s: EvalSentence): [number, number, EntityId][] {
  const out: [number, number, EntityId][] = [];
  let from = 0;
  for (const [text, entity] of s.spans) {
    const at = s.text.indexOf(text, from);
    if (at < 0) throw new Error(`"${text}" is not in "${s.text}" after ${from}`);
    out.push([at, at + text.length, entity]);
    from = at + text.length;
  }
  return out;
}

/** Scores by language, in the order of `langs`. A language with nothing expected or found scores 1. */
export function score(
  sentences: readonly EvalSentence[],
  matcher: Matcher,
  langs: readonly Lang[],
): LangScore[] {
  return langs.map((lang) => {
    const mine = sentences.filter((s) => s.lang === lang);
    let expected = 0;
    let found = 0;
    let correct = 0;
    const misses: string[] = [];
    const extras: string[] = [];
    for (const s of mine) {
      const gold = expectedSpans(s).map(([a, b, e]) => `${a}:${b}:${e}`);
      const got = matcher.find(s.text).map((m) => `${m.start}:${m.end}:${m.entity}`);
      expected += gold.length;
      found += got.length;
      for (const g of gold) {
        if (got.includes(g)) correct++;
        else misses.push(`${s.text.slice(Number(g.split(':')[0]), Number(g.split(':')[1]))} in «${s.text}»`);
      }
      for (const g of got)
        if (!gold.includes(g))
          extras.push(`${s.text.slice(Number(g.split(':')[0]), Number(g.split(':')[1]))} in «${s.text}»`);
    }
    return {
      lang,
      sentences: mine.length,
      expected,
      found,
      correct,
      recall: expected === 0 ? 1 : correct / expected,
      precision: found === 0 ? 1 : correct / found,
      misses,
      extras,
    };
  });
}

/** The scores as a plain-text table (one line per language, then the total). */
export function scoreTable(scores: readonly LangScore[]): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)} %`.padStart(8);
  const lines = ['lang  sentences  marked  found  correct    recall  precision'];
  for (const s of scores) {
    lines.push(
      `${s.lang.padEnd(4)}  ${String(s.sentences).padStart(9)}  ${String(s.expected).padStart(6)}  ${String(s.found).padStart(5)}  ${String(s.correct).padStart(7)}  ${pct(s.recall)}  ${pct(s.precision)}`,
    );
  }
  const sum = (k: 'sentences' | 'expected' | 'found' | 'correct'): number =>
    scores.reduce((a, s) => a + s[k], 0);
  lines.push(
    `all   ${String(sum('sentences')).padStart(9)}  ${String(sum('expected')).padStart(6)}  ${String(sum('found')).padStart(5)}  ${String(sum('correct')).padStart(7)}  ${pct(sum('correct') / sum('expected'))}  ${pct(sum('correct') / sum('found'))}`,
  );
  return lines.join('\n');
}
