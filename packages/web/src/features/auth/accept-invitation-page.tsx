import { useState, type FormEvent } from 'react';
import { API } from '../../api/endpoints';
import { ApiError, call } from '../../api/client';
import { usePageTitle } from '../../components/app-shell';
import { ErrorAlert, useFieldMessage, StatusMessage } from '../../components/messages';
import { Link } from '../../router';
import { NewPasswordFields } from './form-field';
import { PublicShell } from './public-shell';
import { useSubmit } from '../../components/use-submit';

/** The token of the mailed link, carried in the fragment (never sent to the server by the browser). */
function tokenFromLocation(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
}

/** The invitee sets a password from the mailed link; the account is then active and they log in. */
export function AcceptInvitationPage() {
  const fieldMessage = useFieldMessage();
  usePageTitle('Set your password');
  const [token] = useState(tokenFromLocation);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const { error, setError, busy, run } = useSubmit(async () => {
    setDone((await call(API.acceptInvitation, { body: { token, password } })).email);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setMismatch(password !== repeat);
    if (password === repeat) void run();
  };
  return (
    <PublicShell englishOnly>
      <h1>Set your password</h1>
      {done ? (
        <>
          <StatusMessage>Your account {done} is active.</StatusMessage>
          <p>
            <Link to="/login">Log in</Link>
          </p>
        </>
      ) : !token ? (
        <ErrorAlert error="This page needs the link from your invitation mail." title="No invitation:" />
      ) : (
        <form className="card login-card" onSubmit={submit} noValidate>
          <NewPasswordFields
            idPrefix="accept"
            password={password}
            confirm={repeat}
            onPassword={setPassword}
            onConfirm={setRepeat}
            error={fieldMessage(error, 'password')}
            mismatch={mismatch}
          />
          <ErrorAlert
            error={error instanceof ApiError && error.field === 'password' ? null : error}
            title="Password not set:"
          />
          <button type="submit" disabled={busy}>
            {busy ? 'Saving…' : 'Set password'}
          </button>
        </form>
      )}
    </PublicShell>
  );
}
