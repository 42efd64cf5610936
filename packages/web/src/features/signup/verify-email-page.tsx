import { useState } from 'react';
import { API } from '@omt/contracts';
import { call } from '../../api/client';
import { usePageTitle } from '../../components/app-shell';
import { ErrorAlert, fieldMessage, StatusMessage } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';
import { Link } from '../../router';
import { withoutField } from '../auth/form-field';
import { PublicShell } from '../auth/public-shell';
import { ResendForm } from './resend-form';

/**
 * Opened from the mailed link (`?token=…`): one button confirms the email (a link-checker opening the page does not
 * use the token up). A used, expired or unknown link says so and offers a new one.
 */
export function VerifyEmailPage() {
  usePageTitle('Confirm your email');
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
      <h1>Confirm your email</h1>
      {done ? (
        <>
          <StatusMessage>Your email is confirmed. You can now book visits.</StatusMessage>
          <p>
            {/* A full load, so a session already open reads the confirmed account again. */}
            <a className="button-link" href="/portal">
              Go to my appointments
            </a>
          </p>
        </>
      ) : !token || tokenError ? (
        <>
          <ErrorAlert
            error={
              tokenError ? withoutField(tokenError) : 'This page needs the link from the confirmation mail.'
            }
            title="The link cannot be used:"
          />
          <ResendForm />
        </>
      ) : (
        <div className="card login-card">
          <p>Confirm that this email address is yours, to start booking visits.</p>
          {error ? <ErrorAlert error={error} title="Could not confirm:" /> : null}
          <button type="button" disabled={busy} onClick={() => void run()}>
            {busy ? 'Confirming…' : 'Confirm my email'}
          </button>
        </div>
      )}
      <p>
        <Link to="/login">Go to log in</Link>
      </p>
    </PublicShell>
  );
}
