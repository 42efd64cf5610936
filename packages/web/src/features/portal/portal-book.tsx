import { useCallback, useState } from 'react';
import type { Appointment } from '@omt/contracts';
import { usePageTitle } from '../../components/app-shell';
import { BookingFlow, type BookingChoice } from '../../components/booking-flow';
import { Link } from '../../router';
import { WaitlistJoin } from './waitlist-join';
import { useSession } from '../../session';
import { usePortalText } from '../../i18n/use-portal-text';

/** A patient (or parent) books a visit for themselves or a dependant; the waitlist starts from the same choice. */
export function PortalBook() {
  const { t } = usePortalText();
  usePageTitle(t('bookTitle'));
  const { user } = useSession();
  const [choice, setChoice] = useState<BookingChoice | null>(null);
  const onChoice = useCallback((c: BookingChoice) => setChoice(c), []);
  // The waitlist card comes once the booking form is whole, so the form's arrival does not push it down the page.
  const [formShown, setFormShown] = useState(false);
  const onReady = useCallback(() => setFormShown(true), []);
  const nextStep = (a: Appointment) => (
    <>
      <Link className="button-link" to={`/portal/appointments/${a.id}/intake`}>
        {t('fillIntakeForm')}
      </Link>
      <p className="muted">{t('fillIntakeWhy')}</p>
    </>
  );
  return (
    <>
      <h1>{t('bookTitle')}</h1>
      <p className="muted">{t('bookIntro')}</p>
      {user.patients.length === 0 ? (
        <p>{t('notLinked')}</p>
      ) : (
        <section aria-labelledby="choose-heading" className="card">
          <h2 id="choose-heading">{t('chooseVisit')}</h2>
          <BookingFlow patients={user.patients} onChoice={onChoice} onReady={onReady} nextStep={nextStep} />
        </section>
      )}
      {user.patients.length > 0 && formShown && (
        <section aria-labelledby="waitlist-join-heading" className="card">
          <h2 id="waitlist-join-heading">{t('noTimeSuits')}</h2>
          <p className="muted">{t('waitlistIntro')}</p>
          <WaitlistJoin patients={user.patients} chosen={choice} />
        </section>
      )}
    </>
  );
}
