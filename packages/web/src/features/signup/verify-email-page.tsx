import { useState } from 'react';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { usePageTitle } from '../../components/app-shell';
import { ErrorAlert, useFieldMessage, StatusMessage } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';
import { usePublicText } from '../../i18n/use-portal-text';
import { Link } from '../../router';
import { withoutField } from '../auth/form-field';
import { PublicShell } from '../auth/public-shell';
import { ResendForm } from './resend-form';

/**
 * Opened from the mailed link (`?token=…`): one button confirms the email (a link-checker opening the page does not
 * use the token up). A used, expired or unknown link says so and offers a new one.
 */
export function VerifyEmailPage() {
  const fieldMessage = useFieldMessage();
  const { t } = usePublicText();
  usePageTitle(t('verifyHeading'));
  const [token] = useState(() => new URLSearchParams(window.location.search).get('token') ?? '');
  const [done, setDone] = useState(false);
  const { error, busy, run } = useSubmit(async () => {
    await call(API.verifyEmail, { body: { token } });
    window.history.replaceState(null, '', '/verify-email');
    setDone(true);
  });
  const tokenError = fieldMessage(error, 'token');

  return (
    <PublicShell>
      <h1>{t('verifyHeading')}</h1>
      {done ? (
        <>
          <StatusMessage>{t('emailConfirmed')}</StatusMessage>
          <p>
            {/* A full load, so a session already open reads the confirmed account again. */}
            <a className="button-link" href="/portal">
              {t('goToAppointments')}
            </a>
          </p>
        </>
      ) : !token || tokenError ? (
        <>
          <ErrorAlert
            error={tokenError ? withoutField(tokenError) : t('noConfirmLink')}
            title={t('linkUnusable')}
          />
          <ResendForm />
        </>
      ) : (
        <div className="card login-card">
          <p>{t('confirmIntro')}</p>
          {error ? <ErrorAlert error={error} title={t('notConfirmed')} /> : null}
          <button type="button" disabled={busy} onClick={() => void run()}>
            {busy ? t('confirming') : t('confirmMyEmail')}
          </button>
        </div>
      )}
      <p>
        <Link to="/login">{t('goToLogin')}</Link>
      </p>
    </PublicShell>
  );
}
