import type { OutsideResult, WithdrawnOutsideResult } from '@omt/contracts';
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

/** What a current and a withdrawn result both tell besides the value (a withdrawal may not say when it was taken). */
type ResultDetails = Pick<OutsideResult, 'category' | 'source' | 'sourceName'> & { effective: string | null };

const categoryWords = (r: ResultDetails) =>
  r.category.map((c) => c.display ?? c.code).filter((c): c is string => !!c);

/**
 * The system it came from: the sending organisation by name (its identifier system as the title), else "another
 * system" with the identifier system in small print, there for anyone who must trace it, not as the label.
 */
function ResultSource({ result }: { result: ResultDetails }) {
  if (result.sourceName) return <span title={result.source}>from {result.sourceName}</span>;
  return (
    <>
      from another system <span className="outside-result-source-id">({result.source})</span>
    </>
  );
}

/** When it was taken (when known), its categories and the system it came from. */
function Details({ result }: { result: ResultDetails }) {
  const words = [...(result.effective ? [resultTaken(result.effective)] : []), ...categoryWords(result)];
  return (
    <span className="muted">
      {' · '}
      {words.map((w) => `${w} · `).join('')}
      <ResultSource result={result} />
    </span>
  );
}

function ResultRow({ result }: { result: OutsideResult }) {
  return (
    <li className="chart-entry">
      <span>
        <strong>{result.name}</strong>: {resultValue(result.value)}
        {result.status !== 'final' && <span className="tag">{result.status}</span>}
        <Details result={result} />
      </span>
    </li>
  );
}

/** How the sending system withdrew it, in words, and when, in this device's zone with the zone named. */
export function withdrawnWords(result: WithdrawnOutsideResult): string {
  const how = result.withdrawnAs === 'cancelled' ? 'Cancelled' : 'Withdrawn';
  const when = `${how} by the sending system on ${formatStampZoned(result.withdrawnAt, 'en-US')}`;
  if (!result.arrivedWithdrawn) return when;
  return `${when}. It arrived already ${how.toLowerCase()}, so it was never a current result here.`;
}

/**
 * A result its sender withdrew or cancelled: what it said struck through (no longer true; a withdrawal that arrived
 * first may not say the value), and in words, for those who hear the page, how it was withdrawn and when.
 */
function WithdrawnRow({ result }: { result: WithdrawnOutsideResult }) {
  return (
    <li className="chart-entry outside-result-withdrawn">
      <span>
        <s>
          <strong>{result.name}</strong>
          {result.value && `: ${resultValue(result.value)}`}
        </s>
        <Details result={result} />
        <br />
        <strong>{withdrawnWords(result)}</strong>
      </span>
    </li>
  );
}

/**
 * Results their senders withdrew or cancelled (and ones that arrived so): listed apart, below the current ones, so no
 * one takes them for current.
 */
function WithdrawnResults({ withdrawn }: { withdrawn: WithdrawnOutsideResult[] }) {
  return (
    <>
      <h3 id="withdrawn-results-heading" className="outside-results-withdrawn-heading">
        Withdrawn results
      </h3>
      <p className="muted">
        The sending system withdrew these as entered in error, or cancelled them: do not act on them.
      </p>
      <ul className="chart-entries" aria-labelledby="withdrawn-results-heading">
        {withdrawn.map((r) => (
          <WithdrawnRow key={r.id} result={r} />
        ))}
      </ul>
    </>
  );
}

/**
 * Results other systems sent in an import, latest first: read-only, as they were sent; below them, apart, those their
 * senders withdrew or cancelled.
 */
export function OutsideResults({ patientId }: { patientId: string }) {
  const loaded = useApiQuery(API.listOutsideResults, { params: { id: patientId } });
  const results = loaded.data?.results;
  const withdrawn = loaded.data?.withdrawn ?? [];
  return (
    <section className="card chart-list" aria-labelledby="outside-results-heading">
      <h2 id="outside-results-heading">Results from other systems</h2>
      <LoadState loading={loaded.loading} error={loaded.error} what="the results from other systems" />
      {results?.length === 0 && (
        <p className="muted">{withdrawn.length ? 'No current results.' : 'None received.'}</p>
      )}
      {results && results.length > 0 && (
        <ul className="chart-entries">
          {results.map((r) => (
            <ResultRow key={r.id} result={r} />
          ))}
        </ul>
      )}
      {withdrawn.length > 0 && <WithdrawnResults withdrawn={withdrawn} />}
    </section>
  );
}
