import { API } from '../../api/endpoints';
import { useApiQuery } from '../../api/use-api';
import { LoadState } from '../../components/messages';
import { Link } from '../../router';
import { formatDateTime } from '../../time';

/** The clinician's own notes still unsigned, oldest visit first; those past 24 hours say so in words. */
export function UnsignedNotes() {
  const notes = useApiQuery(API.myUnsignedNotes);
  return (
    <section aria-labelledby="unsigned-heading" className="card">
      <h2 id="unsigned-heading">My unsigned notes</h2>
      <LoadState loading={notes.loading && !notes.data} error={notes.error} what="your unsigned notes" />
      {notes.data && notes.data.length === 0 && <p>All your notes are signed.</p>}
      {notes.data && notes.data.length > 0 && (
        <ul className="plain-list unsigned-notes">
          {notes.data.map((n) => (
            <li key={n.encounterId} data-testid="unsigned-note" className={n.overdue ? 'overdue' : undefined}>
              {n.overdue && <strong className="badge badge-overdue">Over 24 hours</strong>}{' '}
              <Link to={`/clinician/encounters/${n.encounterId}`}>{n.patientName}</Link>{' '}
              <span className="muted">visit {formatDateTime(n.visitStart, n.timeZone)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
