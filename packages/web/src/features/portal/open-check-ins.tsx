import { API } from '../../api/endpoints';
import { useApiQuery } from '../../api/use-api';
import { LoadState } from '../../components/messages';
import { Link } from '../../router';
import { usePortalText } from '../../i18n/use-portal-text';
import { formatDateTime, formatDay } from '../../time';

/** The check-ins open now (day 1, 3, 7 after a visit), each with a link to answer it; nothing when none is open. */
export function OpenCheckIns() {
  const { t, locale } = usePortalText();
  const open = useApiQuery(API.openCheckIns);
  if (!open.data?.length) return <LoadState loading={false} error={open.error} what={t('checkInsLoading')} />;
  return (
    <section aria-labelledby="open-checkins-heading" className="card">
      <h2 id="open-checkins-heading">{t('checkInsDueHeading')}</h2>
      <ul className="plain-list stack">
        {open.data.map((c) => (
          <li key={c.id} data-testid="open-check-in">
            <p>
              {t('checkInDueLine', {
                day: c.day,
                patient: c.patientName,
                visitDate: formatDay(c.visitStart, c.timeZone, locale),
                closes: `${formatDateTime(c.expiresAt, c.timeZone, locale)} ${t('zoneLabel', { location: c.locationName, zone: c.timeZone })}`,
              })}
            </p>
            <Link className="button-link" to={`/portal/visits/${c.encounterId}`}>
              {t('checkInAnswerFor', { day: c.day, patient: c.patientName })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
