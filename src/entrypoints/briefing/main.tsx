import { render } from 'preact';
import { BriefingView } from '@/components/BriefingView';
import { BRIEFING_DATA } from '@/data';
import '@/components/pages.css';
import '@/components/badges.css';

const app = document.getElementById('app')!;
render(<BriefingView data={BRIEFING_DATA} />, app);
// The page is built after load, so the browser's own jump to #section found nothing: do it now.
const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
target?.scrollIntoView();
