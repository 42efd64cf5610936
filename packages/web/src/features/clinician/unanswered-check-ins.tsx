import { useState } from 'react';
import type { ScheduledCheckIn } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/messages';
import { formatDateTime, formatDay, zoneLabel } from '../../time';

/**
 * First check-ins after a patient's first OMT visit that nobody answered by the end of their day (in the location's
 * zone). Clinic-wide: any clinician may clear one once the patient is reached, and the first clearing stands.
 */
export function UnansweredCheckIns({
  items,
  onChanged,
}: {
  items: ScheduledCheckIn[];
  onChanged: () => void;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const clear = async (c: ScheduledCheckIn) => {
    setBusy(c.id);
    setError(null);
    try {
      await call(API.clearUnansweredCheckIn, { params: { id: c.id } });
      setMessage(`Cleared the unanswered check-in of ${c.patientName}.`);
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="unanswered-heading" className="subsection">
      <h3 id="unanswered-heading">Unanswered first check-ins</h3>
      <StatusMessage>{message}</StatusMessage>
      {error !== null && <ErrorAlert error={error} title="Not cleared" />}
      {items.length === 0 ? (
        <p>No unanswered first check-ins.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">
              First check-ins after a first OMT visit, unanswered at the end of their day
            </caption>
            <thead>
              <tr>
                <th scope="col">Patient</th>
                <th scope="col">Visit</th>
                <th scope="col">Check-in</th>
                <th scope="col">Physician</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.id} data-testid="unanswered-row">
                  <th scope="row">{c.patientName}</th>
                  <td>
                    {formatDateTime(c.visitStart, c.timeZone)}{' '}
                    <span className="muted">{zoneLabel(c.locationName, c.timeZone)}</span>
                  </td>
                  <td>
                    Day {c.day} ({formatDay(c.dueAt, c.timeZone)}), open until{' '}
                    {formatDateTime(c.expiresAt, c.timeZone)}
                  </td>
                  <td>{c.providerName}</td>
                  <td>
                    <button
                      type="button"
                      disabled={busy === c.id}
                      aria-label={`Clear the unanswered check-in of ${c.patientName}`}
                      onClick={() => void clear(c)}
                    >
                      Clear
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
