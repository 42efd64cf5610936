import { useState } from 'react';
import type { Appointment, ConflictReason, ScheduleConflict } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { useApi } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { AppointmentActions } from '../../components/appointment-actions';
import { ErrorAlert, LoadState, StatusMessage } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';
import { useSession } from '../../session';
import { formatDateTime, zoneLabel } from '../../time';

function reasonText(r: ConflictReason, providerName: string): string {
  if (r.kind === 'closure') return `Location closed: ${r.reason ?? ''}`;
  if (r.kind === 'time_off') return `${providerName} is away: ${r.reason ?? ''}`;
  if (r.kind === 'outside_hours')
    return `Outside ${providerName}'s working hours or the location's opening hours, changed since booking`;
  return `${providerName} no longer works at the clinic`;
}

/** A waitlist offer (a held time) on a closed day: the desk withdraws it; the patient keeps their place on the waitlist. */
function WithdrawOffer(props: { a: Appointment; mayChange: boolean; onChanged: (a: Appointment) => void }) {
  const { a, mayChange, onChanged } = props;
  const { error, busy, run } = useSubmit(async () => {
    await call(API.withdrawOffer, { params: { id: a.id } });
    onChanged(a); // the offer as it was: the page says it is withdrawn
  });
  return (
    <>
      <p className="muted">Offered to {a.patientName} from the waitlist; they have not answered yet.</p>
      {mayChange && (
        <>
          <ErrorAlert error={error} title="Not withdrawn:" />
          <button type="button" disabled={busy} onClick={() => void run()}>
            Withdraw the offer<span className="visually-hidden"> to {a.patientName}</span>
          </button>
        </>
      )}
    </>
  );
}

function ConflictCard(props: {
  c: ScheduleConflict;
  mayChange: boolean;
  onChanged: (a: Appointment) => void;
}) {
  const { c, mayChange, onChanged } = props;
  const a = c.appointment;
  const headingId = `rebook-${a.id}`;
  return (
    <li>
      <section className="card" aria-labelledby={headingId} data-testid="rebook-row">
        <h3 id={headingId}>
          {a.patientName}: {a.visitTypeName}
        </h3>
        <dl className="facts">
          <dt>Booked for</dt>
          <dd>
            <time dateTime={a.start}>{formatDateTime(a.start, a.timeZone)}</time> (
            {zoneLabel(a.locationName, a.timeZone)})
          </dd>
          <dt>Provider</dt>
          <dd>{a.providerName}</dd>
          <dt>Why</dt>
          {c.reasons.map((r, i) => (
            <dd key={i}>{reasonText(r, a.providerName)}</dd>
          ))}
        </dl>
        {a.status === 'held' ? (
          <WithdrawOffer a={a} mayChange={mayChange} onChanged={onChanged} />
        ) : mayChange ? (
          <AppointmentActions a={a} onChanged={onChanged} anyProvider />
        ) : (
          <p className="muted">The front desk moves or cancels it.</p>
        )}
      </section>
    </li>
  );
}

/**
 * Visits still booked on a closed day, in their provider's time off or with a provider no longer active: the desk
 * moves each (any provider who performs the visit type at the location) or cancels it; the patient is mailed.
 */
export function RebookPage() {
  usePageTitle('Visits to rebook');
  const { user } = useSession();
  const list = useApi((signal) => call(API.scheduleConflicts, { signal }), []);
  const items = list.data?.items ?? [];
  const [message, setMessage] = useState<string | null>(null);
  const changed = (a: Appointment) => {
    setMessage(
      a.status === 'held'
        ? `The offer to ${a.patientName} is withdrawn; they stay on the waitlist and get an email.`
        : a.status === 'cancelled'
          ? `${a.patientName}'s visit is cancelled; they get an email.`
          : `${a.patientName}'s visit is moved to ${formatDateTime(a.start, a.timeZone)} with ${a.providerName}; they get an email.`,
    );
    list.reload();
  };
  return (
    <>
      <h1>Visits to rebook</h1>
      <p className="muted">
        These visits are still booked at a time the clinic cannot keep: the location is closed, the provider
        is away, or the provider no longer works here. Move each to a new time or cancel it; the patient gets
        an email with the change.
      </p>
      <StatusMessage>{message}</StatusMessage>
      <LoadState loading={list.loading && !list.data} error={list.error} what="visits to rebook" />
      {list.data &&
        (items.length === 0 ? (
          <p role="status">No visits to rebook.</p>
        ) : (
          <>
            <h2>
              {items.length} {items.length === 1 ? 'visit' : 'visits'} to rebook
            </h2>
            <ul className="plain-list">
              {items.map((c) => (
                <ConflictCard
                  key={c.appointment.id}
                  c={c}
                  mayChange={user.role === 'front_desk'}
                  onChanged={changed}
                />
              ))}
            </ul>
          </>
        ))}
    </>
  );
}
