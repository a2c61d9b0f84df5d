import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Block, BriefingData, Change, Source, Span } from '@/data/types';
import { STATUS_EXPLANATIONS, StatusBadge } from '@/components/StatusBadge';
import { FACT_REVIEW_MONTHS } from '@/utils/timings';
import type { FactStatus } from '@/data/types';
import { formatDate } from '@/card/Card';

export interface Props {
  data: BriefingData;
  /** Headings level: 1 on the briefing page, 2 inside the popup. */
  level?: 1 | 2;
  /**
   * The popup's form: every section (and the sources) collapses under its heading, whose button is
   * also the section's entry in the contents (no separate table of contents).
   */
  collapsible?: boolean;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2026-03" → "March 2026": how far the last check of the facts reaches. */
export function formatCheckedUpTo(yearMonth: string): string {
  const [y, m] = yearMonth.split('-');
  const month = m ? MONTH_NAMES[Number(m) - 1] : undefined;
  return month ? `${month} ${y}` : (y ?? yearMonth);
}

/** The id and heading of the section after the article. */
export const CHANGES_SECTION = {
  id: 'changes',
  heading: 'What has changed since this article was written',
} as const;

/** The section the card's "How facts are rated" opens (briefing.html#ratings). */
export const RATINGS_SECTION = { id: 'ratings', heading: 'How facts are rated' } as const;

const STATUSES: FactStatus[] = ['confirmed', 'reported', 'disputed', 'outdated'];

/**
 * A note as it reads inside the bracketed aside after a claim: without its closing full stop, so
 * the article's own punctuation after the aside never meets a second one (".," or "..").
 */
export function asideText(note: string): string {
  return note.replace(/\s*\.$/, '');
}

/** The article, verbatim, with a status beside every claim that is not plainly confirmed. */
export function BriefingView({ data, level = 1, collapsible = false }: Props) {
  const { briefing, claims, changes, sources, checkedUpTo, version } = data;
  const sourceById = new Map(sources.map((s) => [s.id, s] as const));
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
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
            {' ('}
            <StatusBadge status={claim.status} />
            {claim.sourceNotFound && <span class="bl-claim__nosource">: source not found for the quote</span>}
            {claim.note && (
              <span class="bl-claim__note">{`${claim.sourceNotFound ? ';' : ':'} ${asideText(claim.note)}`}</span>
            )}
            {')'}
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

  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const renderSection = (id: string, heading: string, body: ComponentChildren) => {
    if (!collapsible) {
      return (
        <section key={id} id={id} aria-labelledby={`${id}-h`}>
          <H2 id={`${id}-h`}>{heading}</H2>
          {body}
        </section>
      );
    }
    const expanded = open.has(id);
    return (
      <section key={id} id={id} aria-labelledby={`${id}-h`} class="bl-briefing__fold">
        <H2 id={`${id}-h`} class="bl-briefing__foldhead">
          <button
            type="button"
            id={`${id}-toggle`}
            aria-expanded={expanded ? 'true' : 'false'}
            aria-controls={`${id}-body`}
            onClick={() => toggle(id)}
          >
            {heading}
          </button>
        </H2>
        <div id={`${id}-body`} class="bl-briefing__foldbody" hidden={!expanded}>
          {body}
        </div>
      </section>
    );
  };

  return (
    <article class={collapsible ? 'bl-briefing bl-briefing--compact' : 'bl-briefing'}>
      <H class="bl-briefing__title">{briefing.title}</H>
      {/* The popup's form has no contents list: its section buttons are the contents (one list of titles, not two). */}
      {!collapsible && (
        <nav aria-label="Contents" class="bl-briefing__toc">
          <ol>
            {[...briefing.sections, CHANGES_SECTION, RATINGS_SECTION].map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{s.heading}</a>
              </li>
            ))}
            <li>
              <a href="#sources">Sources</a>
            </li>
          </ol>
        </nav>
      )}
      {briefing.sections.map((s) => renderSection(s.id, s.heading, s.blocks.map(renderBlock)))}
      {renderSection(
        CHANGES_SECTION.id,
        CHANGES_SECTION.heading,
        <ol class="bl-changes">
          {changes.map((c: Change) => (
            <li key={`${c.date}-${c.text}`}>
              <time dateTime={c.date}>{formatDate(c.date)}</time>
              {`: ${c.text} `}
              {c.sources
                .map((id) => sourceById.get(id))
                .filter((src): src is Source => src !== undefined)
                .map((src, i) => (
                  <span key={src.id}>
                    {i > 0 && ', '}
                    <a href={src.url} target="_blank" rel="noopener noreferrer">
                      {src.publisher}
                    </a>
                  </span>
                ))}
            </li>
          ))}
        </ol>,
      )}
      {renderSection(
        RATINGS_SECTION.id,
        RATINGS_SECTION.heading,
        <>
          <p>Every fact and every claim of the article carries one of four statuses:</p>
          <dl class="bl-ratings">
            {STATUSES.map((status) => (
              <div key={status}>
                <dt>
                  <StatusBadge status={status} />
                </dt>
                <dd>{STATUS_EXPLANATIONS[status]}</dd>
              </div>
            ))}
          </dl>
          <p>
            {`Each fact also says when it was true. An event shows its date (“on 14 May 1948”). A figure or state that changes, such as a population, a trade figure or who holds an office, shows its date “as of” (“as of Jan 2026”), and “may be out of date” once ${FACT_REVIEW_MONTHS} months have passed without a newer check. Sources are listed best first: a publisher or an official body before an encyclopedia.`}
          </p>
        </>,
      )}
      {renderSection(
        'sources',
        'Sources',
        <ol class="bl-sources">
          {sources.map((s) => (
            <li key={s.id} id={`source-${s.id}`}>
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
              </a>
              {` — ${s.publisher}, ${formatDate(s.date)}`}
            </li>
          ))}
        </ol>,
      )}
      <p class="bl-briefing__asof">
        Facts checked up to {formatCheckedUpTo(checkedUpTo)} · fact set {version}
      </p>
    </article>
  );
}
