import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { BriefingView } from '@/components/BriefingView';
import { MentionList, type MentionState } from '@/components/MentionList';
import { Switch } from '@/components/Switch';
import type { BriefingData, EntityId } from '@/data/types';
import { isHostListed, withHost, withoutHost } from '@/utils/hosts';
import type { MentionsReply } from '@/utils/messages';
import { useStoredSettings } from '@/components/use-stored-settings';
import { DISPLAYS, type Display, type SettingKey, type Settings, type SettingsStore } from '@/utils/settings';

/** What the popup needs from the browser, for one tab (entrypoints/popup/api.ts). */
export interface PopupApi {
  settings: SettingsStore;
  /** The tab's top page: its host and mention counts; undefined when no content script answers. */
  getMentions(): Promise<MentionsReply | undefined>;
  /** Scrolls the tab to the entity's next mention and opens its card. */
  focusNext(entity: EntityId): Promise<void>;
  /** Calls back whenever the tab's mentions change; returns the unsubscribe. */
  onMentionsChanged(cb: () => void): () => void;
  openOptions(): void;
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
  // Newest request wins: an older answer arriving late must not overwrite a newer one.
  const fetches = useRef(0);

  const refreshMentions = useCallback(async () => {
    const n = ++fetches.current;
    const r = await api.getMentions().catch(() => undefined);
    if (n === fetches.current) setReply(r ?? 'unavailable');
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

  return (
    <main class="bl-popup">
      <header class="bl-popup__header">
        <h1 class="bl-popup__brand">Brieflight</h1>
        <div class="bl-popup__switches" role="group" aria-label="Where Brieflight highlights">
          <Switch
            label={host ? `On ${host}` : 'On this site'}
            checked={!siteOff}
            disabled={settings === undefined || host === ''}
            hint={settings && !settings.enabled ? 'Brieflight is off on all sites.' : undefined}
            onChange={(on) => void setSite(on)}
          />
          <Switch
            label="On all sites"
            checked={settings?.enabled ?? true}
            disabled={settings === undefined}
            onChange={(on) => void save('enabled', () => on)}
          />
        </div>
        <p class="bl-error" role="alert">
          {error}
        </p>
      </header>

      <section class="bl-popup__mentions" aria-labelledby="bl-onpage-h">
        <h2 id="bl-onpage-h">On this page</h2>
        <MentionList state={state} names={names} onSelect={(id) => void api.focusNext(id)} />
      </section>

      <section class="bl-popup__briefing" aria-label="Briefing">
        <BriefingView data={briefing} level={2} collapsible />
      </section>

      <footer class="bl-popup__footer">
        <label class="bl-popup__display">
          How mentions are shown{' '}
          <select
            name="display"
            value={settings?.display ?? 'paint'}
            disabled={settings === undefined}
            onChange={(e) => {
              const value = (e.currentTarget as HTMLSelectElement).value as Display;
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
        <a href="/briefing.html" target="_blank" rel="noopener">
          Open the briefing as a page
        </a>
        <a
          href="/options.html"
          onClick={(e) => {
            e.preventDefault();
            api.openOptions();
          }}
        >
          Options
        </a>
      </footer>
    </main>
  );
}
