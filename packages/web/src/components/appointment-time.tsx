import { formatDateTime, zoneLabel } from '../time';

/** An appointment time in its location's zone, with the zone named. */
export function AppointmentTime({
  start,
  timeZone,
  locationName,
}: {
  start: string;
  timeZone: string;
  locationName: string;
}) {
  return (
    <span>
      <time dateTime={start}>{formatDateTime(start, timeZone)}</time>{' '}
      <span className="muted">{zoneLabel(locationName, timeZone)}</span>
    </span>
  );
}
