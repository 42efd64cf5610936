import type { InputHTMLAttributes } from 'react';
import { FieldError } from '../../components/messages';

type Props = InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: string;
  error: string | undefined;
  hint?: string;
};

/** A labelled input whose error (named by the server or by the form) is tied to it for screen readers. */
export function FormField({ id, label, error, hint, ...input }: Props) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        {...input}
      />
      <FieldError id={`${id}-error`} message={withoutField(error)} />
    </div>
  );
}

/** A server message without its leading `field: `, for showing beside the field's own label. */
export function withoutField(message: string | undefined): string | undefined {
  return message?.replace(/^[\w.]+: /, '');
}

export const NEW_PASSWORD_HINT =
  'At least 12 characters; not a common password, and not your email or name. A few unrelated words work well.';

/**
 * A new password typed twice (reset, change, first password from an invitation): the first field shows the
 * server's refusal, the second says when the two differ.
 */
export function NewPasswordFields(props: {
  idPrefix: string;
  password: string;
  confirm: string;
  onPassword: (value: string) => void;
  onConfirm: (value: string) => void;
  error: string | undefined;
  mismatch: boolean;
}) {
  return (
    <>
      <FormField
        id={`${props.idPrefix}-password`}
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={NEW_PASSWORD_HINT}
        value={props.password}
        onChange={(e) => props.onPassword(e.target.value)}
        error={props.error}
      />
      <FormField
        id={`${props.idPrefix}-confirm`}
        label="New password again"
        type="password"
        autoComplete="new-password"
        required
        value={props.confirm}
        onChange={(e) => props.onConfirm(e.target.value)}
        error={props.mismatch ? 'The two passwords differ.' : undefined}
      />
    </>
  );
}
