import { useEffect, useRef, useState } from 'preact/hooks';
import { applyChange, type SettingKey, type Settings, type SettingsStore } from '@/settings/settings';

export interface StoredSettings {
  /** What is stored, as this page shows it; undefined until the first read answers. */
  settings: Settings | undefined;
  /** Shows a change at once; storage confirms it through the watch. */
  show: (update: (prev: Settings) => Settings) => void;
  /** Shows what is stored again (after a write failed). */
  reload: () => Promise<void>;
}

/**
 * The settings of an extension page (popup, options), read once and then kept current from the
 * store's watch. Each change is applied in the order it was written and to its own setting only, so
 * a choice the reader just made (shown at once with show()) is not undone by the echo of an earlier
 * write to another setting. A change that arrives before the first read has answered may be newer
 * than that read: the settings are read again.
 *
 * `onFirstLoad` receives the first read's result (the options page repairs invalid stored values).
 */
export function useStoredSettings(
  store: SettingsStore,
  onFirstLoad?: (invalid: SettingKey[]) => void,
): StoredSettings {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const firstLoad = useRef(onFirstLoad);
  firstLoad.current = onFirstLoad;

  useEffect(() => {
    let live = true;
    let loaded = false;
    const load = () =>
      store
        .load()
        .then((r) => {
          loaded = true;
          if (live) setSettings(r.settings);
          return r;
        })
        .catch(() => undefined);
    void load().then((r) => {
      if (live && r) firstLoad.current?.(r.invalid);
    });
    const unwatch = store.watch((change) => {
      if (!loaded) void load();
      setSettings((prev) => (prev ? applyChange(prev, change) : prev));
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [store]);

  return {
    settings,
    show: (update) => setSettings((prev) => (prev ? update(prev) : prev)),
    reload: async () => {
      const stored = await store.load().catch(() => undefined);
      if (stored) setSettings(stored.settings);
    },
  };
}
