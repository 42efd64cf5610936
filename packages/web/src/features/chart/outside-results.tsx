import type { OutsideResult } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { useApiQuery } from '../../api/use-api';
import { LoadState } from '../../components/messages';
import { formatCalendarDay, formatStampZoned } from '../../time';

/** The value as sent: a quantity with its unit, or the words. */
export function resultValue(value: OutsideResult['value']): string {
  if (value.kind !== 'quantity') return value.text;
  const unit = value.unit ?? value.unitCode;
  return unit ? `${value.value} ${unit}` : String(value.value);
}

/**
 * When it was taken: an instant in this device's zone with the zone named (a result belongs to no location of the
 * clinic), a date as sent (a year or month alone stays so).
 */
export function resultTaken(effective: string): string {
  if (effective.includes('T')) return formatStampZoned(effective, 'en-US');
  return /^\d{4}-\d{2}-\d{2}$/.test(effective) ? formatCalendarDay(effective, 'en-US') : effective;
}

const categoryWords = (r: OutsideResult) =>
  r.category.map((c) => c.display ?? c.code).filter((c): c is string => !!c);

function ResultRow({ result }: { result: OutsideResult }) {
  const details = [resultTaken(result.effective), ...categoryWords(result), `from ${result.source}`];
  return (
    <li className="chart-entry">
      <span>
        <strong>{result.name}</strong>: {resultValue(result.value)}
        {result.status !== 'final' && <span className="tag">{result.status}</span>}
        <span className="muted"> · {details.join(' · ')}</span>
      </span>
    </li>
  );
}

/** Results other systems sent in an import, latest first: read-only, as they were sent. */
export function OutsideResults({ patientId }: { patientId: string }) {
  const loaded = useApiQuery(API.listOutsideResults, { params: { id: patientId } });
  const results = loaded.data?.results;
  return (
    <section className="card chart-list" aria-labelledby="outside-results-heading">
      <h2 id="outside-results-heading">Results from other systems</h2>
      <LoadState loading={loaded.loading} error={loaded.error} what="the results from other systems" />
      {results?.length === 0 && <p className="muted">None received.</p>}
      {results && results.length > 0 && (
        <ul className="chart-entries">
          {results.map((r) => (
            <ResultRow key={r.id} result={r} />
          ))}
        </ul>
      )}
    </section>
  );
}
