import { render } from 'preact';
import { Popup } from '@/components/Popup';
import { BRIEFING_DATA, ENTITY_NAMES } from '@/data';
import { openSettings } from '@/settings/settings';
import { createPopupApi, targetTabId } from './api';
import '@/components/pages.css';
import '@/components/badges.css';

async function main() {
  const [tabId, settings] = await Promise.all([
    targetTabId(location.search).catch(() => undefined),
    openSettings(),
  ]);
  render(
    <Popup briefing={BRIEFING_DATA} names={ENTITY_NAMES} api={createPopupApi(tabId, settings)} />,
    document.getElementById('app')!,
  );
}

void main();
