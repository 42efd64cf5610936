import { usePageTitle } from '../../components/app-shell';
import { useSession } from '../../session';
import { CosignQueue } from './cosign-queue';
import { MyCalendar } from './my-calendar';
import { UpcomingAppointments } from './upcoming-appointments';
import { UnsignedNotes } from './unsigned-notes';
import { Worklist } from './worklist';

/** The physician's or resident's start page: escalations first, then notes to co-sign and to sign, then the schedule. */
export function ClinicianHome() {
  usePageTitle('Clinician worklist');
  const { user } = useSession();
  return (
    <>
      <h1>Good day, {user.displayName}</h1>
      <Worklist />
      {user.role === 'physician' && <CosignQueue />}
      <UnsignedNotes />
      <UpcomingAppointments />
      <MyCalendar />
    </>
  );
}
