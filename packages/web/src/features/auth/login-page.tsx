import { useState, type FormEvent } from 'react';
import type { LoginSession, User } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { usePageTitle } from '../../components/app-shell';
import { ErrorAlert } from '../../components/messages';
import { usePublicText } from '../../i18n/use-portal-text';
import { Link } from '../../router';
import { PublicShell } from './public-shell';
import { TotpLoginForm } from './totp-login-form';

/**
 * Email + password, then the two-factor code when the account has it on; on success the app moves to the role's
 * home page (or to enrolment when the clinic requires two-factor and it is not on yet).
 */
export function LoginPage({
  onLoggedIn,
}: {
  onLoggedIn: (user: User, options: { totpEnrolmentRequired: boolean }) => void;
}) {
  const { t } = usePublicText();
  usePageTitle(t('logIn'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [pendingToken, setPendingToken] = useState<string | null>(null);
  const loggedIn = (session: LoginSession) =>
    onLoggedIn(session.user, { totpEnrolmentRequired: session.totpEnrolmentRequired ?? false });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await call(API.login, { body: { email, password } });
      if ('token' in result) {
        loggedIn(result);
        return;
      }
      setPendingToken(result.pendingToken);
      setPassword('');
      setBusy(false);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <PublicShell>
      <h1>{t('loginHeading')}</h1>
      {pendingToken ? (
        <TotpLoginForm
          pendingToken={pendingToken}
          onLoggedIn={loggedIn}
          onRestart={() => setPendingToken(null)}
        />
      ) : (
        <form className="card login-card" onSubmit={(e) => void submit(e)} noValidate>
          <div className="field">
            <label htmlFor="login-email">{t('email')}</label>
            <input
              id="login-email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="login-password">{t('password')}</label>
            <input
              id="login-password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          {error ? <ErrorAlert error={error} title={t('loginFailed')} /> : null}
          <button type="submit" disabled={busy}>
            {busy ? t('loggingIn') : t('logIn')}
          </button>
        </form>
      )}
      <p>
        <Link to="/forgot-password">{t('forgotPassword')}</Link>
      </p>
      <p>
        {t('newPatient')} <Link to="/signup">{t('createAnAccount')}</Link>
      </p>
    </PublicShell>
  );
}
