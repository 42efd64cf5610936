import { useState, type FormEvent } from 'react';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { usePageTitle } from '../../components/app-shell';
import { ErrorAlert, useFieldMessage, StatusMessage } from '../../components/messages';
import { usePublicText } from '../../i18n/use-portal-text';
import { Link } from '../../router';
import { NewPasswordFields, withoutField } from './form-field';
import { PublicShell } from './public-shell';
import { useSubmit } from '../../components/use-submit';

/** Opened from the mailed link (`?token=…`): sets a new password, after which the person logs in with it. */
export function ResetPasswordPage() {
  const fieldMessage = useFieldMessage();
  const { lang, t } = usePublicText();
  usePageTitle(t('resetHeading'));
  const [token] = useState(() => new URLSearchParams(window.location.search).get('token') ?? '');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);
  const { error, setError, busy, run } = useSubmit(async () => {
    await call(API.resetPassword, { body: { token, password } });
    window.history.replaceState(null, '', '/reset-password');
    setDone(true);
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setMismatch(password !== confirm);
    if (password === confirm) void run();
  };

  const passwordError = fieldMessage(error, 'password');
  const tokenError = fieldMessage(error, 'token');
  return (
    <PublicShell>
      <h1>{t('resetHeading')}</h1>
      {done ? (
        <>
          <StatusMessage>{t('passwordChanged')}</StatusMessage>
          <p>
            <Link to="/login">{t('logIn')}</Link>
          </p>
        </>
      ) : !token ? (
        <>
          <ErrorAlert error={t('noResetLink')} title={t('noResetLinkTitle')} />
          <p>
            <Link to="/forgot-password">{t('askResetLink')}</Link>
          </p>
        </>
      ) : (
        <>
          {tokenError ? (
            <>
              <ErrorAlert error={withoutField(tokenError)} title={t('linkUnusable')} />
              <p>
                <Link to="/forgot-password">{t('askNewResetLink')}</Link>
              </p>
            </>
          ) : null}
          <form className="card login-card" onSubmit={submit} noValidate>
            <NewPasswordFields
              idPrefix="reset"
              password={password}
              confirm={confirm}
              onPassword={setPassword}
              onConfirm={setConfirm}
              error={passwordError}
              mismatch={mismatch}
              lang={lang}
            />
            {error && !passwordError && !tokenError ? (
              <ErrorAlert error={error} title={t('passwordNotSet')} />
            ) : null}
            <button type="submit" disabled={busy}>
              {busy ? t('saving') : t('setNewPassword')}
            </button>
          </form>
        </>
      )}
    </PublicShell>
  );
}
