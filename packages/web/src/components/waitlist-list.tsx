import { useState } from 'react';
import { API, type WaitlistEntry } from '@omt/contracts';
import { call } from '../api/client';
import { useApi } from '../api/use-api';
import { AppointmentTime } from './appointment-time';
import { ErrorAlert } from './messages';
import { formatStamp } from '../time';

function Entry({ e, onChange }: { e: WaitlistEntry; onChange: () => void }) {
  const [error, setError] = useState<unknown>(null);
  const act = async (
    endpoint: typeof API.acceptWaitlistOffer | typeof API.declineWaitlistOffer | typeof API.leaveWaitlist,
  ) => {
    try {
      await call(endpoint, { params: { id: e.id } });
      onChange();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <li className="card" data-testid="waitlist-row">
      <p>
        <strong>{e.visitTypeName}</strong> for {e.patientName}:{' '}
        {e.status === 'offered' ? 'a time is held for you' : e.status}
      </p>
      {e.offer && (
        <p>
          <AppointmentTime
            start={e.offer.start}
            timeZone={e.offer.timeZone}
            locationName={e.offer.locationName}
          />{' '}
          with {e.offer.providerName}
          {e.offerExpiresAt ? ` · held until ${formatStamp(e.offerExpiresAt)}` : ''}
        </p>
      )}
      <ErrorAlert error={error} title="Not done:" />
      <div className="actions">
        {e.status === 'offered' && (
          <>
            <button type="button" onClick={() => void act(API.acceptWaitlistOffer)}>
              Accept this time
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={() => void act(API.declineWaitlistOffer)}
            >
              Decline
            </button>
          </>
        )}
        {(e.status === 'waiting' || e.status === 'offered') && (
          <button type="button" className="button-secondary" onClick={() => void act(API.leaveWaitlist)}>
            Leave the waitlist
          </button>
        )}
      </div>
    </li>
  );
}

/** The patient's waitlist entries: offers first, each with accept / decline. */
export function WaitlistList({ onChange }: { onChange: () => void }) {
  const list = useApi((signal) => call(API.listWaitlist, { signal }), []);
  const live = (list.data ?? []).filter((e) => e.status === 'waiting' || e.status === 'offered');
  if (!live.length) return null;
  const changed = () => {
    list.reload();
    onChange();
  };
  return (
    <section aria-labelledby="waitlist-heading">
      <h2 id="waitlist-heading">Waitlist</h2>
      <ul className="card-list">
        {[...live]
          .sort((a, b) => (a.status === 'offered' ? -1 : 0) - (b.status === 'offered' ? -1 : 0))
          .map((e) => (
            <Entry key={e.id} e={e} onChange={changed} />
          ))}
      </ul>
    </section>
  );
}
