import type { MeasureDueItem } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { useApiQuery } from '../../api/use-api';
import { usePortalText } from '../../i18n/use-portal-text';
import { Link } from '../../router';
import { formatLongDate } from '../../time';

/** The questionnaires a plan has due before the next visit, each linked to its page, and the link to the trend. */
export function MeasuresDue({
  patientId,
  planId,
  base = '/portal',
}: {
  patientId: string;
  /** Only this plan's; every active plan's when left out (the desk). */
  planId?: string;
  /** Where the questionnaire pages are: the portal, or the desk's tablet. */
  base?: '/portal' | '/desk';
}) {
  const { t, locale } = usePortalText();
  const measures = useApiQuery(API.patientMeasures, { params: { id: patientId } });
  const due: MeasureDueItem[] = measures.data?.due.filter((d) => !planId || d.planId === planId) ?? [];
  const headingId = `due-${planId ?? patientId}`;
  return (
    <>
      {due.length > 0 && (
        <section aria-labelledby={headingId}>
          <h3 id={headingId}>{t('measuresDueHeading')}</h3>
          <p>
            {t('measuresDueVisit', {
              date: formatLongDate(due[0]!.visitStart, locale),
            })}
          </p>
          <ul>
            {due.map((d) => (
              <li key={`${d.planId}-${d.measure}`}>
                {d.online ? (
                  <Link
                    to={`${base}/measures/${encodeURIComponent(patientId)}/${encodeURIComponent(d.planId)}/${d.measure}`}
                  >
                    {t('measureAnswer')} <span lang="en">{d.name}</span>
                  </Link>
                ) : (
                  <>
                    <span lang="en">{d.name}</span>: {t('measureAtVisit')}
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {base === '/portal' && (measures.data?.trends.length ?? 0) > 0 && (
        <p>
          <Link to={`/portal/progress/${encodeURIComponent(patientId)}`}>{t('progressLink')}</Link>
        </p>
      )}
    </>
  );
}
