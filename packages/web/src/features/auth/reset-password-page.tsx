import { useState, type FormEvent } from 'react';
import { API } from '@omt/contracts';
import { call } from '../../api/client';
import { usePageTitle } from '../../components/app-shell';
import { ErrorAlert, fieldMessage, StatusMessage } from '../../components/messages';
import { Link } from '../../router';
import { NewPasswordFields, withoutField } from './form-field';
import { PublicShell } from './public-shell';
import { useSubmit } from '../../components/use-submit';

/** Opened from the mailed link (`?token=…`): sets a new password, after which the person logs in with it. */
export function ResetPasswordPage() {
  usePageTitle('Choose a new password');
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
      <h1>Choose a new password</h1>
      {done ? (
        <>
          <StatusMessage>Your password is changed. Log in with the new one.</StatusMessage>
          <p>
            <Link to="/login">Log in</Link>
          </p>
        </>
      ) : !token ? (
        <>
          <ErrorAlert error="This page needs the link from the reset mail." title="No reset link:" />
          <p>
            <Link to="/forgot-password">Ask for a reset link</Link>
          </p>
        </>
      ) : (
        <>
          {tokenError ? (
            <>
              <ErrorAlert error={withoutField(tokenError)} title="The link cannot be used:" />
              <p>
                <Link to="/forgot-password">Ask for a new reset link</Link>
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
            />
            {error && !passwordError && !tokenError ? (
              <ErrorAlert error={error} title="Could not set the password:" />
            ) : null}
            <button type="submit" disabled={busy}>
              {busy ? 'Saving…' : 'Set new password'}
            </button>
          </form>
        </>
      )}
    </PublicShell>
  );
}
