import { describe, expect, it } from 'vitest';
import type { EntityId } from '@/data/types';
import { matcher } from './match';

/** The mentions in `text`, as [exact text, entity]. */
const found = (text: string): [string, EntityId][] =>
  matcher.find(text).map((m) => [text.slice(m.start, m.end), m.entity]);

// Hebrew sites whose tools know only ASCII type the geresh of אזרבייג'ן as a grave accent
// (rashuiot.co.il: "SOCAR מאזרבייג`אן"), beside ', ׳ and ’ (src/data/morphology.ts LETTER_VARIANTS).
describe('the Hebrew geresh typed as a grave accent', () => {
  it.each([
    [
      'SOCAR מאזרבייג`אן נכנסת לשוק הגז',
      [
        ['SOCAR', 'socar'],
        ['מאזרבייג`אן', 'azerbaijan'],
      ],
    ],
    ['מחוץ לשטחי אזרבייג`אן', [['אזרבייג`אן', 'azerbaijan']]],
    ['השר האזרבייג`ני ביקר בירושלים', [['האזרבייג`ני', 'azerbaijan']]],
    ['חברת הנפט של אזרבייג`ן', [['אזרבייג`ן', 'azerbaijan']]],
  ] as [string, [string, EntityId][]][])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('the grave accent is no letter of its own: the name still ends at a word edge', () => {
    expect(found('אזרבייג`אנס')).toEqual([]);
    expect(found('אזרבייג``ן')).toEqual([]);
  });
});

// Turkish newspapers also write Bakü with a circumflex (cumhuriyet.com.tr: "Bakû-Tiflis-Ceyhan Petrol
// Boru Hattı"), the ü of the name and of its endings alike.
describe('Turkish Bakû with a circumflex', () => {
  it.each([
    ['Bakû-Tiflis-Ceyhan Petrol Boru Hattı', [['Bakû', 'baku']]],
    ["Bakû'de bir toplantı yapıldı", [["Bakû'de", 'baku']]],
    ["Bakû'nün limanı", [["Bakû'nün", 'baku']]],
    ['BAKÛ', [['BAKÛ', 'baku']]],
  ] as [string, [string, EntityId][]][])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('a letter after it still ends no name', () => {
    expect(found('Bakûlar')).toEqual([]);
  });
});
