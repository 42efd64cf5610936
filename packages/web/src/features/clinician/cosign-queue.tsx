import { API } from '../../api/endpoints';
import { useApiQuery } from '../../api/use-api';
import { LoadState } from '../../components/messages';
import { Link } from '../../router';
import { formatDateTime } from '../../time';

/**
 * The supervisor's co-sign queue: notes their residents signed, oldest first. Opening one leads to the note and
 * its Co-sign action; a note something still holds says what.
 */
export function CosignQueue() {
  const queue = useApiQuery(API.cosignQueue);
  return (
    <section aria-labelledby="cosign-heading" className="card">
      <h2 id="cosign-heading">Notes awaiting your co-signature</h2>
      <LoadState loading={queue.loading && !queue.data} error={queue.error} what="the co-sign queue" />
      {queue.data && queue.data.length === 0 && <p>No notes are waiting for your co-signature.</p>}
      {queue.data && queue.data.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Notes awaiting co-signature, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Patient</th>
                <th scope="col">Visit</th>
                <th scope="col">Resident</th>
                <th scope="col">Signed by the resident</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {queue.data.map((n) => (
                <tr key={n.encounterId} data-testid="cosign-row">
                  <th scope="row">{n.patientName}</th>
                  <td>{formatDateTime(n.visitStart, n.timeZone)}</td>
                  <td>{n.resident.name}</td>
                  <td>{formatDateTime(n.signedAt, n.timeZone)}</td>
                  <td>
                    <Link to={`/clinician/encounters/${n.encounterId}`}>
                      Open the note of {n.patientName}
                    </Link>
                    {n.blockers.length > 0 && (
                      <p className="field-error">
                        <span aria-hidden="true">⚠ </span>
                        On hold: {n.blockers.join('; ')}
                      </p>
                    )}
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
