// The reader's settings: what they are, how they are stored, and how a stored value is read back.
//
// Storage: WXT storage, `sync:` area (the settings follow the reader's browser profile), one item
// per setting, so a change to one setting wakes only what depends on it, and the list of sites
// has its own 8 KB per-item quota.
//
// Every item has a fallback (the default), version 3 and migrations v1 → v2 → v3. Version 1 is the
// shape this first draft stored; version 2 the one before issue 15; version 3 is the current
// one, where only `mode` changed (v2 "every" | "first" → v3 "every" | "section" | "page", "first"
// becoming "page"):
//
// | key (sync:)      | v1 (draft)                                  | v2 (current)                          |
// |------------------|---------------------------------------------|---------------------------------------|
// | enabled          | "on" or "off"                               | boolean                               |
// | disabledSites    | one string: sites separated by commas,      | array of normalised host patterns     |
// |                  | spaces or new lines (a textarea's value)    | (src/settings/hosts.ts)                      |
// | hiddenEntities   | { [entity id]: boolean } (true = highlight) | array of the entity ids turned off,   |
// |                  |                                             | so a new entity is highlighted        |
// | mode             | boolean (true = first mention only)         | "every" or "first" (v3: see above)    |
// | highlightStyle   | "dotted", "solid" or "background"           | "underline" or "background"           |
// | cardDelayMs      | seconds, 0.1 to 2                           | milliseconds, 100 to 2000             |
// | display          | (none: added with issue 12)                 | "paint" or "marks"                    |
//
// `display` ("How mentions are shown") came after v2 was fixed; it is stored at the current version like the
// rest, and its v1 → v2 migration keeps a valid value and leaves anything else to the parser
// (there never was a v1 value of it; an item without a version stamp is read as v1). `trigger`
// (issue 15) came with v3 and is kept the same way, as is `cardTextSize` (issue 15: the card's
// text size, "small" | "normal" | "large").
//
// A migration turns a v1 value into v2 (only a value wholly valid in v1: no part of it is dropped)
// and leaves a value that is already v2 alone (a value can
// lack its version stamp after `storage.sync.clear()` in another context). Anything else, corrupt or
// foreign, it leaves as it is: reading never trusts storage (each read parses with valibot and falls
// back to the default, see `parseSetting`), and the options page reports and repairs such values.

import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { ENTITY_IDS, type EntityId } from '@/data/types';
import { checkHostPattern, isHostListed } from '@/settings/hosts';
import {
  CARD_DELAY_MIN_MS,
  CARD_DELAY_STEP_MS,
  HOVER_DWELL_MS,
  MAX_HOVER_DWELL_MS,
  MAX_DISABLED_SITES,
  MAX_STORED_ARRAY,
  V1_SITES_MAX_CHARS,
} from '@/utils/timings';

/**
 * How often a name is shown: every mention, the first in each section, or the first on the page
 * (both "first" modes counted in the page's main content, src/page/main-content.ts).
 */
export type Mode = 'every' | 'section' | 'page';
export type HighlightStyle = 'underline' | 'background';
/**
 * What opens a card with the pointer (as 10ten offers): resting on a mention, resting on it while
 * holding Alt or Shift, or clicking it. Keyboard focus and the next-mention command work in all three.
 */
export type Trigger = 'hover' | 'modifier' | 'click';
/** The card's text size (issue 15): src/card/card.css scales every size in the card by it. */
export type CardTextSize = 'small' | 'normal' | 'large';
/** How mentions are shown: painted highlights (nothing in the page changes) or element marks. */
export type Display = 'paint' | 'marks';

export interface Settings {
  /** Brieflight on all sites. */
  enabled: boolean;
  /** Host patterns where Brieflight is off (src/settings/hosts.ts). */
  disabledSites: string[];
  /** Entities not highlighted. */
  hiddenEntities: EntityId[];
  /** How often a name is shown (Mode). */
  mode: Mode;
  highlightStyle: HighlightStyle;
  /** How long the pointer rests on a mark before its card opens. */
  cardDelayMs: number;
  /** How mentions are shown (CONTRACT.md "In the page"). */
  display: Display;
  /** What opens a card with the pointer. */
  trigger: Trigger;
  /** The card's text size. */
  cardTextSize: CardTextSize;
}
export type SettingKey = keyof Settings;
export const SETTING_KEYS = [
  'enabled',
  'disabledSites',
  'hiddenEntities',
  'mode',
  'highlightStyle',
  'cardDelayMs',
  'display',
  'trigger',
  'cardTextSize',
] as const satisfies readonly SettingKey[];

/** What the options page calls each setting (in notes about values it had to reset). */
export const SETTING_LABELS: Record<SettingKey, string> = {
  enabled: 'Brieflight on all sites',
  disabledSites: 'Sites where Brieflight is off',
  hiddenEntities: 'Names to highlight',
  mode: 'How often',
  highlightStyle: 'Highlight style',
  cardDelayMs: 'Card delay',
  display: 'How mentions are shown',
  trigger: 'Open a card',
  cardTextSize: 'Card text size',
};

/** The choices of "How mentions are shown", as the options page and the popup offer them. */
export const DISPLAYS: readonly { value: Display; label: string; hint: string }[] = [
  {
    value: 'paint',
    label: 'Painted on the page',
    hint: 'Nothing in the page changes; copied text carries only the page’s own.',
  },
  {
    value: 'marks',
    label: 'As page elements (marks)',
    hint: 'Each mention becomes a <mark> element the page can see.',
  },
];

export const DEFAULTS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  hiddenEntities: [],
  mode: 'every',
  highlightStyle: 'underline',
  cardDelayMs: HOVER_DWELL_MS,
  display: 'paint',
  trigger: 'hover',
  cardTextSize: 'normal',
});

export const SETTINGS_VERSION = 3;

// ---------------------------------------------------------------------------------------------
// Reading a stored value

const BooleanSchema = v.boolean();
const ModeSchema = v.picklist(['every', 'section', 'page']);
const StyleSchema = v.picklist(['underline', 'background']);
const DisplaySchema = v.picklist(['paint', 'marks']);
const TriggerSchema = v.picklist(['hover', 'modifier', 'click']);
const TextSizeSchema = v.picklist(['small', 'normal', 'large']);
const DelaySchema = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(CARD_DELAY_MIN_MS),
  v.maxValue(MAX_HOVER_DWELL_MS),
);
const StringArraySchema = v.array(v.string());

export interface Parsed<T> {
  value: T;
  /** False when the stored value was present but not valid (it was replaced, wholly or in part). */
  ok: boolean;
}

function scalar<T>(schema: v.GenericSchema<unknown, T>, fallback: T, raw: unknown): Parsed<T> {
  if (raw === undefined || raw === null) return { value: fallback, ok: true };
  const r = v.safeParse(schema, raw);
  return r.success ? { value: r.output, ok: true } : { value: fallback, ok: false };
}

function parseSites(raw: unknown): Parsed<string[]> {
  if (raw === undefined || raw === null) return { value: [], ok: true };
  if (!Array.isArray(raw) || raw.length > MAX_STORED_ARRAY || !v.is(StringArraySchema, raw))
    return { value: [], ok: false };
  const out: string[] = [];
  let ok = true;
  for (const entry of raw) {
    const check = checkHostPattern(entry);
    if (!check.ok || out.length >= MAX_DISABLED_SITES) ok = false;
    else if (!out.includes(check.pattern)) out.push(check.pattern);
  }
  return { value: out, ok };
}

function parseEntities(raw: unknown): Parsed<EntityId[]> {
  if (raw === undefined || raw === null) return { value: [], ok: true };
  if (!Array.isArray(raw) || raw.length > MAX_STORED_ARRAY || !v.is(StringArraySchema, raw))
    return { value: [], ok: false };
  const ids = ENTITY_IDS.filter((id) => raw.includes(id));
  return { value: ids, ok: raw.every((x) => (ENTITY_IDS as readonly string[]).includes(x)) };
}

const PARSERS: { [K in SettingKey]: (raw: unknown) => Parsed<Settings[K]> } = {
  enabled: (raw) => scalar(BooleanSchema, DEFAULTS.enabled, raw),
  disabledSites: parseSites,
  hiddenEntities: parseEntities,
  mode: (raw) => scalar(ModeSchema, DEFAULTS.mode, raw),
  highlightStyle: (raw) => scalar(StyleSchema, DEFAULTS.highlightStyle, raw),
  cardDelayMs: (raw) => scalar(DelaySchema, DEFAULTS.cardDelayMs, raw),
  display: (raw) => scalar(DisplaySchema, DEFAULTS.display, raw),
  trigger: (raw) => scalar(TriggerSchema, DEFAULTS.trigger, raw),
  cardTextSize: (raw) => scalar(TextSizeSchema, DEFAULTS.cardTextSize, raw),
};

/** Reads one stored value: always a valid setting, the default when the value is missing or bad. */
export function parseSetting<K extends SettingKey>(key: K, raw: unknown): Parsed<Settings[K]> {
  return PARSERS[key](raw);
}

/** Reads a whole snapshot of raw stored values ({ key: value }). */
export function parseSettings(raw: Partial<Record<SettingKey, unknown>>): {
  settings: Settings;
  invalid: SettingKey[];
} {
  const settings = { ...DEFAULTS };
  const invalid: SettingKey[] = [];
  for (const key of SETTING_KEYS) {
    const p = parseSetting(key, raw[key]);
    (settings as unknown as Record<SettingKey, unknown>)[key] = p.value;
    if (!p.ok) invalid.push(key);
  }
  return { settings, invalid };
}

// ---------------------------------------------------------------------------------------------
// Migrations v1 → v2 (see the table at the top)

export const MIGRATIONS_TO_V2: { [K in SettingKey]: (old: unknown) => unknown } = {
  enabled: (old) => (old === 'on' ? true : old === 'off' ? false : old),
  disabledSites: (old) => {
    if (typeof old !== 'string' || old.length > V1_SITES_MAX_CHARS) return old;
    const out: string[] = [];
    for (const part of old.split(/[\s,]+/)) {
      if (part === '') continue;
      const check = checkHostPattern(part);
      // Not a v1 list after all: left for the parser to report.
      if (!check.ok) return old;
      if (!out.includes(check.pattern)) out.push(check.pattern);
    }
    return out;
  },
  hiddenEntities: (old) => {
    if (typeof old !== 'object' || old === null || Array.isArray(old)) return old;
    const record = old as Record<string, unknown>;
    if (!Object.values(record).every((x) => typeof x === 'boolean')) return old;
    return ENTITY_IDS.filter((id) => record[id] === false);
  },
  mode: (old) => (old === true ? 'first' : old === false ? 'every' : old),
  highlightStyle: (old) => (old === 'dotted' || old === 'solid' ? 'underline' : old),
  cardDelayMs: (old) =>
    typeof old === 'number' && old >= CARD_DELAY_MIN_MS / 1000 && old <= MAX_HOVER_DWELL_MS / 1000
      ? Math.round((old * 1000) / CARD_DELAY_STEP_MS) * CARD_DELAY_STEP_MS
      : old,
  display: (old) => old,
  trigger: (old) => old,
  cardTextSize: (old) => old,
};

/**
 * Migrations v2 → v3: "how often" got its third value (issue 15). v2's 'first' (the first
 * mention of each name on the page) is v3's 'page'; every other setting is unchanged.
 */
export const MIGRATIONS_TO_V3: { [K in SettingKey]: (old: unknown) => unknown } = {
  enabled: (old) => old,
  disabledSites: (old) => old,
  hiddenEntities: (old) => old,
  mode: (old) => (old === 'first' ? 'page' : old),
  highlightStyle: (old) => old,
  cardDelayMs: (old) => old,
  display: (old) => old,
  trigger: (old) => old,
  cardTextSize: (old) => old,
};

// ---------------------------------------------------------------------------------------------
// The store

export type SettingChange = { [K in SettingKey]: { key: K; value: Settings[K] } }[SettingKey];

export interface SettingsStore {
  /** The current settings, and which stored values were invalid (replaced by defaults). */
  load(): Promise<{ settings: Settings; invalid: SettingKey[] }>;
  set<K extends SettingKey>(key: K, value: Settings[K]): Promise<void>;
  /** Every setting back to its default. */
  reset(): Promise<void>;
  /** Rewrites the given settings with the values they are read as (after `load` found them bad). */
  repair(keys: readonly SettingKey[]): Promise<void>;
  /** Calls back with each change, from any context, already parsed. Returns the unwatch. */
  watch(cb: (change: SettingChange) => void): () => void;
}

type Items = { [K in SettingKey]: WxtStorageItem<unknown, {}> };

/**
 * A version stamp (`key$` = { v }) that is not { v: 1 } or { v: 2 } would make WXT's migration
 * throw (a newer version than ours, from another device through sync) or misbehave (garbage).
 * Garbage is removed, so the item counts as v1 and migrates; for a newer version, the item is
 * defined without migrations and its value is read like any other, through the parser.
 */
async function checkVersionStamps(): Promise<Set<SettingKey>> {
  const newer = new Set<SettingKey>();
  let stamps: Record<string, unknown>;
  try {
    stamps = await browser.storage.sync.get(SETTING_KEYS.map((k) => `${k}$`));
  } catch {
    return newer;
  }
  const bad: string[] = [];
  for (const key of SETTING_KEYS) {
    const stamp = stamps[`${key}$`];
    if (stamp === undefined) continue;
    const version =
      typeof stamp === 'object' && stamp !== null && !Array.isArray(stamp)
        ? (stamp as { v?: unknown }).v
        : undefined;
    if (version === 1 || version === 2 || version === SETTINGS_VERSION) continue;
    if (typeof version === 'number' && Number.isInteger(version) && version > SETTINGS_VERSION)
      newer.add(key);
    else bad.push(`${key}$`);
  }
  if (bad.length > 0) await browser.storage.sync.remove(bad).catch(() => undefined);
  return newer;
}

function defineItems(newer: Set<SettingKey>): Items {
  const items = {} as Record<SettingKey, WxtStorageItem<unknown, {}>>;
  for (const key of SETTING_KEYS) {
    items[key] = storage.defineItem<unknown>(`sync:${key}`, {
      fallback: DEFAULTS[key],
      version: SETTINGS_VERSION,
      migrations: newer.has(key) ? undefined : { 2: MIGRATIONS_TO_V2[key], 3: MIGRATIONS_TO_V3[key] },
    });
  }
  return items;
}

/** Opens the settings of this context (each context opens them once). */
export async function openSettings(): Promise<SettingsStore> {
  const items = defineItems(await checkVersionStamps());

  const readAll = async () => {
    const raw: Partial<Record<SettingKey, unknown>> = {};
    await Promise.all(
      SETTING_KEYS.map(async (key) => {
        try {
          raw[key] = await items[key].getValue();
        } catch {
          raw[key] = undefined;
        }
      }),
    );
    return raw;
  };

  return {
    async load() {
      return parseSettings(await readAll());
    },
    async set(key, value) {
      const p = parseSetting(key, value);
      if (!p.ok) throw new Error(`Not a valid value for ${key}`);
      await items[key].setValue(p.value);
    },
    async reset() {
      await Promise.all(SETTING_KEYS.map((key) => items[key].setValue(DEFAULTS[key])));
    },
    async repair(keys) {
      const raw = await readAll();
      await Promise.all(keys.map((key) => items[key].setValue(parseSetting(key, raw[key]).value)));
    },
    watch(cb) {
      const unwatch = SETTING_KEYS.map((key) =>
        items[key].watch((raw) => cb({ key, value: parseSetting(key, raw).value } as SettingChange)),
      );
      return () => unwatch.forEach((u) => u());
    },
  };
}

// ---------------------------------------------------------------------------------------------
// What the settings mean for a page

/** True when Brieflight highlights on pages of `host`. */
export function isActiveOn(settings: Settings, host: string): boolean {
  return settings.enabled && !isHostListed(settings.disabledSites, host);
}

/** The entities to highlight. */
export function shownEntities(settings: Settings): Set<EntityId> {
  return new Set(ENTITY_IDS.filter((id) => !settings.hiddenEntities.includes(id)));
}

/** The settings with one change applied. */
export function applyChange(settings: Settings, change: SettingChange): Settings {
  return { ...settings, [change.key]: change.value };
}
