import type { Worklist } from '@omt/contracts';
import { ALERT_OUTCOME_LABELS } from '@omt/domain';
import { ROUTE_LABELS } from '../../labels';
import { formatStamp } from '../../time';

interface Row {
  id: string;
  patientName: string;
  what: string;
  at: string;
  acknowledgement: Worklist['alerts'][number]['acknowledgement'];
}

/** The latest acknowledged tasks and alerts, newest first: who acknowledged, when, what was done and the note. */
export function AcknowledgedHistory({ acknowledged }: { acknowledged: Worklist['acknowledged'] }) {
  const rows: Row[] = [
    ...acknowledged.safetyTasks.map((t) => ({
      id: t.id,
      patientName: t.patientName,
      what: `Safety task: ${t.reason}`,
      at: t.acknowledgedAt ?? t.createdAt,
      acknowledgement: t.acknowledgement,
    })),
    ...acknowledged.alerts.map((c) => ({
      id: c.id,
      patientName: c.patientName,
      what: `Check-in alert (${ROUTE_LABELS[c.route].toLowerCase()}, soreness ${c.soreness}/10)`,
      at: c.acknowledgedAt ?? c.submittedAt,
      acknowledgement: c.acknowledgement,
    })),
  ].sort((a, b) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id));
  return (
    <section className="subsection" aria-labelledby="acknowledged-heading">
      <h3 id="acknowledged-heading">Recently acknowledged</h3>
      {rows.length === 0 ? (
        <p>Nothing acknowledged yet.</p>
      ) : (
        <ul className="plain-list">
          {rows.map((r) => (
            <li key={r.id} data-testid="acknowledged-item">
              <strong>{r.patientName}</strong> — {r.what}.{' '}
              <strong>
                {r.acknowledgement.outcome ? ALERT_OUTCOME_LABELS[r.acknowledgement.outcome] : 'Acknowledged'}
              </strong>
              {r.acknowledgement.note ? `: ${r.acknowledgement.note}` : ''}{' '}
              <span className="muted">
                ({r.acknowledgement.byName ?? 'unknown'}, {formatStamp(r.at)})
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
