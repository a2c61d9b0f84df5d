// @vitest-environment node
// The briefing (src/data/briefing.ts): the article verbatim, and claims that cite real facts.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { BRIEFING, CLAIMS, getFact, type Block, type FactStatus } from './index';

// ── The briefing is the article, verbatim ──────────────────────────────────────────────────────

function blockText(block: Block): string[] {
  const join = (spans: { text: string }[]) => spans.map((s) => s.text).join('');
  return block.type === 'list' ? block.items.map(join) : [join(block.spans)];
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

describe('the briefing', () => {
  it('keeps the article’s words verbatim', () => {
    const path = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/seed/article.txt');
    const lines = readFileSync(path, 'utf8').split(/\r?\n/);
    const end = lines.indexOf('Related Articles');
    expect(end).toBeGreaterThan(0);
    const article = collapse(
      lines
        .slice(0, end)
        .map((l) => l.replace(/^- /, ''))
        .join(' '),
    );

    const parts: string[] = [BRIEFING.title];
    for (const section of BRIEFING.sections) {
      if (section.id !== 'introduction') parts.push(section.heading);
      for (const block of section.blocks) parts.push(...blockText(block));
    }
    expect(collapse(parts.join(' '))).toBe(article);
  });

  it('has its sections in order', () => {
    expect(BRIEFING.sections.map((s) => s.id)).toEqual([
      'introduction',
      'diplomacy',
      'defence',
      'energy',
      'community',
      'conclusion',
    ]);
  });

  it('marks the Peres quote as a claim whose source was not found', () => {
    const quotes = BRIEFING.sections.flatMap((s) => s.blocks).filter((b) => b.type === 'quote');
    expect(quotes).toHaveLength(1);
    const span = (quotes[0] as Extract<Block, { type: 'quote' }>).spans[0]!;
    expect(span.text).toContain('You bring the oil');
    const claim = CLAIMS.find((c) => c.id === span.claim)!;
    expect(claim.sourceNotFound).toBe(true);
    expect(claim.note).toMatch(/Exact quote not found; closest:/);
  });
});

describe('the claims', () => {
  const expected: Record<string, FactStatus> = {
    C1: 'confirmed',
    C3: 'outdated',
    C4: 'confirmed',
    C5: 'confirmed',
    C6: 'outdated',
    C7: 'reported',
    C8: 'disputed',
    C9: 'reported',
    C10: 'outdated',
    C11: 'outdated',
    C12: 'disputed',
    C13: 'reported',
    C14: 'confirmed',
  };

  it('are C1…C14 in order, each with its status', () => {
    expect(CLAIMS.map((c) => c.id)).toEqual(Array.from({ length: 14 }, (_, i) => `C${i + 1}`));
    for (const [id, status] of Object.entries(expected)) {
      expect(CLAIMS.find((c) => c.id === id)?.status, id).toBe(status);
    }
  });

  it('carry the corrections', () => {
    const note = (id: string) => CLAIMS.find((c) => c.id === id)?.note ?? '';
    expect(note('C3')).toMatch(/2023/);
    expect(note('C3')).toMatch(/Tel Aviv/);
    expect(note('C8')).toContain('20–46');
    expect(note('C9')).toMatch(/tanker tracking/);
    expect(note('C9')).toMatch(/denied/);
    expect(note('C10')).toMatch(/Tamar/);
    expect(note('C11')).toMatch(/\$360 million/);
    expect(note('C12')).toMatch(/estimate, not a census/);
    expect(note('C13')).toMatch(/19 September 2025/);
    expect(getFact('az-embassy-tel-aviv')?.text).toBe(
      'Azerbaijan opened its embassy in Tel Aviv on 29 March 2023.',
    );
  });
});
