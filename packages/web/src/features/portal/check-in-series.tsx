import type { ScheduledCheckIn } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { useApiQuery } from '../../api/use-api';
import { usePortalText, type PortalT } from '../../i18n/use-portal-text';
import { formatDateTime, formatDay } from '../../time';

function stateText(c: ScheduledCheckIn, t: PortalT, locale: string): string {
  if (c.state === 'open')
    return t('checkInStateOpen', {
      closes: `${formatDateTime(c.expiresAt, c.timeZone, locale)} ${t('zoneLabel', { location: c.locationName, zone: c.timeZone })}`,
    });
  if (c.state === 'answered') return t('checkInStateAnswered');
  return t(c.state === 'upcoming' ? 'checkInStateUpcoming' : 'checkInStateClosed');
}

/** The visit's check-in series (day 1, 3, 7 by the clinic's setting): which is open now, answered, to come. */
export function CheckInSeries({ encounterId }: { encounterId: string }) {
  const { t, locale } = usePortalText();
  const series = useApiQuery(API.checkInSeries, { params: { id: encounterId } });
  if (!series.data?.length) return null;
  return (
    <div data-testid="check-in-series">
      <h3>{t('checkInSeriesHeading')}</h3>
      <ul>
        {series.data.map((c) => (
          <li key={c.id} className={c.state === 'open' ? 'strong' : undefined}>
            {t('checkInSeriesLine', {
              day: c.day,
              date: formatDay(c.dueAt, c.timeZone, locale),
              state: stateText(c, t, locale),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
