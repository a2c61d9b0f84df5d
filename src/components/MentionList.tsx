import type { EntityId } from '@/data/types';

export type MentionState =
  | { kind: 'loading' }
  /** No content script answers: a browser page, the extension store, or a page opened before Brieflight was installed. */
  | { kind: 'unavailable' }
  | { kind: 'off-everywhere' }
  | { kind: 'off-site'; host: string }
  | { kind: 'ready'; counts: Readonly<Partial<Record<EntityId, number>>> };

export interface Props {
  state: MentionState;
  /** Display names, in the order to list them. */
  names: Readonly<Record<EntityId, string>>;
  /** Scroll the tab to the entity's next mention and open its card. */
  onSelect: (entity: EntityId) => void;
}

/** "On this page": each entity found on the tab with its count; choosing one goes to its next mention. */
export function MentionList({ state, names, onSelect }: Props) {
  switch (state.kind) {
    case 'loading':
      return <p class="bl-hint">Looking at the page…</p>;
    case 'unavailable':
      return (
        <p class="bl-hint">
          Brieflight cannot read this page: browser pages and extension stores are off-limits, and a page
          opened before Brieflight was installed needs a reload.
        </p>
      );
    case 'off-everywhere':
      return <p class="bl-hint">Brieflight is off on all sites.</p>;
    case 'off-site':
      return <p class="bl-hint">Brieflight is off on {state.host}.</p>;
    case 'ready': {
      const found = (Object.keys(names) as EntityId[]).filter((id) => (state.counts[id] ?? 0) > 0);
      if (found.length === 0)
        return <p class="bl-hint">No mentions of {listOf(Object.values(names))} here.</p>;
      return (
        <>
          <p class="bl-hint" id="bl-mentions-hint">
            Choose a name to go to its next mention.
          </p>
          <ul class="bl-mentions" aria-describedby="bl-mentions-hint">
            {found.map((id) => {
              const n = state.counts[id] ?? 0;
              return (
                <li key={id}>
                  <button
                    type="button"
                    class="bl-mentions__item"
                    data-entity={id}
                    onClick={() => onSelect(id)}
                  >
                    <span class="bl-mentions__name">{names[id]}</span>{' '}
                    <span class="bl-mentions__count">
                      {n}
                      <span class="bl-sr-only">{n === 1 ? ' mention' : ' mentions'}</span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      );
    }
  }
}

function listOf(words: string[]): string {
  return words.length <= 1
    ? words.join('')
    : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
