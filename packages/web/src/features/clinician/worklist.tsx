import { useCallback, useState } from 'react';
import { API, type CheckIn } from '@omt/contracts';
import { call } from '../../api/client';
import { useApi } from '../../api/use-api';
import { usePoll } from '../../api/use-poll';
import { ErrorAlert, LoadState, StatusMessage } from '../../components/messages';
import { ROUTE_LABELS } from '../../labels';
import { formatStamp } from '../../time';
import { SafetyTasks } from './safety-tasks';

function RouteBadge({ route }: { route: CheckIn['route'] }) {
  return (
    <span className={`badge badge-${route}`}>
      {route === 'emergency' ? '⚠ ' : ''}
      {ROUTE_LABELS[route]}
    </span>
  );
}

/** Open check-in escalations, worst first, each with Acknowledge. */
export function Worklist() {
  const list = useApi((signal) => call(API.worklist, { signal }), []);
  // New safety tasks and alerts appear without a reload: the poll asks only whether the list moved.
  const shownStamp = list.data?.stamp;
  const { reload } = list;
  const reloadIfChanged = useCallback(() => {
    call(API.worklistStamp).then(
      ({ stamp }) => stamp !== shownStamp && reload(),
      () => reload(),
    );
  }, [shownStamp, reload]);
  usePoll(reloadIfChanged);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  const order: CheckIn['route'][] = ['emergency', 'same_day_call', 'routine_review', 'none'];
  const alerts = [...(list.data?.alerts ?? [])].sort(
    (a, b) => order.indexOf(a.route) - order.indexOf(b.route) || a.submittedAt.localeCompare(b.submittedAt),
  );

  const acknowledge = async (c: CheckIn) => {
    setBusyId(c.id);
    setError(null);
    try {
      await call(API.acknowledgeCheckIn, { params: { id: c.id } });
      setMessage(`Acknowledged the check-in of ${c.patientName}.`);
      list.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusyId(null);
    }
  };

  return (
    <section aria-labelledby="worklist-heading" className="card">
      <h2 id="worklist-heading">Worklist: safety tasks and check-in alerts</h2>
      {list.data && <SafetyTasks tasks={list.data.safetyTasks} onChanged={list.reload} />}
      <StatusMessage>{message}</StatusMessage>
      <ErrorAlert error={error} title="Not acknowledged:" />
      <LoadState loading={list.loading && !list.data} error={list.error} what="the worklist" />
      {list.data && alerts.length === 0 && <p>No open alerts.</p>}
      {alerts.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Open check-in alerts</caption>
            <thead>
              <tr>
                <th scope="col">Patient</th>
                <th scope="col">Route</th>
                <th scope="col">Soreness</th>
                <th scope="col">Days sore</th>
                <th scope="col">Reasons</th>
                <th scope="col">Sent</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {alerts.map((c) => (
                <tr
                  key={c.id}
                  data-testid="alert-row"
                  className={c.route === 'emergency' ? 'row-urgent' : undefined}
                >
                  <th scope="row">{c.patientName}</th>
                  <td>
                    <RouteBadge route={c.route} />
                  </td>
                  <td>{c.soreness}/10</td>
                  <td>{c.daysSore}</td>
                  <td>
                    <ul className="plain-list">
                      {c.reasons.map((r) => (
                        <li key={r}>{r}</li>
                      ))}
                    </ul>
                  </td>
                  <td>{formatStamp(c.submittedAt)}</td>
                  <td>
                    <button
                      type="button"
                      aria-label={`Acknowledge ${c.patientName}`}
                      disabled={busyId === c.id}
                      onClick={() => void acknowledge(c)}
                    >
                      Acknowledge
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
