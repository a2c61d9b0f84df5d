import type { Briefing } from '@/data/types';

export interface Props {
  briefing: Briefing;
}

export function Popup({ briefing }: Props) {
  return (
    <main class="bl-popup">
      <h1 class="bl-popup__brand">Brieflight</h1>
      <section aria-labelledby="bl-briefing-title">
        <h2 id="bl-briefing-title">{briefing.title}</h2>
        <nav aria-label="Briefing sections">
          <ol class="bl-toc">
            {briefing.sections.map((s) => (
              <li key={s.id}>
                <a href={`/briefing.html#${s.id}`} target="_blank" rel="noopener">
                  {s.heading}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      </section>
    </main>
  );
}
