import { render } from 'preact';
import { BriefingView } from '@/components/BriefingView';
import { BRIEFING, CLAIMS, FACTS_AS_OF, FACT_SET_VERSION, SOURCES } from '@/data';
import '@/components/pages.css';
import '@/components/badges.css';

const app = document.getElementById('app')!;
render(
  <BriefingView briefing={BRIEFING} claims={CLAIMS} sources={SOURCES} factsAsOf={FACTS_AS_OF} version={FACT_SET_VERSION} />,
  app,
);
// The page is built after load, so the browser's own jump to #section found nothing: do it now.
const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
target?.scrollIntoView();
