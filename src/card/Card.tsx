import { useId, useState } from 'preact/hooks';
import type { Entity, Fact, Source } from '@/data/types';
import { StatusBadge } from '@/components/StatusBadge';
import { isPastReview } from '@/data/freshness';
import { CARD_FACT_COUNT, CARD_MIN_FACTS } from '@/utils/timings';
import { CARD_TEXT_CAP_CHARS } from '@/utils/timings';
import type { CardTextSize } from '@/settings/settings';

export interface Props {
  entity: Entity;
  /**
   * The entity's facts, already ranked (src/card/rank.ts rankFacts): the card shows the first two or
   * three (visibleFactCount) and "More facts" reveals the rest.
   */
  facts: readonly Fact[];
  sourceOf: (id: string) => Source | undefined;
  /** Opens the briefing at the section most relevant to this card; no button without it. */
  onOpenBriefing?: () => void;
  /** Closes the card; no close button without it (touch and screen-reader users need one). */
  onClose?: () => void;
  /** Turns Brieflight off on the page's site ("Turn off on this site"); no button without it. */
  onTurnOffSite?: () => void;
  /** Opens the options page ("Settings"); no button without it. */
  onOpenSettings?: () => void;
  /** Pins the card so that it stays when the pointer leaves; no pin without it. */
  onPin?: () => void;
  /**
   * True when the card opened pinned (keyboard focus, a command, a tap): it has no pin then, as it
   * stays already (and the keyboard's first stop in the card stays its close button).
   */
  pinned?: boolean;
  /** The reader's "Card text size" (src/card/card.css scales the card's text by it); default normal. */
  textSize?: CardTextSize;
  /** Opens the briefing at "How facts are rated"; no link without it. */
  onOpenRatings?: () => void;
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
 * How many facts the card shows before "More facts": CARD_MIN_FACTS, and up to CARD_FACT_COUNT
 * while the summary and the facts' texts stay within CARD_TEXT_CAP_CHARS.
 */
export function visibleFactCount(summary: string, facts: readonly Pick<Fact, 'text'>[]): number {
  let count = Math.min(CARD_MIN_FACTS, facts.length);
  let chars = summary.length + facts.slice(0, count).reduce((n, f) => n + f.text.length, 0);
  while (
    count < Math.min(CARD_FACT_COUNT, facts.length) &&
    chars + facts[count]!.text.length <= CARD_TEXT_CAP_CHARS
  ) {
    chars += facts[count]!.text.length;
    count++;
  }
  return count;
}

/** A source link's accessible name: where it goes, and that it opens a new tab. */
export function sourceLinkName(source: Source): string {
  return `Source: ${source.title}, ${source.publisher} (opens in a new tab)`;
}

function SourceLink({ source }: { source: Source }) {
  return (
    <a
      class="bl-fact__source"
      href={source.url}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={sourceLinkName(source)}
    >
      {source.publisher}
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}

function FactItem({
  fact,
  sourceOf,
  today,
  withNote,
}: {
  fact: Fact;
  sourceOf: Props['sourceOf'];
  today: Date;
  withNote: boolean;
}) {
  const [allSources, setAllSources] = useState(false);
  const moreId = `bl-src-${useId()}`;
  // The data lists the best source first (a publisher or official body before an encyclopedia).
  const sources = fact.sources.map(sourceOf).filter((s): s is Source => s !== undefined);
  const [first, ...rest] = sources;
  return (
    <li class="bl-fact" data-fact={fact.id}>
      {/* The status leads its fact (how to read the claim, before the claim), where it fills the
          first line's start instead of lengthening the line of date and source past one line. */}
      <p class="bl-fact__claim">
        <StatusBadge status={fact.status} /> <span class="bl-fact__text">{fact.text}</span>
      </p>
      <p class="bl-fact__meta">
        <span class="bl-fact__asof">{factDateLabel(fact)}</span>
        {isPastReview(fact, today) && <span class="bl-fact__stale">{STALE_LABEL}</span>}
        {first && (
          <span class="bl-fact__sources">
            <span class="bl-fact__label">Source:</span> <SourceLink source={first} />
            {rest.length > 0 && !allSources && (
              <button
                type="button"
                class="bl-fact__more-sources"
                aria-expanded="false"
                aria-controls={moreId}
                aria-label={`${rest.length} more source${rest.length === 1 ? '' : 's'}`}
                onClick={() => setAllSources(true)}
              >
                +{rest.length} more
              </button>
            )}
            {rest.length > 0 && (
              // Rendered only once revealed: a hidden link would still be in the card's Tab cycle.
              <span id={moreId}>
                {allSources &&
                  rest.map((s) => (
                    <span key={s.id}>
                      {', '}
                      <SourceLink source={s} />
                    </span>
                  ))}
              </span>
            )}
          </span>
        )}
      </p>
      {withNote && fact.note && <p class="bl-fact__note">{fact.note}</p>}
    </li>
  );
}

/**
 * The hover card: the summary, the two or three facts most relevant to the paragraph, "More
 * facts" for the rest (and the notes), and "Open briefing", which stays in view. Every string in
 * it comes from the bundled data and is rendered as text (JSX children), never as markup; nothing
 * from the page reaches it. Always left-to-right English, whatever the page's direction and
 * language. It is a dialog named by its title, not a heading, so it adds nothing to the page's
 * outline.
 */
export function Card({
  entity,
  facts,
  sourceOf,
  onOpenBriefing,
  onClose,
  onOpenRatings,
  onTurnOffSite,
  onOpenSettings,
  onPin,
  pinned,
  textSize = 'normal',
  now,
}: Props) {
  const today = now ?? readerNow();
  // A new entity or a new ranking starts collapsed. The host renders every card into one root and
  // a new hover replaces the card in place (the same element), so the state remembers whose it is.
  const cardKey = `${entity.id}:${facts.map((f) => f.id).join(',')}`;
  const [expandedFor, setExpandedFor] = useState<string | undefined>(undefined);
  const expanded = expandedFor === cardKey;
  // Pinned from this card's own pin: shown as pressed until the card is replaced.
  const [pinnedFor, setPinnedFor] = useState<string | undefined>(undefined);
  const isPinned = pinnedFor === cardKey;
  const setExpanded = (on: boolean) => setExpandedFor(on ? cardKey : undefined);
  const id = `bl-card-${useId()}`;
  const shown = expanded ? facts.length : visibleFactCount(entity.summary, facts);
  const canExpand = facts.length > shown || (!expanded && facts.some((f) => f.note));
  return (
    <div
      class={`bl-card bl-card--text-${textSize}`}
      role="dialog"
      aria-modal="false"
      aria-label={cardTitle(entity)}
      aria-labelledby={`${id}-name ${id}-what`}
      dir="ltr"
      lang="en"
    >
      <div class="bl-card__head">
        <span class="bl-card__name" id={`${id}-name`}>
          {entity.name}
        </span>
        <span id={`${id}-what`} hidden>
          — key facts
        </span>
        <span class="bl-card__kind">{KIND_LABELS[entity.kind]}</span>
        {onPin && pinned !== true && (
          <button
            type="button"
            class="bl-card__pin"
            aria-label="Pin card"
            aria-pressed={isPinned ? 'true' : 'false'}
            onClick={() => {
              if (isPinned) return;
              setPinnedFor(cardKey);
              onPin();
            }}
          >
            {/* An SVG, not the 📌 emoji: a system without an emoji font drew an empty box. */}
            <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path
                fill="currentColor"
                d="M16 3v2h-1v5l3 3v2h-5v6l-1 1-1-1v-6H6v-2l3-3V5H8V3h8Zm-3 2h-2v5.8L9.8 12h4.4L13 10.8V5Z"
              />
            </svg>
          </button>
        )}
        {onClose && (
          <button type="button" class="bl-card__close" aria-label="Close" onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
      <p class="bl-card__summary">{entity.summary}</p>
      {facts.length > 0 && (
        <ul class="bl-card__facts" id={`${id}-facts`} aria-label="Key facts">
          {facts.slice(0, shown).map((f) => (
            <FactItem
              key={`${entity.id}:${f.id}`}
              fact={f}
              sourceOf={sourceOf}
              today={today}
              withNote={expanded}
            />
          ))}
        </ul>
      )}
      {(canExpand || expanded || onOpenRatings || onOpenBriefing || onTurnOffSite || onOpenSettings) && (
        <div class="bl-card__foot">
          {(canExpand || expanded) && (
            <button
              type="button"
              class="bl-card__more"
              aria-expanded={expanded ? 'true' : 'false'}
              aria-controls={`${id}-facts`}
              onClick={() => setExpanded(!expanded)}
            >
              {expanded ? 'Fewer facts' : 'More facts'}
            </button>
          )}
          {onOpenRatings && (
            <button type="button" class="bl-card__ratings" onClick={onOpenRatings}>
              How facts are rated
            </button>
          )}
          {(onTurnOffSite || onOpenSettings) && (
            <div class="bl-card__controls">
              {onTurnOffSite && (
                <button type="button" class="bl-card__site-off" onClick={() => onTurnOffSite()}>
                  Turn off on this site
                </button>
              )}
              {onOpenSettings && (
                <button type="button" class="bl-card__settings" onClick={() => onOpenSettings()}>
                  Settings
                </button>
              )}
            </div>
          )}
          {onOpenBriefing && (
            <button type="button" class="bl-card__open" onClick={() => onOpenBriefing()}>
              Open briefing
            </button>
          )}
        </div>
      )}
    </div>
  );
}
