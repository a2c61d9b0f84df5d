import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageSwitch } from '@/settings/settings-switch';
import { ENTITY_IDS } from '@/data/types';
import { isActiveOn, parseSettings, shownEntities } from '@/settings/settings';
import { MAX_DISABLED_SITES } from '@/utils/timings';

/** What src/settings/settings.ts says for a stored snapshot whose values it reads as they are. */
function reference(raw: Record<string, unknown>, host: string): 'on' | 'off' {
  const { settings } = parseSettings(raw);
  return isActiveOn(settings, host) && shownEntities(settings).size > 0 ? 'on' : 'off';
}

const HOSTS = [
  'news.example',
  'www.news.example',
  'blog.example',
  'a.b.blog.example',
  'localhost',
  '127.0.0.1',
];
const site = fc.constantFrom(
  'news.example',
  '*.news.example',
  '*.blog.example',
  'localhost',
  '127.0.0.1',
  'NEWS.example',
  'bad host',
  '',
  'news.example.',
);
const value = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom('on', 'off', 0, 1, 'true'),
  fc.array(site, { maxLength: 4 }),
  fc.array(fc.constantFrom(...ENTITY_IDS, 'paris', 3), { maxLength: 5 }),
  fc.dictionary(fc.constantFrom(...ENTITY_IDS), fc.boolean()),
);
const stamp = fc.oneof(
  fc.constant(undefined),
  fc.constant({ v: 1 }),
  fc.constant({ v: 2 }),
  fc.constant({ v: 3 }),
  fc.constant('x'),
);

describe('pageSwitch (the first stage’s reading of the stored settings)', () => {
  it('agrees with src/settings/settings.ts wherever it is not unsure, and is sure on every current value', () => {
    fc.assert(
      fc.property(
        value,
        value,
        value,
        stamp,
        stamp,
        stamp,
        fc.constantFrom(...HOSTS),
        (enabled, sites, hidden, s1, s2, s3, host) => {
          const raw: Record<string, unknown> = {
            enabled,
            disabledSites: sites,
            hiddenEntities: hidden,
            enabled$: s1,
            disabledSites$: s2,
            hiddenEntities$: s3,
          };
          const got = pageSwitch(raw, host);
          if (got !== 'unsure') expect(got).toBe(reference(raw, host));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('is sure for what the extension itself stores (defaults, a switch, sites, entities)', () => {
    expect(pageSwitch({}, 'news.example')).toBe('on');
    expect(pageSwitch({ enabled: false, enabled$: { v: 2 } }, 'news.example')).toBe('off');
    expect(pageSwitch({ disabledSites: ['news.example', '*.blog.example'] }, 'news.example')).toBe('off');
    expect(pageSwitch({ disabledSites: ['news.example', '*.blog.example'] }, 'a.blog.example')).toBe('off');
    expect(pageSwitch({ disabledSites: ['news.example'] }, 'www.news.example')).toBe('on');
    expect(pageSwitch({ hiddenEntities: [...ENTITY_IDS] }, 'news.example')).toBe('off');
    expect(pageSwitch({ hiddenEntities: ENTITY_IDS.slice(1) }, 'news.example')).toBe('on');
  });

  it('is unsure for v1 values, bad ones and newer version stamps', () => {
    expect(pageSwitch({ enabled: 'off' }, 'a.example')).toBe('unsure');
    expect(pageSwitch({ disabledSites: 'news.example, blog.example' }, 'a.example')).toBe('unsure');
    expect(pageSwitch({ hiddenEntities: { baku: false } }, 'a.example')).toBe('unsure');
    expect(pageSwitch({ disabledSites: ['NEWS.example'] }, 'a.example')).toBe('unsure');
    expect(pageSwitch({ enabled$: { v: 3 } }, 'a.example')).toBe('unsure');
    const many = Array.from({ length: MAX_DISABLED_SITES + 1 }, (_, i) => `s${i}.example`);
    expect(pageSwitch({ disabledSites: many }, 'a.example')).toBe('unsure');
  });
});
