// The RegExp pieces both compilers share (src/detect/regexp-source.ts), each read back as a RegExp:
// what it matches is what the matcher's and the prefilter's tables rely on.
import { describe, expect, it } from 'vitest';
import { alternation, charSource, classOf, ignorableClass, wordRanges } from './regexp-source';

const whole = (source: string) => new RegExp(`^(?:${source})$`);

describe('RegExp sources', () => {
  it('alternation: every word once, longest first, literal, a space as any white space', () => {
    const source = alternation(['Baku', 'State Oil', 'a.b', 'Baku']);
    expect(source.split('|')).toHaveLength(3);
    expect(source.startsWith('State')).toBe(true);
    const re = whole(source);
    expect(['Baku', 'State Oil', 'State \n Oil', 'a.b'].every((s) => re.test(s))).toBe(true);
    expect(['axb', 'StateOil', 'Bak'].some((s) => re.test(s))).toBe(false);
  });

  it('charSource: a letter with its variants, syntax escaped, a space as \\s+', () => {
    const re = whole(charSource('a', { a: 'áà' }));
    expect(['a', 'á', 'à'].every((s) => re.test(s))).toBe(true);
    expect(re.test('b')).toBe(false);
    expect(whole(charSource('.', {})).test('x')).toBe(false);
    expect(whole(charSource('^', { '^': '-]' })).test(']')).toBe(true);
    expect(whole(charSource(' ', {})).test(' \t ')).toBe(true);
  });

  it('classOf and ignorableClass: a class body of inclusive [first, last] ranges', () => {
    expect(classOf([0x41, 0x5a, 0xad, 0xad])).toBe('\\u0041-\\u005a\\u00ad');
    const ignorable = new RegExp(
      `[${ignorableClass([
        [0xad, 0xad],
        [0x200b, 0x200d],
      ])}]`,
    );
    expect(['\u00ad', '\u200b', '\u200d'].every((c) => ignorable.test(c))).toBe(true);
    expect(ignorable.test('\u200e')).toBe(false);
  });

  it('wordRanges: letters, marks and digits of the table, no space or punctuation', () => {
    const ranges = wordRanges();
    for (let i = 0; i < ranges.length; i += 2) expect(ranges[i]!).toBeLessThanOrEqual(ranges[i + 1]!);
    const word = new RegExp(`[${classOf(ranges)}]`);
    expect(['a', 'Z', '7', 'Ж', 'ə', 'א', 'ب', '\u0301'].every((c) => word.test(c))).toBe(true);
    expect([' ', '-', '.', '’', '\u00a0'].some((c) => word.test(c))).toBe(false);
  });
});
