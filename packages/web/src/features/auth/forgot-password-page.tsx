import { useState } from 'react';
import { API } from '@omt/contracts';
import { call } from '../../api/client';
import { usePageTitle } from '../../components/app-shell';
import { ErrorAlert, fieldMessage, StatusMessage } from '../../components/messages';
import { Link } from '../../router';
import { FormField } from './form-field';
import { PublicShell } from './public-shell';
import { useSubmit } from '../../components/use-submit';

/** Asks for a reset link by email; the answer is the same whether or not the email has an account. */
export function ForgotPasswordPage() {
  usePageTitle('Forgot password');
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const { error, busy, submit } = useSubmit(async () => {
    setSent((await call(API.forgotPassword, { body: { email } })).message);
  });

  const emailError = fieldMessage(error, 'email');
  return (
    <PublicShell>
      <h1>Forgot your password?</h1>
      {sent ? (
        <StatusMessage>{sent}</StatusMessage>
      ) : (
        <form className="card login-card" onSubmit={(e) => void submit(e)} noValidate>
          <p>Enter the email you log in with; we will mail you a link to choose a new password.</p>
          <FormField
            id="forgot-email"
            label="Email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={emailError}
          />
          {error && !emailError ? <ErrorAlert error={error} title="Could not send the link:" /> : null}
          <button type="submit" disabled={busy}>
            {busy ? 'Sending…' : 'Send reset link'}
          </button>
        </form>
      )}
      <p>
        <Link to="/login">Back to log in</Link>
      </p>
    </PublicShell>
  );
}
