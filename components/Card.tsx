import type { Entity, Fact, Source } from '@/data/types';
import { StatusBadge } from '@/components/StatusBadge';

export interface Props {
  entity: Entity;
  /** The facts to show, already ranked; the card shows them in this order. */
  facts: readonly Fact[];
  sourceOf: (id: string) => Source | undefined;
  onOpenBriefing?: () => void;
}

const KIND_LABELS: Record<Entity['kind'], string> = {
  country: 'Country',
  city: 'City',
  company: 'Company',
};

export function cardTitle(entity: Entity): string {
  return `${entity.name} — key facts`;
}

/** Formats an ISO date for a reader: "29 Mar 2023", "2023". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const month = m ? months[Number(m) - 1] : undefined;
  if (!month) return y ?? iso;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function Card({ entity, facts, sourceOf, onOpenBriefing }: Props) {
  const titleId = `bl-card-title-${entity.id}`;
  return (
    <div class="bl-card" role="dialog" aria-modal="false" aria-label={cardTitle(entity)}>
      <header class="bl-card__head">
        <h2 class="bl-card__name" id={titleId}>
          {entity.name}
        </h2>
        <span class="bl-card__kind">{KIND_LABELS[entity.kind]}</span>
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
                  <span class="bl-fact__asof">as of {formatDate(f.asOf)}</span>
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
