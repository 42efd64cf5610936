import { useEffect, useRef, useState } from 'react';
import { API, type SafetyTask } from '@omt/contracts';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/messages';
import { UrgentFlagBadge } from '../../components/urgent-flag-badge';
import { useSession } from '../../session';
import { formatStamp } from '../../time';

const rank = (t: SafetyTask, me: string) =>
  (t.flag?.urgency === 'emergency' ? 0 : t.flag ? 1 : 2) * 2 + (t.assignedTo.id === me ? 0 : 1);

/** Names the tasks that arrived since the last look, so a screen reader hears them too. */
function useArrivals(tasks: SafetyTask[]): string | null {
  const seen = useRef<Set<string> | null>(null);
  const [arrived, setArrived] = useState<string | null>(null);
  useEffect(() => {
    const fresh = seen.current ? tasks.filter((t) => !seen.current?.has(t.id)) : [];
    seen.current = new Set(tasks.map((t) => t.id));
    if (fresh.length) setArrived(`New safety task: ${fresh.map((t) => t.patientName).join(', ')}.`);
  }, [tasks]);
  return arrived;
}

/**
 * Same-visit safety tasks (PHQ-9 item 9 above 0, emergency and urgent red flags at intake), first on the
 * worklist: emergencies first, then the signed-in physician's own; each with Acknowledge.
 */
export function SafetyTasks({ tasks, onChanged }: { tasks: SafetyTask[]; onChanged: () => void }) {
  const me = useSession().user.id;
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  const arrived = useArrivals(tasks);
  const sorted = [...tasks].sort(
    (a, b) => rank(a, me) - rank(b, me) || a.createdAt.localeCompare(b.createdAt),
  );

  const acknowledge = async (task: SafetyTask) => {
    setBusyId(task.id);
    setError(null);
    try {
      await call(API.acknowledgeSafetyTask, { params: { id: task.id } });
      setMessage(`Acknowledged the safety task of ${task.patientName}.`);
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusyId(null);
    }
  };

  return (
    <section aria-labelledby="safety-heading" className="subsection">
      <h3 id="safety-heading">Safety tasks</h3>
      <StatusMessage>{arrived}</StatusMessage>
      <StatusMessage>{message}</StatusMessage>
      <ErrorAlert error={error} title="Not acknowledged:" />
      {tasks.length === 0 ? (
        <p>No open safety tasks.</p>
      ) : (
        <ul className="plain-list">
          {sorted.map((t) => (
            <li key={t.id} data-testid="safety-task" className="alert alert-urgent">
              {t.flag && <UrgentFlagBadge flag={t.flag} />} <strong>⚠ {t.patientName}</strong>: {t.reason}{' '}
              <span className="muted">
                ({t.assignedTo.id === me ? 'assigned to you' : `for ${t.assignedTo.name}`},{' '}
                {formatStamp(t.createdAt)})
              </span>{' '}
              <button
                type="button"
                aria-label={`Acknowledge safety task of ${t.patientName}`}
                disabled={busyId === t.id}
                onClick={() => void acknowledge(t)}
              >
                Acknowledge
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
