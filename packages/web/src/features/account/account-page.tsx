import { API } from '../../api/endpoints';
import { useApiQuery } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { usePortalText } from '../../i18n/use-portal-text';
import { ROLE_LABELS, useSession } from '../../session';
import { StaffConnectedApps } from '../connect/staff-connected-apps';
import { ChangePasswordForm } from './change-password-form';
import { SessionsList } from './sessions-list';
import { TwoFactorSection } from './two-factor-section';

/** Every signed-in person's own account: who they are, their password, their sessions (staff: their connected apps). */
export function AccountPage() {
  const { t } = usePortalText();
  usePageTitle(t('yourAccount'));
  const { user } = useSession();
  const sessions = useApiQuery(API.sessions, {}, { select: (r) => r.sessions });
  return (
    <>
      <h1>{t('yourAccount')}</h1>
      <p>
        {user.displayName} · {user.email} ·{' '}
        {user.role === 'patient' ? t('rolePatient') : ROLE_LABELS[user.role]}
      </p>
      {user.role === 'patient' ? null : <TwoFactorSection />}
      <ChangePasswordForm onChanged={sessions.reload} />
      <SessionsList sessions={sessions} />
      {user.role === 'patient' ? null : <StaffConnectedApps />}
    </>
  );
}
