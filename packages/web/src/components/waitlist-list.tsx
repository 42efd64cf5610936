import { useState } from 'react';
import type { WaitlistEntry } from '@omt/contracts';
import { API } from '../api/endpoints';
import { call } from '../api/client';
import { useApiQuery } from '../api/use-api';
import { AppointmentTime } from './appointment-time';
import { ErrorAlert } from './messages';
import { formatStamp } from '../time';
import { usePortalText } from '../i18n/use-portal-text';
import { useVisitTypeText } from '../i18n/use-visit-type-text';

function Entry({ e, onChange }: { e: WaitlistEntry; onChange: () => void }) {
  const { t, locale } = usePortalText();
  const visitText = useVisitTypeText();
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
        <strong>{visitText.ofVisit(e)}</strong> {t('waitlistFor', { patient: e.patientName })}{' '}
        {t(e.status === 'offered' ? 'waitlistHeld' : 'waitlistWaiting')}
      </p>
      {e.offer && (
        <p>
          <AppointmentTime
            start={e.offer.start}
            timeZone={e.offer.timeZone}
            locationName={e.offer.locationName}
          />{' '}
          {t('withWho', { who: e.offer.providerName })}
          {e.offerExpiresAt ? ` · ${t('heldUntil', { when: formatStamp(e.offerExpiresAt, locale) })}` : ''}
        </p>
      )}
      <ErrorAlert error={error} title={t('notDone')} />
      <div className="actions">
        {e.status === 'offered' && (
          <>
            <button type="button" onClick={() => void act(API.acceptWaitlistOffer)}>
              {t('acceptTime')}
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={() => void act(API.declineWaitlistOffer)}
            >
              {t('decline')}
            </button>
          </>
        )}
        {(e.status === 'waiting' || e.status === 'offered') && (
          <button type="button" className="button-secondary" onClick={() => void act(API.leaveWaitlist)}>
            {t('leaveWaitlist')}
          </button>
        )}
      </div>
    </li>
  );
}

/** The patient's waitlist entries: offers first, each with accept / decline. */
export function WaitlistList({ onChange }: { onChange: () => void }) {
  const { t } = usePortalText();
  const list = useApiQuery(API.listWaitlist);
  const live = (list.data ?? []).filter((e) => e.status === 'waiting' || e.status === 'offered');
  if (!live.length) return null;
  const changed = () => {
    list.reload();
    onChange();
  };
  return (
    <section aria-labelledby="waitlist-heading">
      <h2 id="waitlist-heading">{t('waitlist')}</h2>
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
