import type { ReactNode } from 'react';
import { FieldError } from './messages';

export interface Choice<V extends string | number> {
  value: V;
  label: ReactNode;
}

interface GroupProps<V extends string | number> {
  legend: ReactNode;
  name: string;
  options: readonly Choice<V>[];
  /** The contract's field name; errors naming it show here. */
  field?: string;
  error?: string | undefined;
  inline?: boolean;
}

function errorId(name: string): string {
  return `error-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** One answer from a few: a fieldset with a legend and radio buttons. */
export function RadioGroup<V extends string | number>(
  props: GroupProps<V> & { value: V | null; onChange: (value: V) => void },
) {
  const { legend, name, options, field, error, inline, value, onChange } = props;
  return (
    <fieldset
      className={inline ? 'inline-choices' : undefined}
      data-field={field}
      aria-describedby={error ? errorId(name) : undefined}
    >
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={String(o.value)} className="choice">
          <input
            type="radio"
            name={name}
            value={String(o.value)}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
            aria-invalid={error ? true : undefined}
          />
          {o.label}
        </label>
      ))}
      <FieldError id={errorId(name)} message={error} />
    </fieldset>
  );
}

/** Any number of answers: a fieldset with a legend and checkboxes. */
export function CheckboxGroup<V extends string>(
  props: GroupProps<V> & { values: readonly V[]; onChange: (values: V[]) => void },
) {
  const { legend, name, options, field, error, inline, values, onChange } = props;
  const toggle = (v: V, on: boolean) => onChange(on ? [...values, v] : values.filter((x) => x !== v));
  return (
    <fieldset
      className={inline ? 'inline-choices' : undefined}
      data-field={field}
      aria-describedby={error ? errorId(name) : undefined}
    >
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="choice">
          <input
            type="checkbox"
            name={name}
            value={o.value}
            checked={values.includes(o.value)}
            onChange={(e) => toggle(o.value, e.target.checked)}
          />
          {o.label}
        </label>
      ))}
      <FieldError id={errorId(name)} message={error} />
    </fieldset>
  );
}

/** A labelled input or textarea with its error below it. */
export function TextField(props: {
  id: string;
  label: ReactNode;
  field?: string;
  error?: string | undefined;
  hint?: ReactNode;
  children: (aria: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}) {
  const { id, label, field, error, hint, children } = props;
  const described = [hint ? `${id}-hint` : '', error ? errorId(id) : ''].filter(Boolean).join(' ');
  return (
    <div className="field" data-field={field}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children({
        id,
        ...(described ? { 'aria-describedby': described } : {}),
        ...(error ? { 'aria-invalid': true } : {}),
      })}
      <FieldError id={errorId(id)} message={error} />
    </div>
  );
}

/** Moves focus to the control of a named field so a keyboard user lands on the problem. */
export function focusField(field: string): void {
  const holder = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`);
  const control = holder?.querySelector<HTMLElement>('input, textarea, select') ?? holder;
  control?.focus();
}
