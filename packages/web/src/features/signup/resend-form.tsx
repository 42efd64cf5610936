import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { usePublicText } from '../../i18n/use-portal-text';
import { EmailLinkForm } from '../auth/email-link-form';

/** Asks for a new confirmation link; the answer is the same for any email. */
export function ResendForm() {
  const { t } = usePublicText();
  return (
    <EmailLinkForm
      id="resend-email"
      autoComplete="email"
      submitLabel={t('sendNewLink')}
      labelledBy="resend-heading"
      sentText={t('confirmLinkSent')}
      send={(email) => call(API.resendVerification, { body: { email } })}
    >
      <h2 id="resend-heading">{t('resendHeading')}</h2>
    </EmailLinkForm>
  );
}
