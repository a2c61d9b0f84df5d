import { useId } from 'preact/hooks';

export interface Props {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** A line under the label, also the switch's accessible description. */
  hint?: string;
}

/** An on/off switch: a native checkbox with the switch role, so Space toggles it and it is announced as on or off. */
export function Switch({ label, checked, onChange, disabled = false, hint }: Props) {
  const id = useId();
  return (
    <div class="bl-switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        class="bl-switch__input"
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id} class="bl-switch__label">
        {label}
      </label>
      {hint && (
        <span id={`${id}-hint`} class="bl-switch__hint">
          {hint}
        </span>
      )}
    </div>
  );
}
