import { useId } from 'preact/hooks';
import type { FactStatus } from '@/data/types';

export interface Props {
  status: FactStatus;
  /** Shown after the label, e.g. "Outdated: Azerbaijan opened its embassy…". */
  detail?: string;
}

const LABELS: Record<FactStatus, string> = {
  confirmed: 'Confirmed',
  reported: 'Reported',
  disputed: 'Disputed',
  outdated: 'Outdated',
};

/**
 * What each status means, as the fact set uses it (shared/facts/verification.md: CONFIRMED,
 * REPORTED "reported, never officially confirmed", DISPUTED "sources disagree; show the range",
 * OUTDATED "true when written, superseded since"). Shown on hover and focus, and in the briefing's
 * "How facts are rated". Never starts with the label, which the badge already says.
 */
export const STATUS_EXPLANATIONS: Record<FactStatus, string> = {
  confirmed: 'Stated by an official or primary source, or by independent reports that agree.',
  reported: 'Published by the media or by one side, but never officially confirmed.',
  disputed: 'Sources disagree: the fact gives the range of their figures.',
  outdated: 'True when it was said, but superseded since: the note gives the current fact.',
};

export function statusLabel(status: FactStatus): string {
  return LABELS[status];
}

/**
 * A status always says itself in words; colour only repeats it. It explains itself on hover and
 * on keyboard focus (a tooltip that is also the badge's accessible description). "Confirmed" is
 * drawn quietly and the other statuses stand out (badges.css).
 */
export function StatusBadge({ status, detail }: Props) {
  const tipId = `bl-tip-${useId()}`;
  return (
    <span class="bl-status">
      <span class={`bl-badge bl-badge--${status}`} tabIndex={0} aria-describedby={tipId}>
        {detail ? `${LABELS[status]}: ${detail}` : LABELS[status]}
      </span>
      <span class="bl-status__tip" role="tooltip" id={tipId}>
        {STATUS_EXPLANATIONS[status]}
      </span>
    </span>
  );
}
