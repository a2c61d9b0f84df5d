import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { BriefingView } from '@/components/BriefingView';
import { MentionList, type MentionState } from '@/components/MentionList';
import { Switch } from '@/components/Switch';
import type { BriefingData, EntityId } from '@/data/types';
import { isHostListed, withHost, withoutHost } from '@/settings/hosts';
import type { MentionsReply } from '@/utils/messages';
import { useStoredSettings } from '@/components/use-stored-settings';
import {
  DISPLAYS,
  type Display,
  type SettingKey,
  type Settings,
  type SettingsStore,
} from '@/settings/settings';

/** What the popup needs from the browser, for one tab (src/entrypoints/popup/api.ts). */
export interface PopupApi {
  settings: SettingsStore;
  /** The tab's top page: its host and mention counts; undefined when no content script answers. */
  getMentions(): Promise<MentionsReply | undefined>;
  /** Scrolls the tab to the entity's next mention and opens its card. */
  focusNext(entity: EntityId): Promise<void>;
  /** Calls back whenever the tab's mentions change; returns the unsubscribe. */
  onMentionsChanged(cb: () => void): () => void;
  openOptions(): void;
  /**
   * The keyboard shortcut of the next-mention command as the browser shows it (the reader may
   * have changed it), or undefined when none is set.
   */
  nextMentionShortcut(): Promise<string | undefined>;
}

export interface Props {
  /** The briefing shown below the switches. */
  briefing: BriefingData;
  /** Display names of the entities, in the order to list them. */
  names: Readonly<Record<EntityId, string>>;
  api: PopupApi;
}

type Reply = MentionsReply | 'unavailable' | undefined;

export function Popup({ briefing, names, api }: Props) {
  const { settings, show, reload } = useStoredSettings(api.settings);
  const [reply, setReply] = useState<Reply>(undefined);
  const [error, setError] = useState('');
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  // Newest request wins: an older answer arriving late must not overwrite a newer one.
  const fetches = useRef(0);

  const refreshMentions = useCallback(async () => {
    const n = ++fetches.current;
    const r = await api.getMentions().catch(() => undefined);
    if (n === fetches.current) setReply(r ?? 'unavailable');
  }, [api]);

  useEffect(() => {
    let live = true;
    api
      .nextMentionShortcut()
      .then((keys) => live && setShortcut(keys))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [api]);

  useEffect(() => {
    void refreshMentions();
    return api.onMentionsChanged(() => void refreshMentions());
  }, [api, refreshMentions]);

  const host = typeof reply === 'object' ? reply.host : '';
  const siteOff = settings !== undefined && host !== '' && isHostListed(settings.disabledSites, host);

  const save = async <K extends SettingKey>(key: K, value: (current: Settings) => Settings[K]) => {
    // Shown at once; storage confirms it through the watch, or a failure puts back what is stored.
    show((prev) => ({ ...prev, [key]: value(prev) }));
    try {
      // Written from what is stored now, not from what this popup last saw.
      const { settings: stored } = await api.settings.load();
      await api.settings.set(key, value(stored));
      setError('');
    } catch (err) {
      setError(`Could not save: ${err instanceof Error ? err.message : String(err)}`);
      await reload();
    }
  };

  const setSite = (on: boolean) =>
    save('disabledSites', (s) => (on ? withoutHost(s.disabledSites, host) : withHost(s.disabledSites, host)));

  let state: MentionState;
  if (settings === undefined || reply === undefined) state = { kind: 'loading' };
  else if (reply === 'unavailable') state = { kind: 'unavailable' };
  else if (!settings.enabled) state = { kind: 'off-everywhere' };
  else if (siteOff) state = { kind: 'off-site', host };
  else state = { kind: 'ready', counts: reply.counts };

  const offEverywhere = settings !== undefined && !settings.enabled;

  return (
    <main class="bl-popup">
      <header class="bl-popup__header">
        <div class="bl-popup__bar">
          <h1 class="bl-popup__brand">Brieflight</h1>
          <a
            class="bl-popup__gear"
            href="/options.html"
            aria-label="Options"
            onClick={(e) => {
              e.preventDefault();
              api.openOptions();
            }}
          >
            <GearIcon />
          </a>
        </div>
        <Switch
          label={host ? `On ${host}` : 'On this site'}
          // Off everywhere wins: the site switch shows off, and says why, instead of disagreeing.
          checked={!siteOff && !offEverywhere}
          disabled={settings === undefined || host === '' || offEverywhere}
          hint={offEverywhere ? 'Brieflight is off on all sites (switch below).' : undefined}
          onChange={(on) => void setSite(on)}
        />
        <p class="bl-error" role="alert">
          {error}
        </p>
      </header>

      <section class="bl-popup__mentions" aria-labelledby="bl-onpage-h">
        <div class="bl-popup__bar">
          <h2 id="bl-onpage-h">On this page</h2>
          {shortcut && (
            <span class="bl-popup__shortcut">
              <kbd>{shortcut}</kbd> next mention
            </span>
          )}
        </div>
        <MentionList state={state} names={names} onSelect={(id) => void api.focusNext(id)} />
      </section>

      <p class="bl-popup__open">
        <a href="/briefing.html" target="_blank" rel="noopener">
          Open briefing
        </a>
      </p>

      <section class="bl-popup__briefing" aria-label="Briefing">
        <BriefingView data={briefing} level={2} collapsible />
      </section>

      <footer class="bl-popup__footer">
        <Switch
          label="On all sites"
          checked={settings?.enabled ?? true}
          disabled={settings === undefined}
          onChange={(on) => void save('enabled', () => on)}
        />
        <label class="bl-popup__display">
          How mentions are shown{' '}
          <select
            name="display"
            value={settings?.display ?? 'paint'}
            disabled={settings === undefined}
            onChange={(e) => {
              const value = e.currentTarget.value as Display;
              void save('display', () => value);
            }}
          >
            {DISPLAYS.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
        </label>
      </footer>
    </main>
  );
}

/** The options gear: decorative, the link's label names it. */
function GearIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M19.14 12.94a7.07 7.07 0 0 0 0-1.88l2.03-1.58a.5.5 0 0 0 .12-.64l-1.92-3.32a.5.5 0 0 0-.6-.22l-2.39.96a7.03 7.03 0 0 0-1.63-.94l-.36-2.54a.5.5 0 0 0-.5-.42h-3.84a.5.5 0 0 0-.5.42l-.36 2.54c-.59.24-1.13.56-1.63.94l-2.39-.96a.5.5 0 0 0-.6.22L2.65 8.84a.5.5 0 0 0 .12.64l2.03 1.58a7.07 7.07 0 0 0 0 1.88l-2.03 1.58a.5.5 0 0 0-.12.64l1.92 3.32c.13.22.39.31.6.22l2.39-.96c.5.38 1.04.7 1.63.94l.36 2.54c.04.24.25.42.5.42h3.84c.25 0 .46-.18.5-.42l.36-2.54c.59-.24 1.13-.56 1.63-.94l2.39.96c.22.09.47 0 .6-.22l1.92-3.32a.5.5 0 0 0-.12-.64l-2.03-1.58ZM12 15.5A3.5 3.5 0 1 1 12 8.5a3.5 3.5 0 0 1 0 7Z"
      />
    </svg>
  );
}
