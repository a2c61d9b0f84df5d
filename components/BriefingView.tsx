import type { Block, Briefing, Claim, Source, Span } from '@/data/types';
import { StatusBadge } from '@/components/StatusBadge';
import { formatDate } from '@/components/Card';

export interface Props {
  briefing: Briefing;
  claims: readonly Claim[];
  sources: readonly Source[];
  factsAsOf: string;
  version: string;
  /** Headings level: 1 on the briefing page, 2 inside the popup. */
  level?: 1 | 2;
}

/** The article, verbatim, with a status beside every claim that is not plainly confirmed. */
export function BriefingView({ briefing, claims, sources, factsAsOf, version, level = 1 }: Props) {
  const claimById = new Map(claims.map((c) => [c.id, c] as const));
  const annotated = new Set<string>();
  const H = level === 1 ? 'h1' : 'h2';
  const H2 = level === 1 ? 'h2' : 'h3';

  const renderSpan = (span: Span, i: number) => {
    const claim = span.claim ? claimById.get(span.claim) : undefined;
    if (!claim) return <span key={i}>{span.text}</span>;
    const first = !annotated.has(claim.id);
    annotated.add(claim.id);
    const flagged = claim.status !== 'confirmed' || claim.sourceNotFound;
    return (
      <span key={i} class={`bl-claim bl-claim--${claim.status}`} data-claim={claim.id}>
        {span.text}
        {flagged && first && (
          <span class="bl-claim__check">
            {' '}
            <StatusBadge status={claim.status} />
            {claim.sourceNotFound && <span class="bl-claim__nosource"> Source not found for the quote.</span>}
            {claim.note && <span class="bl-claim__note"> {claim.note}</span>}
          </span>
        )}
      </span>
    );
  };

  const renderBlock = (block: Block, i: number) => {
    switch (block.type) {
      case 'paragraph':
        return <p key={i}>{block.spans.map(renderSpan)}</p>;
      case 'quote':
        return <blockquote key={i}>{block.spans.map(renderSpan)}</blockquote>;
      case 'list':
        return (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{item.map(renderSpan)}</li>
            ))}
          </ul>
        );
    }
  };

  return (
    <article class="bl-briefing">
      <H class="bl-briefing__title">{briefing.title}</H>
      <nav aria-label="Contents" class="bl-briefing__toc">
        <ol>
          {briefing.sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.heading}</a>
            </li>
          ))}
          <li>
            <a href="#sources">Sources</a>
          </li>
        </ol>
      </nav>
      {briefing.sections.map((s) => (
        <section key={s.id} id={s.id} aria-labelledby={`${s.id}-h`}>
          <H2 id={`${s.id}-h`}>{s.heading}</H2>
          {s.blocks.map(renderBlock)}
        </section>
      ))}
      <section id="sources" aria-labelledby="sources-h">
        <H2 id="sources-h">Sources</H2>
        <ol class="bl-sources">
          {sources.map((s) => (
            <li key={s.id} id={`source-${s.id}`}>
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
              </a>
              {` — ${s.publisher}, ${formatDate(s.date)}`}
            </li>
          ))}
        </ol>
      </section>
      <p class="bl-briefing__asof">
        Facts as of {formatDate(factsAsOf)} · fact set {version}
      </p>
    </article>
  );
}
