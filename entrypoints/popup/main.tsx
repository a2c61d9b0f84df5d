import { render } from 'preact';
import { Popup } from '@/components/Popup';
import { BRIEFING } from '@/data';
import '@/components/pages.css';
import '@/components/badges.css';

render(<Popup briefing={BRIEFING} />, document.getElementById('app')!);
