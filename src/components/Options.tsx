import { useEffect, useState } from 'preact/hooks';
import { Choices } from '@/components/Choices';
import { SiteList } from '@/components/SiteList';
import { Switch } from '@/components/Switch';
import type { EntityId } from '@/data/types';
import { useStoredSettings } from '@/components/use-stored-settings';
import { CARD_DELAY_MIN_MS, CARD_DELAY_STEP_MS, MAX_HOVER_DWELL_MS } from '@/utils/timings';
import {
  DEFAULTS,
  SETTING_LABELS,
  DISPLAYS,
  type HighlightStyle,
  type Trigger,
  type CardTextSize,
  type Mode,
  type SettingKey,
  type Settings,
  type SettingsStore,
} from '@/settings/settings';

export interface Shortcut {
  /** The command's name in the manifest. */
  name: string;
  description: string;
  /** The keys, as the browser reports them; empty when none is set. */
  shortcut: string;
}

/** What the options page needs from the browser (src/entrypoints/options/main.tsx). */
export interface OptionsApi {
  settings: SettingsStore;
  getShortcuts(): Promise<Shortcut[]>;
  /** Where the browser lets the reader change shortcuts, in words. */
  shortcutsHelp: string;
}

export interface Props {
  api: OptionsApi;
  /** Display names of the entities, in the order to list them. */
  names: Readonly<Record<EntityId, string>>;
}

const MODES: { value: Mode; label: string }[] = [
  { value: 'every', label: 'Every mention' },
  { value: 'section', label: 'The first mention in each section' },
  { value: 'page', label: 'The first mention on the page' },
];
const TRIGGERS: { value: Trigger; label: string }[] = [
  { value: 'hover', label: 'When the pointer rests on a name' },
  { value: 'modifier', label: 'When the pointer rests on a name with Alt or Shift held' },
  { value: 'click', label: 'When a name is clicked' },
];
const TEXT_SIZES: { value: CardTextSize; label: string }[] = [
  { value: 'small', label: 'Small' },
  { value: 'normal', label: 'Normal' },
  { value: 'large', label: 'Large' },
];
const STYLES: { value: HighlightStyle; label: string }[] = [
  { value: 'underline', label: 'Dotted underline' },
  { value: 'background', label: 'Background tint' },
];
const POPUP_COMMANDS = new Set(['_execute_action', '_execute_browser_action']);

export function Options({ api, names }: Props) {
  const [repaired, setRepaired] = useState<SettingKey[]>([]);
  const { settings, show, reload } = useStoredSettings(api.settings, (invalid) => {
    if (invalid.length === 0) return;
    // Shown once, and the stored values are rewritten, so the note does not come back.
    setRepaired(invalid);
    void api.settings.repair(invalid).catch(() => undefined);
  });
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [shortcuts, setShortcuts] = useState<Shortcut[] | undefined>(undefined);
  const [delay, setDelay] = useState<number | undefined>(undefined);

  useEffect(() => {
    let live = true;
    api
      .getShortcuts()
      .then((s) => live && setShortcuts(s))
      .catch(() => live && setShortcuts([]));
    return () => {
      live = false;
    };
  }, [api]);

  const save = async <K extends SettingKey>(key: K, value: Settings[K]) => {
    // Shown at once; storage confirms it through the watch, or a failure puts back what is stored.
    show((prev) => ({ ...prev, [key]: value }));
    try {
      await api.settings.set(key, value);
      setError('');
      setStatus(`Saved: ${SETTING_LABELS[key]}.`);
    } catch (err) {
      setStatus('');
      setError(`Could not save ${SETTING_LABELS[key]}: ${err instanceof Error ? err.message : String(err)}`);
      await reload();
    }
  };

  const reset = async () => {
    try {
      await api.settings.reset();
      setDelay(undefined);
      setRepaired([]);
      setError('');
      setStatus('All settings are back to their defaults.');
    } catch (err) {
      setError(`Could not reset: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  if (!settings) {
    return (
      <main class="bl-options">
        <h1>Brieflight settings</h1>
        <p class="bl-hint">Loading…</p>
      </main>
    );
  }

  const s = settings;
  const shownDelay = delay ?? s.cardDelayMs;
  const ids = Object.keys(names) as EntityId[];

  return (
    <main class="bl-options">
      <h1>Brieflight settings</h1>
      {repaired.length > 0 && (
        <div class="bl-note" role="alert" data-testid="repaired-note">
          <p>
            Some saved settings could not be read, so they were reset to their defaults:{' '}
            {repaired.map((k) => SETTING_LABELS[k]).join(', ')}.
          </p>
        </div>
      )}
      <p class="bl-status" role="status">
        {status}
      </p>
      <p class="bl-error" role="alert">
        {error}
      </p>

      <section aria-labelledby="bl-where-h">
        <h2 id="bl-where-h">Where</h2>
        <Switch
          label="Brieflight on all sites"
          checked={s.enabled}
          hint="Off: no page is highlighted, whatever the list below says."
          onChange={(on) => void save('enabled', on)}
        />
        <h3>Sites where Brieflight is off</h3>
        <SiteList
          sites={s.disabledSites}
          onAdd={(p) => api.settings.set('disabledSites', [...s.disabledSites, p])}
          onRemove={(p) =>
            api.settings.set(
              'disabledSites',
              s.disabledSites.filter((x) => x !== p),
            )
          }
        />
      </section>

      <section aria-labelledby="bl-what-h">
        <h2 id="bl-what-h">What</h2>
        <fieldset>
          <legend>Names to highlight</legend>
          {ids.map((id) => (
            <label key={id} class="bl-choice">
              <input
                type="checkbox"
                name="entity"
                value={id}
                checked={!s.hiddenEntities.includes(id)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  const hidden = on ? s.hiddenEntities.filter((x) => x !== id) : [...s.hiddenEntities, id];
                  void save('hiddenEntities', hidden);
                }}
              />{' '}
              {names[id]}
            </label>
          ))}
          {s.hiddenEntities.length === ids.length && (
            <p class="bl-hint">No name is selected: nothing will be highlighted.</p>
          )}
        </fieldset>

        <Choices
          legend="How often"
          name="mode"
          choices={MODES}
          value={s.mode}
          onChange={(v) => void save('mode', v)}
        />

        <Choices
          legend="Open a card"
          name="trigger"
          choices={TRIGGERS}
          value={s.trigger}
          onChange={(v) => void save('trigger', v)}
        />

        <Choices
          legend="Card text size"
          name="cardTextSize"
          choices={TEXT_SIZES}
          value={s.cardTextSize}
          onChange={(v) => void save('cardTextSize', v)}
        />

        <Choices
          legend="How mentions are shown"
          name="display"
          choices={DISPLAYS}
          value={s.display}
          onChange={(v) => void save('display', v)}
        />

        <Choices
          legend="Highlight style"
          name="highlightStyle"
          choices={STYLES}
          value={s.highlightStyle}
          onChange={(v) => void save('highlightStyle', v)}
          renderLabel={(c) => <span class={`bl-sample bl-sample--${c.value}`}>{c.label}</span>}
        />

        <div class="bl-field">
          <label for="bl-delay">Card delay</label>
          <input
            id="bl-delay"
            type="range"
            min={CARD_DELAY_MIN_MS}
            max={MAX_HOVER_DWELL_MS}
            step={CARD_DELAY_STEP_MS}
            value={shownDelay}
            aria-valuetext={`${shownDelay} milliseconds`}
            aria-describedby="bl-delay-hint"
            onInput={(e) => setDelay(Number(e.currentTarget.value))}
            // "change" fires once the value is committed (pointer released, or each key press):
            // sync storage allows only so many writes a minute.
            onChange={(e) => {
              const ms = Number(e.currentTarget.value);
              setDelay(undefined);
              void save('cardDelayMs', ms);
            }}
          />{' '}
          <span class="bl-delay__value" aria-hidden="true">
            {shownDelay} ms
          </span>
          <p id="bl-delay-hint" class="bl-hint">
            How long the pointer rests on a highlighted name before its card opens (default{' '}
            {DEFAULTS.cardDelayMs} ms). Keyboard focus opens the card at once.
          </p>
        </div>
      </section>

      <section aria-labelledby="bl-keys-h">
        <h2 id="bl-keys-h">Keyboard shortcuts</h2>
        {shortcuts === undefined ? (
          <p class="bl-hint">Loading…</p>
        ) : (
          <table class="bl-shortcuts">
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Shortcut</th>
              </tr>
            </thead>
            <tbody>
              {shortcuts.map((c) => (
                <tr key={c.name} data-command={c.name}>
                  <td>
                    {POPUP_COMMANDS.has(c.name) ? 'Open the Brieflight popup' : c.description || c.name}
                  </td>
                  <td>{c.shortcut ? <kbd>{c.shortcut}</kbd> : 'Not set'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p class="bl-hint">{api.shortcutsHelp}</p>
      </section>

      <section aria-labelledby="bl-reset-h">
        <h2 id="bl-reset-h">Reset</h2>
        <button type="button" onClick={() => void reset()}>
          Reset to defaults
        </button>
      </section>
    </main>
  );
}
