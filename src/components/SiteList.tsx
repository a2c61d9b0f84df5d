import { useId, useRef, useState } from 'preact/hooks';
import { checkHostPattern } from '@/settings/hosts';
import { MAX_DISABLED_SITES, SYNC_ITEM_QUOTA_BYTES } from '@/utils/timings';

export interface Props {
  /** Normalised host patterns. */
  sites: readonly string[];
  onAdd: (pattern: string) => Promise<void>;
  onRemove: (pattern: string) => Promise<void>;
}

/** The sites where Brieflight is off: a form that refuses an invalid host with the reason, and the list. */
export function SiteList({ sites, onAdd, onRemove }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [error, setError] = useState('');

  const submit = async (e: Event) => {
    e.preventDefault();
    const check = checkHostPattern(value);
    if (!check.ok) return setError(check.reason);
    if (sites.includes(check.pattern)) return setError(`${check.pattern} is already in the list.`);
    const next = [...sites, check.pattern];
    if (next.length > MAX_DISABLED_SITES || JSON.stringify(next).length > SYNC_ITEM_QUOTA_BYTES - 64) {
      return setError('The list is full (browser sync keeps at most 8 KB per setting): remove a site first.');
    }
    try {
      await onAdd(check.pattern);
      setValue('');
      setError('');
    } catch (err) {
      setError(`Could not save: ${err instanceof Error ? err.message : String(err)}`);
    }
    input.current?.focus();
  };

  const remove = async (pattern: string) => {
    try {
      await onRemove(pattern);
      setError('');
    } catch (err) {
      setError(`Could not save: ${err instanceof Error ? err.message : String(err)}`);
    }
    // The button is gone with its row: focus goes back to the form.
    input.current?.focus();
  };

  return (
    <div class="bl-sites">
      <form class="bl-sites__form" onSubmit={submit} noValidate>
        <label for={`${id}-input`}>Turn Brieflight off on</label>
        <div class="bl-sites__row">
          <input
            ref={input}
            id={`${id}-input`}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="example.com or *.example.com"
            value={value}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            onInput={(e) => {
              setValue(e.currentTarget.value);
              if (error) setError('');
            }}
          />
          <button type="submit">Add site</button>
        </div>
        <p id={`${id}-hint`} class="bl-hint">
          A site such as news.example.com, or *.example.com for a site and all its subdomains.
        </p>
        <p id={`${id}-error`} class="bl-error" role="alert">
          {error}
        </p>
      </form>
      {sites.length === 0 ? (
        <p class="bl-hint">No sites: Brieflight runs everywhere it is on.</p>
      ) : (
        <ul class="bl-sites__list" aria-label="Sites where Brieflight is off">
          {sites.map((site) => (
            <li key={site}>
              <span class="bl-sites__host">{site}</span>
              <button type="button" aria-label={`Remove ${site}`} onClick={() => void remove(site)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
