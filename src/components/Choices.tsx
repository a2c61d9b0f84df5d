import type { ComponentChildren } from 'preact';

/** One choice: its stored value, its label, and an optional hint after the label. */
export interface Choice<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

export interface Props<V extends string = string> {
  /** The group's name, read aloud with each choice (the fieldset's legend). */
  legend: string;
  /** The radio buttons' name (a setting's key). */
  name: string;
  choices: readonly Choice<V>[];
  /** The value chosen now. */
  value: V;
  onChange: (value: V) => void;
  /** How a choice's label is shown (default: its text). */
  renderLabel?: (choice: Choice<V>) => ComponentChildren;
}

/**
 * A setting with a few exclusive values: native radio buttons in a fieldset, so arrow keys move
 * between them and a screen reader names the group by its legend.
 */
export function Choices<V extends string>({ legend, name, choices, value, onChange, renderLabel }: Props<V>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {choices.map((c) => (
        <label key={c.value} class="bl-choice">
          <input
            type="radio"
            name={name}
            value={c.value}
            checked={value === c.value}
            onChange={() => onChange(c.value)}
          />{' '}
          {renderLabel ? renderLabel(c) : c.label}
          {c.hint && (
            <>
              {' '}
              <span class="bl-hint">{c.hint}</span>
            </>
          )}
        </label>
      ))}
    </fieldset>
  );
}
