import { useState } from 'react';
import type { Appointment } from '@omt/contracts';
import { usePageTitle } from '../../components/app-shell';
import { BookingFlow } from '../../components/booking-flow';
import { Link } from '../../router';
import { WaitlistJoin } from './waitlist-join';
import { useSession } from '../../session';

/** A patient (or parent) books a visit for themselves or a dependant. */
export function PortalBook() {
  usePageTitle('Book a visit');
  const { user } = useSession();
  const [last, setLast] = useState<Appointment | null>(null);
  return (
    <>
      <h1>Book a visit</h1>
      <p className="muted">A new problem starts with a consultation; OMT follow-ups are booked after it.</p>
      {user.patients.length === 0 ? (
        <p>Your login is not linked to a patient record yet. Please call the clinic.</p>
      ) : (
        <section aria-labelledby="choose-heading" className="card">
          <h2 id="choose-heading">Choose your visit</h2>
          <BookingFlow patients={user.patients} onBooked={setLast} />
        </section>
      )}
      {user.patients.length > 0 && (
        <section aria-labelledby="waitlist-join-heading" className="card">
          <h2 id="waitlist-join-heading">No time that suits you?</h2>
          <p className="muted">
            Join the waitlist: when a time in your window is freed, it is held for you to accept.
          </p>
          <WaitlistJoin patients={user.patients} />
        </section>
      )}
      {last && (
        <p>
          <Link to={`/portal/appointments/${last.id}/intake`}>Fill in intake for this visit now</Link> or{' '}
          <Link to="/portal">see all my appointments</Link>.
        </p>
      )}
    </>
  );
}
