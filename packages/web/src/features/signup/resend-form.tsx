import { useState } from 'react';
import { API } from '@omt/contracts';
import { call } from '../../api/client';
import { ErrorAlert, fieldMessage, StatusMessage } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';
import { usePublicText } from '../../i18n/use-portal-text';
import { FormField } from '../auth/form-field';

/** Asks for a new confirmation link; the answer is the same for any email. */
export function ResendForm() {
  const { t } = usePublicText();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const { error, busy, submit } = useSubmit(async () => {
    setSent((await call(API.resendVerification, { body: { email } })).message);
  });
  const emailError = fieldMessage(error, 'email');
  if (sent) return <StatusMessage>{sent}</StatusMessage>;
  return (
    <form
      className="card login-card"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="resend-heading"
    >
      <h2 id="resend-heading">{t('resendHeading')}</h2>
      <FormField
        id="resend-email"
        label={t('email')}
        type="email"
        autoComplete="email"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={emailError}
      />
      {error && !emailError ? <ErrorAlert error={error} title={t('linkNotSent')} /> : null}
      <button type="submit" disabled={busy}>
        {busy ? t('sending') : t('sendNewLink')}
      </button>
    </form>
  );
}
