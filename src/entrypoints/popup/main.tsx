import { render } from 'preact';
import { Popup } from '@/components/Popup';
import { BRIEFING_DATA, ENTITIES } from '@/data';
import { openSettings } from '@/settings/settings';
import { createPopupApi, targetTabId } from './api';
import '@/components/pages.css';
import '@/components/badges.css';

const names = Object.fromEntries(Object.values(ENTITIES).map((e) => [e.id, e.name])) as Record<keyof typeof ENTITIES, string>;

async function main() {
  const [tabId, settings] = await Promise.all([targetTabId(location.search).catch(() => undefined), openSettings()]);
  render(
    <Popup
      briefing={BRIEFING_DATA}
      names={names}
      api={createPopupApi(tabId, settings)}
    />,
    document.getElementById('app')!,
  );
}

void main();
