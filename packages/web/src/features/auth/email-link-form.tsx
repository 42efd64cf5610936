import { useState, type ReactNode } from 'react';
import { ErrorAlert, useFieldMessage, StatusMessage } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';
import { usePublicText } from '../../i18n/use-portal-text';
import { FormField } from './form-field';

/**
 * Asks for a link by email (a password reset, a new confirmation link). The server answers the same for any email;
 * `sentText` (the reader's words for that answer) replaces the form once sent.
 */
export function EmailLinkForm(props: {
  id: string;
  autoComplete: string;
  submitLabel: string;
  send: (email: string) => Promise<unknown>;
  sentText: string;
  labelledBy?: string;
  /** Shown above the field: a heading or an explanation. */
  children?: ReactNode;
}) {
  const fieldMessage = useFieldMessage();
  const { t } = usePublicText();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const { error, busy, submit } = useSubmit(async () => {
    await props.send(email);
    setSent(true);
  });
  const emailError = fieldMessage(error, 'email');
  if (sent) return <StatusMessage>{props.sentText}</StatusMessage>;
  return (
    <form
      className="card login-card"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={props.labelledBy}
    >
      {props.children}
      <FormField
        id={props.id}
        label={t('email')}
        type="email"
        autoComplete={props.autoComplete}
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={emailError}
      />
      {error && !emailError ? <ErrorAlert error={error} title={t('linkNotSent')} /> : null}
      <button type="submit" disabled={busy}>
        {busy ? t('sending') : props.submitLabel}
      </button>
    </form>
  );
}
