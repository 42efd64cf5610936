import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { usePageTitle } from '../../components/app-shell';
import { usePublicText } from '../../i18n/use-portal-text';
import { Link } from '../../router';
import { EmailLinkForm } from './email-link-form';
import { PublicShell } from './public-shell';

/** Asks for a reset link by email; the answer is the same whether or not the email has an account. */
export function ForgotPasswordPage() {
  const { t } = usePublicText();
  usePageTitle(t('forgotTitle'));
  return (
    <PublicShell>
      <h1>{t('forgotHeading')}</h1>
      <EmailLinkForm
        id="forgot-email"
        autoComplete="username"
        submitLabel={t('sendResetLink')}
        sentText={t('resetLinkSent')}
        send={(email) => call(API.forgotPassword, { body: { email } })}
      >
        <p>{t('forgotIntro')}</p>
      </EmailLinkForm>
      <p>
        <Link to="/login">{t('backToLogin')}</Link>
      </p>
    </PublicShell>
  );
}
