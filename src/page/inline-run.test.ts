import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findInRun, glues, gluesAtEdge, hasIgnorable, inlineRole, type RunMention } from './inline-run';
import { matcher } from '@/detect/match';

/** The text of a run mention, read back from the segments through its start and end. */
function textOf(segments: readonly string[], m: RunMention): string {
  if (m.start.segment === m.end.segment)
    return segments[m.start.segment]!.slice(m.start.offset, m.end.offset);
  let text = segments[m.start.segment]!.slice(m.start.offset);
  for (let i = m.start.segment + 1; i < m.end.segment; i++) text += segments[i];
  return text + segments[m.end.segment]!.slice(0, m.end.offset);
}

describe('findInRun (mentions across inline elements)', () => {
  it('finds a name split over elements as one mention across its segments', () => {
    const cases: [string[], string, string][] = [
      [['Search: ', 'Azer', 'baijan', ' tours'], 'Azerbaijan', 'azerbaijan'], // <b>Azer</b>baijan
      [['I', "srael's coast"], "Israel's", 'israel'], // a drop cap
      [['B', 'a', 'k', 'u'], 'Baku', 'baku'], // one span per letter
      [['Aserbaid', 'schan'], 'Aserbaidschan', 'azerbaijan'], // Aserbaid<wbr>schan
      [['ב', 'ישראל'], 'בישראל', 'israel'],
    ];
    for (const [segments, text, entity] of cases) {
      const found = findInRun(segments);
      expect(found.map((m) => [m.text, m.entity])).toEqual([[text, entity]]);
      expect(textOf(segments, found[0]!)).toBe(text);
    }
  });

  it('gives start and end points in the segments that hold the first and last characters', () => {
    expect(findInRun(['Visit ', 'Azer', 'baijan', '!'])).toEqual([
      {
        entity: 'azerbaijan',
        start: { segment: 1, offset: 0 },
        end: { segment: 2, offset: 6 },
        text: 'Azerbaijan',
      },
    ]);
    expect(findInRun(['', 'Baku', '', ' and Israel'])).toEqual([
      { entity: 'baku', start: { segment: 1, offset: 0 }, end: { segment: 1, offset: 4 }, text: 'Baku' },
      { entity: 'israel', start: { segment: 3, offset: 5 }, end: { segment: 3, offset: 11 }, text: 'Israel' },
    ]);
  });

  it('reads word edges on the whole run: a letter in the next segment ends no mention', () => {
    expect(findInRun(['Israel', 'ites'])).toEqual([]);
    expect(findInRun(['Ba', 'kunin'])).toEqual([]);
  });

  it('spans ignorable characters inside a name, not at its edges', () => {
    const found = findInRun(['Aser\u00ADbaid', '\u00ADschan\u200B is']);
    expect(found.map((m) => m.text)).toEqual(['Aser\u00ADbaid\u00ADschan']);
    expect(found[0]!.end).toEqual({ segment: 1, offset: 6 });
  });

  it('property: equals find() on the joined text, however the text is cut', () => {
    const text = fc.constantFrom(
      'Azerbaijan and Israel',
      'İsraildən Bakıya',
      'ובישראל',
      'SOCAR’s Baku office',
      'Aser\u00ADbaidschans',
    );
    fc.assert(
      fc.property(text, fc.array(fc.nat(30), { maxLength: 6 }), (t, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (t.length + 1)))].sort((a, b) => a - b);
        const segments: string[] = [];
        let at = 0;
        for (const p of [...points, t.length]) {
          segments.push(t.slice(at, p));
          at = p;
        }
        const found = findInRun(segments);
        expect(found.map((m) => [m.text, m.entity])).toEqual(matcher.find(t).map((m) => [m.text, m.entity]));
        for (const m of found) {
          expect(textOf(segments, m)).toBe(m.text);
          expect(segments[m.start.segment]!.length).toBeGreaterThan(m.start.offset);
          expect(m.end.offset).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('inlineRole (what an inline run is)', () => {
  it('continues the run through inline elements, also floated ones (drop caps) and wbr', () => {
    for (const tag of ['b', 'SPAN', 'a', 'em', 'wbr', 'mark', 'sup'])
      expect(inlineRole({ tag })).toBe('inline');
    expect(inlineRole({ tag: 'span', display: 'block', float: 'left' })).toBe('inline');
    expect(inlineRole({ tag: 'span', display: 'contents' })).toBe('inline');
  });

  it('ends the run at blocks, line breaks, table cells and non-inline display', () => {
    for (const tag of ['p', 'DIV', 'li', 'br', 'td', 'h2', 'img'])
      expect(inlineRole({ tag })).toBe('boundary');
    expect(inlineRole({ tag: 'span', display: 'block' })).toBe('boundary');
    expect(inlineRole({ tag: 'span', display: 'inline-block' })).toBe('boundary');
    expect(inlineRole({ tag: 'div', float: 'left' })).toBe('boundary');
  });

  it('excludes form controls, code, scripts, ruby annotations, editable and hidden elements', () => {
    for (const tag of ['textarea', 'code', 'script', 'svg', 'rt', 'button'])
      expect(inlineRole({ tag })).toBe('excluded');
    expect(inlineRole({ tag: 'span', editable: true })).toBe('excluded');
    expect(inlineRole({ tag: 'b', display: 'none' })).toBe('excluded');
  });
});

describe('glues (where a walker needs a run)', () => {
  it('glues letters, digits and ignorable characters across a junction; not space or punctuation', () => {
    expect(glues('Azer', 'baijan')).toBe(true);
    expect(glues('I', "srael's")).toBe(true);
    expect(glues('Aser\u00AD', 'baid')).toBe(true);
    expect(glues('ב', 'ישראל')).toBe(true);
    expect(glues('Search: ', 'Azer')).toBe(false);
    expect(glues('Baku', ', then')).toBe(false);
    expect(glues('', 'Baku')).toBe(false);
    expect(gluesAtEdge(' tours ')).toBe(false);
    expect(gluesAtEdge('baijan tours')).toBe(true);
    expect(gluesAtEdge('12:00:05')).toBe(false);
    expect(hasIgnorable('Is\u200Brael')).toBe(true);
    expect(hasIgnorable('Israel')).toBe(false);
  });

  it("an element's empty computed float (as happy-dom gives it) is no float", () => {
    expect(inlineRole({ tag: 'a', display: 'block', float: '' })).toBe('boundary');
  });
});
