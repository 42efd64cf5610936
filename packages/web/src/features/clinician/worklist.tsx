import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { CheckIn, Worklist as WorklistData } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { apiQuery } from '../../api/query';
import { useLoaded } from '../../api/use-api';
import { LIVE_REFRESH_INTERVAL_MS, useLiveQueries } from '../../api/use-live-refresh';
import { LoadState, StatusMessage } from '../../components/messages';
import { ROUTE_LABELS } from '../../labels';
import { useSession } from '../../session';
import { formatStamp } from '../../time';
import { AcknowledgeForm, assigneeText } from './acknowledge-form';
import { AcknowledgedHistory } from './acknowledged-history';
import { SafetyTasks } from './safety-tasks';
import { UnansweredCheckIns } from './unanswered-check-ins';

function RouteBadge({ route }: { route: CheckIn['route'] }) {
  return (
    <span className={`badge badge-${route}`}>
      {route === 'emergency' ? '⚠ ' : ''}
      {ROUTE_LABELS[route]}
    </span>
  );
}

const ORDER: CheckIn['route'][] = ['emergency', 'same_day_call', 'routine_review', 'none'];

/**
 * The worklist, kept fresh by the event stream, a 60 s poll and the page becoming visible. A refresh first reads
 * the stamp (ids only, not audited); the audited list is read again only when the stamp moved.
 */
function useWorklist() {
  const client = useQueryClient();
  const { queryKey, queryFn } = apiQuery(API.worklist);
  const result = useQuery({
    queryKey,
    queryFn: async (context: { signal: AbortSignal }) => {
      const shown = client.getQueryData<WorklistData>(queryKey);
      if (shown) {
        const now = await call(API.worklistStamp, { signal: context.signal }).catch(() => null);
        if (now?.stamp === shown.stamp) return shown;
      }
      return queryFn(context);
    },
    refetchInterval: LIVE_REFRESH_INTERVAL_MS,
    refetchOnWindowFocus: true,
  });
  return useLoaded(queryKey, result);
}

/**
 * Safety tasks and open check-in escalations, worst first. Each belongs to the visit's physician (or a resident's
 * supervisor), who acknowledges it with what was done; the others read it. The list follows the server's event
 * stream, so a task raised or acknowledged by anyone appears or goes without a reload.
 */
export function Worklist() {
  const me = useSession().user.id;
  const list = useWorklist();
  const live = useLiveQueries();
  const [openId, setOpenId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const alerts = [...(list.data?.alerts ?? [])].sort(
    (a, b) => ORDER.indexOf(a.route) - ORDER.indexOf(b.route) || a.submittedAt.localeCompare(b.submittedAt),
  );

  return (
    <section aria-labelledby="worklist-heading" className="card">
      <h2 id="worklist-heading">Worklist: safety tasks and check-in alerts</h2>
      <p className="muted" data-testid="live-state">
        {live ? 'Updates live.' : 'Connecting for live updates; the list is also read again every minute.'}
      </p>
      {list.data && <SafetyTasks tasks={list.data.safetyTasks} onChanged={list.reload} />}
      <StatusMessage>{message}</StatusMessage>
      <LoadState loading={list.loading && !list.data} error={list.error} what="the worklist" />
      <h3>Check-in alerts</h3>
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
                <th scope="col">Assigned</th>
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
                  <td>{assigneeText(c, me)}</td>
                  <td>
                    {!c.canAcknowledge && <span className="muted">Read only</span>}
                    {c.canAcknowledge && openId !== c.id && (
                      <button
                        type="button"
                        aria-label={`Acknowledge ${c.patientName}`}
                        onClick={() => setOpenId(c.id)}
                      >
                        Acknowledge
                      </button>
                    )}
                    {c.canAcknowledge && openId === c.id && (
                      <AcknowledgeForm
                        patientName={c.patientName}
                        onCancel={() => setOpenId(null)}
                        onSave={async (ack) => {
                          await call(API.acknowledgeCheckIn, { params: { id: c.id }, body: ack });
                          setOpenId(null);
                          setMessage(`Acknowledged the check-in of ${c.patientName}.`);
                          list.reload();
                        }}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.data && (
        <UnansweredCheckIns items={list.data.unansweredCheckIns} onChanged={list.reload} />
      )}
      {list.data && <AcknowledgedHistory acknowledged={list.data.acknowledged} />}
    </section>
  );
}
