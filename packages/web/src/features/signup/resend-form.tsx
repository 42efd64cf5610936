import { useState } from 'react';
import { API } from '@omt/contracts';
import { call } from '../../api/client';
import { ErrorAlert, fieldMessage, StatusMessage } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';
import { FormField } from '../auth/form-field';

/** Asks for a new confirmation link; the answer is the same for any email. */
export function ResendForm() {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const { error, busy, submit } = useSubmit(async () => {
    setSent((await call(API.resendVerification, { body: { email } })).message);
  });
  const emailError = fieldMessage(error, 'email');
  if (sent) return <StatusMessage>{sent}</StatusMessage>;
  return (
    <form
      className="card login-card"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="resend-heading"
    >
      <h2 id="resend-heading">Get a new confirmation link</h2>
      <FormField
        id="resend-email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={emailError}
      />
      {error && !emailError ? <ErrorAlert error={error} title="Could not send the link:" /> : null}
      <button type="submit" disabled={busy}>
        {busy ? 'Sending…' : 'Send a new link'}
      </button>
    </form>
  );
}
