import { useState } from 'react';
import type { Appointment } from '@omt/contracts';
import { usePageTitle } from '../../components/app-shell';
import { BookingFlow } from '../../components/booking-flow';
import { Link } from '../../router';
import { WaitlistJoin } from './waitlist-join';
import { useSession } from '../../session';
import { usePortalText } from '../../i18n/use-portal-text';

/** A patient (or parent) books a visit for themselves or a dependant. */
export function PortalBook() {
  const { t } = usePortalText();
  usePageTitle(t('bookTitle'));
  const { user } = useSession();
  const [last, setLast] = useState<Appointment | null>(null);
  return (
    <>
      <h1>{t('bookTitle')}</h1>
      <p className="muted">{t('bookIntro')}</p>
      {user.patients.length === 0 ? (
        <p>{t('notLinked')}</p>
      ) : (
        <section aria-labelledby="choose-heading" className="card">
          <h2 id="choose-heading">{t('chooseVisit')}</h2>
          <BookingFlow patients={user.patients} onBooked={setLast} />
        </section>
      )}
      {user.patients.length > 0 && (
        <section aria-labelledby="waitlist-join-heading" className="card">
          <h2 id="waitlist-join-heading">{t('noTimeSuits')}</h2>
          <p className="muted">{t('waitlistIntro')}</p>
          <WaitlistJoin patients={user.patients} />
        </section>
      )}
      {last && (
        <p>
          <Link to={`/portal/appointments/${last.id}/intake`}>{t('fillIntakeNow')}</Link> {t('or')}{' '}
          <Link to="/portal">{t('seeAll')}</Link>.
        </p>
      )}
    </>
  );
}
