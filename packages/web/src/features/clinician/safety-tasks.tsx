import { useState } from 'react';
import { API, type SafetyTask } from '@omt/contracts';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/messages';
import { formatStamp } from '../../time';

/** Same-visit safety tasks (PHQ-9 item 9 above 0), first on the worklist, each with Acknowledge. */
export function SafetyTasks({ tasks, onChanged }: { tasks: SafetyTask[]; onChanged: () => void }) {
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);

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
      <h3 id="safety-heading">Safety tasks for this visit</h3>
      <StatusMessage>{message}</StatusMessage>
      <ErrorAlert error={error} title="Not acknowledged:" />
      {tasks.length === 0 ? (
        <p>No open safety tasks.</p>
      ) : (
        <ul className="plain-list">
          {tasks.map((t) => (
            <li key={t.id} data-testid="safety-task" className="alert alert-urgent">
              <strong>⚠ {t.patientName}</strong>: {t.reason}{' '}
              <span className="muted">({formatStamp(t.createdAt)})</span>{' '}
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
