import { describe, expect, it } from 'vitest';
import type { EntityId } from '@/data/types';
import { matcher } from './match';

/** The mentions in `text`, as [exact text, entity]. */
const found = (text: string): [string, EntityId][] =>
  matcher.find(text).map((m) => [text.slice(m.start, m.end), m.entity]);

// Azerbaijani writes a demonym made with -lI in lower case, as it writes azərbaycanlı
// (yenixeber.az: "Azərbaycan israilli turistlər üçün açıq və təhlükəsiz olaraq qalır").
describe('Azerbaijani israilli in lower case', () => {
  it.each([
    [
      'Azərbaycan israilli turistlər üçün açıqdır.',
      [
        ['Azərbaycan', 'azerbaijan'],
        ['israilli', 'israel'],
      ],
    ],
    [
      'israillilər Bakıya gəlir',
      [
        ['israillilər', 'israel'],
        ['Bakıya', 'baku'],
      ],
    ],
    ['israillilərin sayı artıb', [['israillilərin', 'israel']]],
    ['İsrailli turistlər', [['İsrailli', 'israel']]],
  ] as [string, [string, EntityId][]][])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('the bare name stays a name: lower-case israil alone is no mention', () => {
    expect(found('israil')).toEqual([]);
    expect(found('israilin')).toEqual([]);
  });
});
