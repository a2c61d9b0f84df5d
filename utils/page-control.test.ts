import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Highlighter } from '@/utils/highlight';
import { PageControl, STYLE_ATTR, type CardsLike } from '@/utils/page-control';
import { Scanner } from '@/utils/scanner';
import { DEFAULTS, type Settings } from '@/utils/settings';

const TEXT =
  'Azerbaijan and Israel signed a deal in Baku. SOCAR said Azerbaijan would ship more oil to Israel; Baku agreed.';

const scanners: Scanner[] = [];

function setup(host = 'news.example.com') {
  document.body.innerHTML = `<p>${TEXT}</p>`;
  document.documentElement.removeAttribute(STYLE_ATTR);
  const calls: string[] = [];
  const cards: CardsLike = {
    close: () => calls.push('close'),
    setDwellMs: (ms) => calls.push(`dwell ${ms}`),
  };
  const highlighter = new Highlighter();
  const control = new PageControl(document, host, cards);
  const scanner = new Scanner(document, highlighter, { markOptions: () => control.markOptions() });
  control.attach(scanner);
  scanners.push(scanner);
  const marks = () => {
    // The scanner works in slices; tests take all of its pending work at once.
    scanner.flush();
    return [...document.querySelectorAll('mark.brieflight-mark')].map((m) => m.getAttribute('data-brieflight-entity'));
  };
  return { control, calls, marks };
}

const withSettings = (patch: Partial<Settings>): Settings => ({ ...DEFAULTS, ...patch });

beforeEach(() => {
  document.body.innerHTML = '';
});
afterEach(() => {
  // Each scanner watches the document: none may outlive its test.
  for (const s of scanners.splice(0)) s.destroy();
});

describe('PageControl', () => {
  it('the first snapshot starts the page with every mention, the style and the card delay', () => {
    const { control, calls, marks } = setup();
    control.apply(DEFAULTS);
    expect(control.isActive).toBe(true);
    expect(marks()).toEqual(['azerbaijan', 'israel', 'baku', 'socar', 'azerbaijan', 'israel', 'baku']);
    expect(document.documentElement.getAttribute(STYLE_ATTR)).toBe('underline');
    expect(calls).toEqual([`dwell ${DEFAULTS.cardDelayMs}`]);
  });

  it('a disabled site gets no marks and an idle page', () => {
    const { control, marks } = setup();
    control.apply(withSettings({ disabledSites: ['*.example.com'] }));
    expect(control.isActive).toBe(false);
    expect(marks()).toEqual([]);
    expect(document.documentElement.getAttribute('data-brieflight-state')).toBe('idle');
  });

  it('turning off removes every mark and closes the card; turning on restores them', () => {
    const { control, calls, marks } = setup();
    control.apply(DEFAULTS);
    control.apply(withSettings({ enabled: false }));
    expect(marks()).toEqual([]);
    expect(calls).toContain('close');
    expect(document.body.textContent).toBe(TEXT);
    control.apply(DEFAULTS);
    expect(marks()).toHaveLength(7);
  });

  it('first-mention mode marks each entity once, and again after every restart', () => {
    const { control, marks } = setup();
    control.apply(withSettings({ mode: 'first' }));
    expect(marks()).toEqual(['azerbaijan', 'israel', 'baku', 'socar']);
    control.apply(withSettings({ mode: 'first', hiddenEntities: ['israel'] }));
    expect(marks()).toEqual(['azerbaijan', 'baku', 'socar']);
    control.apply(withSettings({ mode: 'every', hiddenEntities: ['israel'] }));
    expect(marks()).toEqual(['azerbaijan', 'baku', 'socar', 'azerbaijan', 'baku']);
  });

  it('style and delay changes touch no mark', () => {
    const { control, calls, marks } = setup();
    control.apply(DEFAULTS);
    const before = document.querySelector('mark');
    control.apply(withSettings({ highlightStyle: 'background', cardDelayMs: 900 }));
    expect(document.documentElement.getAttribute(STYLE_ATTR)).toBe('background');
    expect(calls).toEqual([`dwell ${DEFAULTS.cardDelayMs}`, 'dwell 900']);
    expect(document.querySelector('mark')).toBe(before);
    expect(marks()).toHaveLength(7);
  });
});
