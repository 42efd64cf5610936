import { usePageTitle } from '../../components/app-shell';
import { useSession } from '../../session';
import { MyCalendar } from './my-calendar';
import { UpcomingAppointments } from './upcoming-appointments';
import { Worklist } from './worklist';

/** The physician's or resident's start page: escalations first, then the schedule. */
export function ClinicianHome() {
  usePageTitle('Clinician worklist');
  const { user } = useSession();
  return (
    <>
      <h1>Good day, {user.displayName}</h1>
      <Worklist />
      <UpcomingAppointments />
      <MyCalendar />
    </>
  );
}
