import { API } from '../../api/endpoints';
import { useApiQuery } from '../../api/use-api';
import { LoadState } from '../../components/messages';
import { LazyMeasureChart } from '../../components/measure-chart/lazy-measure-chart';

/** The chart's outcome measures: what the plan has due before the next visit, and each measure over time. */
export function OutcomeCharts({ patientId }: { patientId: string }) {
  const measures = useApiQuery(API.patientMeasures, { params: { id: patientId } });
  const data = measures.data;
  return (
    <section className="card" aria-labelledby="outcomes-heading">
      <h2 id="outcomes-heading">Outcome measures</h2>
      <LoadState loading={measures.loading} error={measures.error} what="the outcome measures" />
      {data && data.due.length > 0 && (
        <p>
          Due before the next visit:{' '}
          {data.due.map((d) => `${d.name}${d.online ? '' : ' (at the visit)'}`).join(', ')}
        </p>
      )}
      {data && data.trends.length === 0 && <p>No measure answered yet.</p>}
      {data?.trends.map((trend) => (
        <LazyMeasureChart key={trend.measure} trend={trend} visits={data.visits} />
      ))}
    </section>
  );
}
