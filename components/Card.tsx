import type { Entity, Fact, Source } from '@/data/types';
import { StatusBadge } from '@/components/StatusBadge';

export interface Props {
  entity: Entity;
  /** The facts to show, already ranked; the card shows them in this order. */
  facts: readonly Fact[];
  sourceOf: (id: string) => Source | undefined;
  /** Opens the briefing at the section most relevant to this card; no button without it. */
  onOpenBriefing?: () => void;
  /** Closes the card; no close button without it (touch and screen-reader users need one). */
  onClose?: () => void;
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

/**
 * The hover card. Every string in it comes from the bundled data and is rendered as text (JSX
 * children), never as markup; nothing from the page reaches it.
 */
export function Card({ entity, facts, sourceOf, onOpenBriefing, onClose }: Props) {
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
