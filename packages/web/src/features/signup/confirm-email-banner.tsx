import { useState } from 'react';
import { API } from '@omt/contracts';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';
import { useSession } from '../../session';

/** For a patient login whose email is not confirmed yet: why booking waits, and a new link on request. */
export function ConfirmEmailBanner() {
  const { user } = useSession();
  const [sent, setSent] = useState(false);
  const { error, busy, run } = useSubmit(async () => {
    await call(API.resendVerification, { body: { email: user.email } });
    setSent(true);
  });
  if (user.role !== 'patient' || user.emailVerified) return null;
  return (
    <section className="alert alert-warning" aria-labelledby="confirm-email-heading">
      <h2 id="confirm-email-heading">Confirm your email</h2>
      <p>
        We mailed a link to {user.email}. Open it to confirm your email; you can book visits once it is
        confirmed.
      </p>
      {sent ? (
        <p role="status">A new link is on its way; it works once, within 24 hours.</p>
      ) : (
        <button type="button" className="button-secondary" disabled={busy} onClick={() => void run()}>
          {busy ? 'Sending…' : 'Send a new link'}
        </button>
      )}
      <ErrorAlert error={error} title="Could not send the link:" />
    </section>
  );
}
