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

export function statusLabel(status: FactStatus): string {
  return LABELS[status];
}

/** A status always says itself in words; colour only repeats it. */
export function StatusBadge({ status, detail }: Props) {
  return (
    <span class={`bl-badge bl-badge--${status}`}>
      {detail ? `${LABELS[status]}: ${detail}` : LABELS[status]}
    </span>
  );
}
