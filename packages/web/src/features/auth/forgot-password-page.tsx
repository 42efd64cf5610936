import { useState } from 'react';
import { API } from '@omt/contracts';
import { call } from '../../api/client';
import { usePageTitle } from '../../components/app-shell';
import { ErrorAlert, fieldMessage, StatusMessage } from '../../components/messages';
import { usePublicText } from '../../i18n/use-portal-text';
import { Link } from '../../router';
import { FormField } from './form-field';
import { PublicShell } from './public-shell';
import { useSubmit } from '../../components/use-submit';

/** Asks for a reset link by email; the answer is the same whether or not the email has an account. */
export function ForgotPasswordPage() {
  const { t } = usePublicText();
  usePageTitle(t('forgotTitle'));
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const { error, busy, submit } = useSubmit(async () => {
    setSent((await call(API.forgotPassword, { body: { email } })).message);
  });

  const emailError = fieldMessage(error, 'email');
  return (
    <PublicShell>
      <h1>{t('forgotHeading')}</h1>
      {sent ? (
        <StatusMessage>{sent}</StatusMessage>
      ) : (
        <form className="card login-card" onSubmit={(e) => void submit(e)} noValidate>
          <p>{t('forgotIntro')}</p>
          <FormField
            id="forgot-email"
            label={t('email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={emailError}
          />
          {error && !emailError ? <ErrorAlert error={error} title={t('linkNotSent')} /> : null}
          <button type="submit" disabled={busy}>
            {busy ? t('sending') : t('sendResetLink')}
          </button>
        </form>
      )}
      <p>
        <Link to="/login">{t('backToLogin')}</Link>
      </p>
    </PublicShell>
  );
}
