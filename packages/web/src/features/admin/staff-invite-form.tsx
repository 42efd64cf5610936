import { useState, type FormEvent } from 'react';
import type { Location, StaffMember } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { ApiError, call } from '../../api/client';
import { focusField, TextField } from '../../components/choice-group';
import { ErrorAlert, StatusMessage } from '../../components/messages';
import { bodyOf, EMPTY_DRAFT, StaffFields, staffFieldError, type StaffDraft } from './staff-fields';

/** Invites a staff member by email; they get a link to set their password. */
export function StaffInviteForm(props: {
  physicians: StaffMember[];
  locations: Location[];
  onInvited: () => void;
}) {
  const [email, setEmail] = useState('');
  const [draft, setDraft] = useState<StaffDraft>(EMPTY_DRAFT);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSent(null);
    setBusy(true);
    try {
      const r = await call(API.inviteStaff, { body: { email, ...bodyOf(draft) } });
      setSent(`Invitation sent to ${r.member.email}. The link works until ${r.expiresAt.slice(0, 10)}.`);
      setEmail('');
      setDraft(EMPTY_DRAFT);
      props.onInvited();
    } catch (err) {
      setError(err);
      if (err instanceof ApiError && err.field) focusField(err.field.split('.')[0] ?? err.field);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite a staff member</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField id="invite-email" field="email" label="Email" error={staffFieldError(error, 'email')}>
          {(aria) => (
            <input
              {...aria}
              type="email"
              autoComplete="off"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </TextField>
        <StaffFields
          idPrefix="invite"
          draft={draft}
          onChange={setDraft}
          error={error}
          physicians={props.physicians}
          locations={props.locations}
        />
        <ErrorAlert error={error instanceof ApiError && error.field ? null : error} title="Not invited:" />
        <StatusMessage>{sent}</StatusMessage>
        <button type="submit" disabled={busy}>
          {busy ? 'Sending…' : 'Send invitation'}
        </button>
      </form>
    </section>
  );
}
