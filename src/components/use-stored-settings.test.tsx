import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useStoredSettings } from '@/components/use-stored-settings';
import {
  DEFAULTS,
  type SettingChange,
  type SettingKey,
  type Settings,
  type SettingsStore,
} from '@/settings/settings';

afterEach(cleanup);

/** A store whose reads answer when the test says so, and whose watch the test drives. */
function fakeStore(stored: Settings, invalid: SettingKey[] = []) {
  const reads: ((value: { settings: Settings; invalid: SettingKey[] }) => void)[] = [];
  const watchers = new Set<(change: SettingChange) => void>();
  const store: SettingsStore = {
    load: vi.fn(() => new Promise((resolve) => reads.push(resolve))),
    set: vi.fn(async () => {}),
    repair: vi.fn(async () => {}),
    reset: vi.fn(async () => {}),
    watch: (cb: (change: SettingChange) => void) => {
      watchers.add(cb);
      return () => watchers.delete(cb);
    },
  } as unknown as SettingsStore;
  return {
    store,
    answer: (settings: Settings = stored) => act(() => reads.shift()!({ settings, invalid })),
    change: (change: SettingChange) => act(() => watchers.forEach((w) => w(change))),
    watching: () => watchers.size,
    pendingReads: () => reads.length,
  };
}

describe('useStoredSettings', () => {
  it('reads the settings once, reports the first read, then applies each change to its own setting', async () => {
    const f = fakeStore(DEFAULTS, ['mode']);
    const onFirstLoad = vi.fn();
    const { result } = renderHook(() => useStoredSettings(f.store, onFirstLoad));
    expect(result.current.settings).toBeUndefined();
    await f.answer();
    await waitFor(() => expect(result.current.settings).toEqual(DEFAULTS));
    expect(onFirstLoad).toHaveBeenCalledWith(['mode']);
    await f.change({ key: 'enabled', value: false });
    void act(() => result.current.show((s) => ({ ...s, mode: 'page' })));
    // The echo of an earlier write to another setting does not undo the choice just shown.
    await f.change({ key: 'highlightStyle', value: 'background' });
    expect(result.current.settings).toEqual({
      ...DEFAULTS,
      enabled: false,
      mode: 'page',
      highlightStyle: 'background',
    });
    expect(f.store.load).toHaveBeenCalledTimes(1);
  });

  it('reads again when a change arrives before the first read has answered (that read may be older)', async () => {
    const f = fakeStore(DEFAULTS);
    const { result } = renderHook(() => useStoredSettings(f.store));
    await f.change({ key: 'enabled', value: false });
    expect(f.pendingReads()).toBe(2);
    await f.answer(DEFAULTS);
    await f.answer({ ...DEFAULTS, enabled: false });
    await waitFor(() => expect(result.current.settings?.enabled).toBe(false));
  });

  it('reload() shows what is stored; unmounting stops the watch', async () => {
    const f = fakeStore(DEFAULTS);
    const { result, unmount } = renderHook(() => useStoredSettings(f.store));
    await f.answer();
    void act(() => result.current.show((s) => ({ ...s, enabled: false })));
    expect(result.current.settings?.enabled).toBe(false);
    const reloading = act(() => result.current.reload());
    await f.answer(DEFAULTS);
    await reloading;
    await waitFor(() => expect(result.current.settings?.enabled).toBe(true));
    expect(f.watching()).toBe(1);
    void act(() => unmount());
    expect(f.watching()).toBe(0);
  });
});
