import { useState } from 'react';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';
import { usePortalText } from '../../i18n/use-portal-text';
import { useSession } from '../../session';

/** For a patient login whose email is not confirmed yet: why booking waits, and a new link on request. */
export function ConfirmEmailBanner() {
  const { user } = useSession();
  const { t } = usePortalText();
  const [sent, setSent] = useState(false);
  const { error, busy, run } = useSubmit(async () => {
    await call(API.resendVerification, { body: { email: user.email } });
    setSent(true);
  });
  if (user.role !== 'patient' || user.emailVerified) return null;
  return (
    <section className="alert alert-warning" aria-labelledby="confirm-email-heading">
      <h2 id="confirm-email-heading">{t('confirmEmailHeading')}</h2>
      <p>{t('confirmEmailText', { email: user.email })}</p>
      {sent ? (
        <p role="status">{t('confirmEmailSent')}</p>
      ) : (
        <button type="button" className="button-secondary" disabled={busy} onClick={() => void run()}>
          {busy ? t('sending') : t('confirmEmailSend')}
        </button>
      )}
      <ErrorAlert error={error} title={t('confirmEmailNotSent')} />
    </section>
  );
}
