import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// WCAG contrast of every text colour the card uses, read from the stylesheets themselves, in light
// and dark: text needs 4.5:1, the focus ring 3:1 against the card.

const dir = join(__dirname);
const cardCss = readFileSync(join(dir, '..', 'card', 'card.css'), 'utf8');
const badgesCss = readFileSync(join(dir, 'badges.css'), 'utf8');

const DARK = '@media (prefers-color-scheme: dark)';

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The light part of a stylesheet (before its dark block) and the dark block. */
function split(css: string): { light: string; dark: string } {
  const i = css.indexOf(DARK);
  expect(i).toBeGreaterThan(0);
  const rest = css.slice(i);
  const end = rest.indexOf('@media', DARK.length);
  return { light: css.slice(0, i), dark: end > 0 ? rest.slice(0, end) : rest };
}

function vars(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of block.matchAll(/--bl-([\w-]+):\s*(#[0-9a-fA-F]{6})/g)) out[m[1]!] = m[2]!.toLowerCase();
  return out;
}

function badge(block: string, status: string): { bg: string; fg: string } {
  const m = new RegExp(
    `\\.bl-badge--${status}\\s*\\{\\s*background:\\s*(#[0-9a-fA-F]{6});\\s*color:\\s*(#[0-9a-fA-F]{6})`,
  ).exec(block);
  expect(m, `colours of .bl-badge--${status}`).not.toBeNull();
  return { bg: m![1]!, fg: m![2]! };
}

describe('contrast', () => {
  it('computes the WCAG ratio', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  for (const scheme of ['light', 'dark'] as const) {
    describe(scheme, () => {
      const v = vars(split(cardCss)[scheme]);
      it('card text, muted text and links reach 4.5:1 on the card', () => {
        for (const key of ['fg', 'muted', 'link']) {
          expect({ key, ok: contrast(v[key]!, v.bg!) >= 4.5 }).toEqual({ key, ok: true });
        }
      });
      it('the "Open briefing" button text reaches 4.5:1 on the button', () => {
        expect(contrast(v['button-fg']!, v.link!)).toBeGreaterThanOrEqual(4.5);
      });
      it('the focus ring reaches 3:1 on the card', () => {
        expect(contrast(v.focus!, v.bg!)).toBeGreaterThanOrEqual(3);
      });
      for (const status of ['confirmed', 'reported', 'disputed', 'outdated']) {
        it(`the ${status} badge reaches 4.5:1`, () => {
          const { bg, fg } = badge(split(badgesCss)[scheme], status);
          expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
        });
      }
    });
  }
});
