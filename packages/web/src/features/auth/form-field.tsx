import type { InputHTMLAttributes } from 'react';
import { FieldError, withoutField } from '../../components/messages';
import type { PortalLang } from '../../i18n/portal-messages';
import { publicText } from '../../i18n/translate';

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

// Kept importable from here for the pages that take it with the form fields.
export { withoutField };

/**
 * A new password typed twice (reset, change, first password from an invitation): the first field shows the
 * server's refusal, the second says when the two differ. In English unless `lang` says otherwise (the public pages).
 */
export function NewPasswordFields(props: {
  idPrefix: string;
  password: string;
  confirm: string;
  onPassword: (value: string) => void;
  onConfirm: (value: string) => void;
  error: string | undefined;
  mismatch: boolean;
  lang?: PortalLang;
}) {
  const t = (key: Parameters<typeof publicText>[1]) => publicText(props.lang ?? 'en', key);
  return (
    <>
      <FormField
        id={`${props.idPrefix}-password`}
        label={t('newPassword')}
        type="password"
        autoComplete="new-password"
        required
        hint={t('newPasswordHint')}
        value={props.password}
        onChange={(e) => props.onPassword(e.target.value)}
        error={props.error}
      />
      <FormField
        id={`${props.idPrefix}-confirm`}
        label={t('newPasswordAgain')}
        type="password"
        autoComplete="new-password"
        required
        value={props.confirm}
        onChange={(e) => props.onConfirm(e.target.value)}
        error={props.mismatch ? t('passwordsDiffer') : undefined}
      />
    </>
  );
}
