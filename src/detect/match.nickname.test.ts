import { describe, expect, it } from 'vitest';
import { matcher } from './match';

/** The mentions of Israel in `text`, as their exact text. */
const israel = (text: string): string[] =>
  matcher
    .find(text)
    .filter((m) => m.entity === 'israel')
    .map((m) => text.slice(m.start, m.end));

// A nickname in quotation marks between the given name and the surname, as biographies and sports
// pages write it (stern.de: Israel „IZ“ Kamakawiwo'ole; vanguardngr.com: Israel “The Last
// Stylebender” Adesanya; elfutbolero.com.mx: Israel Sabdi “El Piloto” Jiménez). The name after the
// nickname decides, as it does right after "Israel" (israel-given-name, israel-surname).
describe('a quoted nickname after a given name', () => {
  it.each([
    "Israel „IZ“ Kamakawiwo'ole wurde weltberühmt",
    'Israel "Iz" Kamakawiwoʻole ist einer der bekanntesten Musiker Hawaiis',
    'Israel “The Last Stylebender” Adesanya has made a huge impact',
    '‘Israel ‘Izzy’ Adesanya’ is his full ring name',
    'Israel “The Last Stylebender” Adesanya Wins Title',
    'Israel «El Piloto» Jiménez volvió a Tigres',
  ])('a person: %s', (text) => {
    expect(israel(text)).toEqual([]);
  });

  it.each([
    'Israel “Deeply Concerned” Over Strike',
    'Israel "will respond", the minister said',
    'Israel “Will Respond” To Attack',
    'Travel to Israel "Not Advised" For Now',
    'Flights to Israel "Resume Soon" Says Airline',
    'He called Israel "a Friend" in Baku',
  ])('the country: %s', (text) => {
    expect(israel(text)).toEqual(['Israel']);
  });
});
