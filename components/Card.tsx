import type { Entity, Fact, Source } from '@/data/types';
import { StatusBadge } from '@/components/StatusBadge';
import { isPastReview } from '@/data/freshness';

export interface Props {
  entity: Entity;
  /** The facts to show, already ranked; the card shows them in this order. */
  facts: readonly Fact[];
  sourceOf: (id: string) => Source | undefined;
  /** Opens the briefing at the section most relevant to this card; no button without it. */
  onOpenBriefing?: () => void;
  /** Closes the card; no close button without it (touch and screen-reader users need one). */
  onClose?: () => void;
  /**
   * The reader's "now", which decides whether a changing fact is past its review date ("may be
   * out of date"). Absent: the clock at render time (readerNow). Tests pass a fixed day.
   */
  now?: Date;
}

/**
 * The clock the card reads when no `now` is given. It goes through Date.now() (not `new Date()`)
 * so that a test can move the clock of the content script's isolated world, where Playwright's
 * page.clock does not reach (tests/e2e/facts.spec.ts).
 */
export function readerNow(): Date {
  return new Date(Date.now());
}

const KIND_LABELS: Record<Entity['kind'], string> = {
  country: 'Country',
  city: 'City',
  company: 'Company',
};

export function cardTitle(entity: Entity): string {
  return `${entity.name} — key facts`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Formats an ISO date for a reader: "29 Mar 2023", "Jun 2025", "2023". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? iso;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/**
 * A fact's date as a reader says it: an event "on 14 May 1948", "in Aug 1993" or "in 2011" (as
 * precise as its date); a changing figure or state "as of Jan 2026" (its month: the day adds
 * nothing to how current it is) or "as of 2010".
 */
export function factDateLabel(fact: Pick<Fact, 'kind' | 'asOf'>): string {
  if (fact.kind === 'changing') {
    const [y, m] = fact.asOf.split('-');
    return `as of ${m ? formatDate(`${y}-${m}`) : y}`;
  }
  const precise = fact.asOf.split('-').length === 3;
  return `${precise ? 'on' : 'in'} ${formatDate(fact.asOf)}`;
}

/** Beside the date of a changing fact past its review date: said in words, not by colour alone. */
export const STALE_LABEL = 'may be out of date';

/**
 * The hover card. Every string in it comes from the bundled data and is rendered as text (JSX
 * children), never as markup; nothing from the page reaches it.
 */
export function Card({ entity, facts, sourceOf, onOpenBriefing, onClose, now }: Props) {
  const today = now ?? readerNow();
  return (
    <div class="bl-card" role="dialog" aria-modal="false" aria-label={cardTitle(entity)}>
      <header class="bl-card__head">
        <h2 class="bl-card__name">{entity.name}</h2>
        <span class="bl-card__kind">{KIND_LABELS[entity.kind]}</span>
        {onClose && (
          <button type="button" class="bl-card__close" aria-label="Close" title="Close" onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        )}
      </header>
      <p class="bl-card__summary">{entity.summary}</p>
      {facts.length > 0 && (
        <ul class="bl-card__facts" aria-label="Key facts">
          {facts.map((f) => {
            const source = f.sources.map(sourceOf).find((s) => s !== undefined);
            return (
              <li class="bl-fact" key={f.id} data-fact={f.id}>
                <p class="bl-fact__text">{f.text}</p>
                <p class="bl-fact__meta">
                  <StatusBadge status={f.status} />
                  <span class="bl-fact__asof">{factDateLabel(f)}</span>
                  {isPastReview(f, today) && <span class="bl-fact__stale">{STALE_LABEL}</span>}
                  {source && (
                    <a class="bl-fact__source" href={source.url} target="_blank" rel="noopener noreferrer">
                      {source.publisher}
                    </a>
                  )}
                </p>
                {f.note && <p class="bl-fact__note">{f.note}</p>}
              </li>
            );
          })}
        </ul>
      )}
      {onOpenBriefing && (
        <button type="button" class="bl-card__open" onClick={onOpenBriefing}>
          Open briefing
        </button>
      )}
    </div>
  );
}
