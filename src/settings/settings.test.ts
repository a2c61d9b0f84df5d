import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULTS,
  MIGRATIONS_TO_V2,
  MIGRATIONS_TO_V3,
  SETTING_KEYS,
  isActiveOn,
  openSettings,
  parseSetting,
  parseSettings,
  shownEntities,
  type SettingChange,
} from '@/settings/settings';

const sync = () => fakeBrowser.storage.sync;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('parsing stored values', () => {
  it('missing values are the defaults, and are not reported as invalid', () => {
    expect(parseSettings({})).toEqual({ settings: DEFAULTS, invalid: [] });
  });

  it('wrong types, unknown values and megabyte strings become defaults, and are reported', () => {
    const mega = 'x'.repeat(1_000_000);
    const { settings, invalid } = parseSettings({
      enabled: 'yes',
      disabledSites: mega,
      hiddenEntities: { azerbaijan: true, extra: 1 },
      mode: mega,
      highlightStyle: ['background'],
      cardDelayMs: 1e9,
      display: 'wrap',
      trigger: 'doubleclick',
      cardTextSize: 'huge',
    });
    expect(settings).toEqual(DEFAULTS);
    expect(invalid).toEqual([...SETTING_KEYS]);
  });

  it('a list keeps its valid entries and reports the rest', () => {
    expect(
      parseSetting('disabledSites', ['Example.com', 'not a host', 'x'.repeat(1_000_000), 'example.com']),
    ).toEqual({
      value: ['example.com'],
      ok: false,
    });
    expect(parseSetting('hiddenEntities', ['baku', '__proto__'])).toEqual({ value: ['baku'], ok: false });
    expect(parseSetting('hiddenEntities', ['baku', 'israel'])).toEqual({
      value: ['israel', 'baku'],
      ok: true,
    });
    expect(
      parseSetting(
        'disabledSites',
        Array.from({ length: 100_000 }, () => 'a.org'),
      ).ok,
    ).toBe(false);
  });

  it('card delays must be whole milliseconds in range', () => {
    expect(parseSetting('cardDelayMs', 500)).toEqual({ value: 500, ok: true });
    expect(parseSetting('cardDelayMs', 99).ok).toBe(false);
    expect(parseSetting('cardDelayMs', 350.5).ok).toBe(false);
    expect(parseSetting('cardDelayMs', Number.NaN).ok).toBe(false);
  });

  it('how mentions are shown is "paint" (the default) or "marks"', () => {
    expect(DEFAULTS.display).toBe('paint');
    expect(parseSetting('display', 'marks')).toEqual({ value: 'marks', ok: true });
    expect(parseSetting('display', 'paint')).toEqual({ value: 'paint', ok: true });
    expect(parseSetting('display', 'wrap')).toEqual({ value: 'paint', ok: false });
    expect(parseSetting('display', true)).toEqual({ value: 'paint', ok: false });
  });
});

describe('migrations v1 → v2', () => {
  it('turn each v1 shape into v2', () => {
    expect(MIGRATIONS_TO_V2.enabled('off')).toBe(false);
    expect(MIGRATIONS_TO_V2.disabledSites(' a.org, B.org\n*.c.org  a.org')).toEqual([
      'a.org',
      'b.org',
      '*.c.org',
    ]);
    expect(MIGRATIONS_TO_V2.disabledSites('')).toEqual([]);
    expect(MIGRATIONS_TO_V2.hiddenEntities({ azerbaijan: true, israel: false, baku: false })).toEqual([
      'israel',
      'baku',
    ]);
    expect(MIGRATIONS_TO_V2.mode(true)).toBe('first');
    expect(MIGRATIONS_TO_V2.highlightStyle('dotted')).toBe('underline');
    expect(MIGRATIONS_TO_V2.cardDelayMs(0.5)).toBe(500);
  });

  it('leave v2 values and garbage alone', () => {
    const values: Record<string, unknown[]> = {
      enabled: [true, false, 'garbage'],
      disabledSites: [['a.org'], 42, 'x'.repeat(100_000), 'a.org, not/a/host'],
      hiddenEntities: [['baku'], { a: 'b' }, 'baku'],
      mode: ['every', 'first', 7],
      highlightStyle: ['underline', 'background', 'neon'],
      cardDelayMs: [350, 2000, -1],
      display: ['paint', 'marks', 'wrap'],
      trigger: ['hover', 'click', 'wrap'],
      cardTextSize: ['small', 'large', 'huge'],
    };
    for (const key of SETTING_KEYS) {
      for (const value of values[key]!) expect(MIGRATIONS_TO_V2[key](value), key).toBe(value);
    }
  });

  it('run on v1 values found in storage (then v2 → v3), and stamp them v3', async () => {
    await sync().set({
      enabled: 'off',
      disabledSites: 'news.example.com, *.example.org',
      hiddenEntities: { azerbaijan: true, israel: true, socar: false, baku: true },
      mode: true,
      highlightStyle: 'solid',
      cardDelayMs: 1.2,
    });
    const store = await openSettings();
    const { settings, invalid } = await store.load();
    expect(invalid).toEqual([]);
    expect(settings).toEqual({
      enabled: false,
      disabledSites: ['news.example.com', '*.example.org'],
      hiddenEntities: ['socar'],
      mode: 'page',
      highlightStyle: 'underline',
      cardDelayMs: 1200,
      display: 'paint',
      trigger: 'hover',
      cardTextSize: 'normal',
    });
    const stored = await sync().get(null);
    expect(stored['mode']).toBe('page');
    expect(stored['mode$']).toEqual({ v: 3 });
  });
});

describe('migrations v2 → v3 (issue 15: "how often" has three values)', () => {
  it("turn v2's 'first' into 'page' and leave the rest alone", () => {
    expect(MIGRATIONS_TO_V3.mode('first')).toBe('page');
    for (const value of ['every', 'section', 'page', 7, 'x'])
      expect(MIGRATIONS_TO_V3.mode(value)).toBe(value);
    for (const key of SETTING_KEYS.filter((k) => k !== 'mode'))
      expect(MIGRATIONS_TO_V3[key]('first'), key).toBe('first');
  });

  it("read a stored v2 'first' as 'page', stamped v3", async () => {
    await sync().set({ mode: 'first', mode$: { v: 2 }, enabled: false, enabled$: { v: 2 } });
    const { settings, invalid } = await (await openSettings()).load();
    expect(invalid).toEqual([]);
    expect(settings).toEqual({ ...DEFAULTS, mode: 'page', enabled: false });
    const stored = await sync().get(null);
    expect(stored['mode']).toBe('page');
    expect(stored['mode$']).toEqual({ v: 3 });
  });

  it('parse the three values and nothing else', () => {
    for (const value of ['every', 'section', 'page'] as const)
      expect(parseSetting('mode', value)).toEqual({ value, ok: true });
    expect(parseSetting('mode', 'first')).toEqual({ value: 'every', ok: false });
  });
});

describe('the card text size (issue 15)', () => {
  it('is normal by default, parses small, normal and large, and nothing else', () => {
    expect(DEFAULTS.cardTextSize).toBe('normal');
    for (const value of ['small', 'normal', 'large'] as const)
      expect(parseSetting('cardTextSize', value)).toEqual({ value, ok: true });
    for (const bad of ['huge', 12, true])
      expect(parseSetting('cardTextSize', bad)).toEqual({ value: 'normal', ok: false });
  });
});

describe('the store', () => {
  it('starts with the defaults and round-trips each setting', async () => {
    const store = await openSettings();
    expect(await store.load()).toEqual({ settings: DEFAULTS, invalid: [] });
    await store.set('enabled', false);
    await store.set('disabledSites', ['a.org']);
    await store.set('hiddenEntities', ['israel']);
    await store.set('mode', 'section');
    await store.set('highlightStyle', 'background');
    await store.set('cardDelayMs', 800);
    await store.set('display', 'marks');
    await store.set('trigger', 'modifier');
    await store.set('cardTextSize', 'large');
    const again = await (await openSettings()).load();
    expect(again.settings).toEqual({
      enabled: false,
      disabledSites: ['a.org'],
      hiddenEntities: ['israel'],
      mode: 'section',
      highlightStyle: 'background',
      cardDelayMs: 800,
      display: 'marks',
      trigger: 'modifier',
      cardTextSize: 'large',
    });
    expect((await sync().get('enabled$'))['enabled$']).toEqual({ v: 3 });
    await store.reset();
    expect((await store.load()).settings).toEqual(DEFAULTS);
  });

  it('refuses to write an invalid value', async () => {
    const store = await openSettings();
    await expect(store.set('cardDelayMs', 5)).rejects.toThrow();
    await expect(store.set('mode', 'sometimes' as never)).rejects.toThrow();
    expect((await store.load()).settings).toEqual(DEFAULTS);
  });

  it('watch reports every change, parsed, whoever wrote it', async () => {
    const store = await openSettings();
    const changes: SettingChange[] = [];
    const unwatch = store.watch((c) => changes.push(c));
    await store.set('mode', 'section');
    await sync().set({ highlightStyle: 'neon', cardDelayMs: 600 });
    await sync().remove('mode');
    unwatch();
    await store.set('enabled', false);
    expect(changes).toEqual([
      { key: 'mode', value: 'section' },
      { key: 'highlightStyle', value: 'underline' },
      { key: 'cardDelayMs', value: 600 },
      { key: 'mode', value: 'every' },
    ]);
  });

  it('corrupt and foreign values (and version stamps) read as defaults; repair rewrites them; nothing throws', async () => {
    const errors = vi.spyOn(console, 'error');
    await sync().set({
      enabled: 42,
      enabled$: 'garbage',
      disabledSites: ['ok.org', { evil: true }],
      disabledSites$: { v: 99 },
      mode: 'x'.repeat(1_000_000),
      mode$: { v: 2 },
      cardDelayMs: { valueOf: 500 },
      somethingElse: 'foreign',
    });
    const store = await openSettings();
    const { settings, invalid } = await store.load();
    expect(settings).toEqual(DEFAULTS);
    expect(invalid).toEqual(['enabled', 'disabledSites', 'mode', 'cardDelayMs']);
    await store.repair(invalid);
    expect(await store.load()).toEqual({ settings: DEFAULTS, invalid: [] });
    expect((await sync().get('somethingElse'))['somethingElse']).toBe('foreign');
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('what the settings mean for a page', () => {
  it('active unless off everywhere or off on the host', () => {
    expect(isActiveOn(DEFAULTS, 'a.org')).toBe(true);
    expect(isActiveOn({ ...DEFAULTS, enabled: false }, 'a.org')).toBe(false);
    expect(isActiveOn({ ...DEFAULTS, disabledSites: ['*.a.org'] }, 'www.a.org')).toBe(false);
    expect(isActiveOn({ ...DEFAULTS, disabledSites: ['*.a.org'] }, 'b.org')).toBe(true);
  });

  it('shows every entity that is not hidden', () => {
    expect([...shownEntities(DEFAULTS)]).toEqual(['azerbaijan', 'israel', 'socar', 'baku']);
    expect([...shownEntities({ ...DEFAULTS, hiddenEntities: ['israel'] })]).toEqual([
      'azerbaijan',
      'socar',
      'baku',
    ]);
  });
});
