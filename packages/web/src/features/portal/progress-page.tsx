import { API } from '../../api/endpoints';
import { useApiQuery } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { LoadState } from '../../components/messages';
import { LazyMeasureChart } from '../../components/measure-chart/lazy-measure-chart';
import { usePortalText } from '../../i18n/use-portal-text';
import { Link } from '../../router';
import { useSession } from '../../session';

/** "My progress": each measure the patient answered over time, as a chart and a table. */
export function ProgressPage({ patientId }: { patientId: string }) {
  const { t } = usePortalText();
  const { user } = useSession();
  const patient = user.patients.find((p) => p.id === patientId);
  const single = user.patients.length <= 1;
  const title = single || !patient ? t('progressHeading') : t('progressHeadingFor', { name: patient.name });
  usePageTitle(title);
  const measures = useApiQuery(API.patientMeasures, { params: { id: patientId } });
  const data = measures.data;
  return (
    <>
      <h1>{title}</h1>
      <LoadState loading={measures.loading} error={measures.error} what={t('progressLoading')} />
      {data && data.trends.length === 0 && <p>{t('progressNone')}</p>}
      {data?.trends.map((trend) => (
        <section key={trend.measure} className="card" aria-label={trend.name}>
          <LazyMeasureChart trend={trend} visits={data.visits} nameLang="en" />
        </section>
      ))}
      <p>
        <Link to="/portal">{t('measureBack')}</Link>
      </p>
    </>
  );
}
