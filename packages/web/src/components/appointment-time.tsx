import { formatDateTime } from '../time';
import { usePortalText } from '../i18n/use-portal-text';

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
  const { t, locale } = usePortalText();
  return (
    <span>
      <time dateTime={start}>{formatDateTime(start, timeZone, locale)}</time>{' '}
      <span className="muted">{t('zoneLabel', { location: locationName, zone: timeZone })}</span>
    </span>
  );
}
