import type { Appointment } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { useApiQuery } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { AppointmentActions } from '../../components/appointment-actions';
import { AppointmentTime } from '../../components/appointment-time';
import { LoadState } from '../../components/messages';
import { Link } from '../../router';
import { WaitlistList } from '../../components/waitlist-list';
import { useSession } from '../../session';
import { AddChildForm } from './add-child-form';
import { MyCarePlans } from './my-care-plan';
import { OpenCheckIns } from './open-check-ins';
import { usePortalText } from '../../i18n/use-portal-text';
import { STATUS_KEYS } from '../../i18n/portal-messages';
import { localAgeLabel } from '../../i18n/translate';
import { useVisitTypeText } from '../../i18n/use-visit-type-text';

function isUpcoming(a: Appointment, now: number): boolean {
  return Date.parse(a.end) > now && (a.status === 'booked' || a.status === 'checked_in');
}

function AppointmentCard(props: {
  a: Appointment;
  showPatient: boolean;
  upcoming: boolean;
  onChanged: () => void;
}) {
  const { a, showPatient, upcoming, onChanged } = props;
  const { t } = usePortalText();
  const visitText = useVisitTypeText();
  const visitReady =
    a.encounterId !== null && (a.encounterStatus === 'signed' || a.encounterStatus === 'awaiting_cosign');
  return (
    <li className="card appointment-card" data-testid="appointment-row">
      <h3>
        {visitText.ofVisit(a)}
        {showPatient ? ` — ${a.patientName}` : ''}
      </h3>
      <p>
        <AppointmentTime start={a.start} timeZone={a.timeZone} locationName={a.locationName} />
      </p>
      <p>
        {t('withAt', { provider: a.providerName, location: a.locationName })} ·{' '}
        {t('status', { status: t(STATUS_KEYS[a.status]) })}
        {upcoming ? ` · ${t(a.intakeSubmitted ? 'intakeDone' : 'intakeNotYet')}` : ''}
      </p>
      <div className="actions">
        {upcoming && !a.intakeSubmitted && !visitReady && (
          <Link
            className="button-link"
            to={`/portal/appointments/${a.id}/intake`}
            aria-label={t('fillIntakeFor', { visitType: visitText.ofVisit(a), patient: a.patientName })}
          >
            {t('fillIntake')}
          </Link>
        )}
        {visitReady && a.encounterId && (
          <Link className="button-link" to={`/portal/visits/${a.encounterId}`}>
            {t('aftercareAndCheckIn')}
          </Link>
        )}
      </div>
      {upcoming && <AppointmentActions a={a} onChanged={onChanged} />}
      {a.status === 'cancelled' && a.cancelReason && (
        <p className="muted">{t('cancelledBecause', { reason: a.cancelReason })}</p>
      )}
    </li>
  );
}

/** The patient's (and dependants') appointments, each in its location's time zone. */
export function PortalHome() {
  const { t, lang } = usePortalText();
  usePageTitle(t('homeTitle'));
  const { user } = useSession();
  const list = useApiQuery(API.listAppointments);
  const now = Date.now();
  const all = [...(list.data ?? [])].sort((x, y) => x.start.localeCompare(y.start));
  const upcoming = all.filter((a) => isUpcoming(a, now));
  const past = all.filter((a) => !isUpcoming(a, now)).reverse();
  const showPatient = user.patients.length > 1 || user.patients.some((p) => p.relationship === 'guardian');

  return (
    <>
      <h1>{t('homeTitle')}</h1>
      {user.patients.length > 0 && (
        <p className="muted">
          {t('homeFor', {
            names: user.patients.map((p) => `${p.name} (${localAgeLabel(p.ageLabel, lang)})`).join(', '),
          })}
        </p>
      )}
      <p>
        <Link className="button-link" to="/portal/book">
          {t('navBook')}
        </Link>
      </p>
      <OpenCheckIns />
      <AddChildForm />
      <MyCarePlans patients={user.patients} />
      <LoadState loading={list.loading} error={list.error} what={t('yourAppointments')} />
      <WaitlistList onChange={list.reload} />
      {list.data && (
        <>
          <section aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading">{t('upcoming')}</h2>
            {upcoming.length === 0 ? (
              <p>{t('noUpcoming')}</p>
            ) : (
              <ul className="card-list">
                {upcoming.map((a) => (
                  <AppointmentCard
                    key={a.id}
                    a={a}
                    showPatient={showPatient}
                    upcoming
                    onChanged={list.reload}
                  />
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="past-heading">
            <h2 id="past-heading">{t('past')}</h2>
            {past.length === 0 ? (
              <p>{t('noPast')}</p>
            ) : (
              <ul className="card-list">
                {past.map((a) => (
                  <AppointmentCard
                    key={a.id}
                    a={a}
                    showPatient={showPatient}
                    upcoming={false}
                    onChanged={list.reload}
                  />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}
