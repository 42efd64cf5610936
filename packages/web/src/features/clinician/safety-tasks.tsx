import { useEffect, useRef, useState } from 'react';
import type { SafetyTask } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { StatusMessage } from '../../components/messages';
import { UrgentFlagBadge } from '../../components/urgent-flag-badge';
import { useSession } from '../../session';
import { formatStamp } from '../../time';
import { AcknowledgeForm, assigneeText } from './acknowledge-form';

const rank = (t: SafetyTask) =>
  (t.flag?.urgency === 'emergency' ? 0 : t.flag ? 1 : 2) * 2 + (t.canAcknowledge ? 0 : 1);

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
 * worklist: emergencies first, then those the signed-in clinician may acknowledge. Only the visit's physician
 * (or a resident's supervisor) acknowledges, recording what was done; everyone else reads.
 */
export function SafetyTasks({ tasks, onChanged }: { tasks: SafetyTask[]; onChanged: () => void }) {
  const me = useSession().user.id;
  const [openId, setOpenId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const arrived = useArrivals(tasks);
  const sorted = [...tasks].sort((a, b) => rank(a) - rank(b) || a.createdAt.localeCompare(b.createdAt));

  return (
    <section aria-labelledby="safety-heading" className="subsection">
      <h3 id="safety-heading">Safety tasks</h3>
      <StatusMessage>{arrived}</StatusMessage>
      <StatusMessage>{message}</StatusMessage>
      {tasks.length === 0 ? (
        <p>No open safety tasks.</p>
      ) : (
        <ul className="plain-list">
          {sorted.map((t) => (
            <li key={t.id} data-testid="safety-task" className="alert alert-urgent">
              {t.flag && <UrgentFlagBadge flag={t.flag} />} <strong>⚠ {t.patientName}</strong>: {t.reason}{' '}
              <span className="muted">
                ({assigneeText(t, me)}, {formatStamp(t.createdAt)})
              </span>{' '}
              {t.canAcknowledge && openId !== t.id && (
                <button
                  type="button"
                  aria-label={`Acknowledge safety task of ${t.patientName}`}
                  onClick={() => setOpenId(t.id)}
                >
                  Acknowledge
                </button>
              )}
              {t.canAcknowledge && openId === t.id && (
                <AcknowledgeForm
                  patientName={t.patientName}
                  onCancel={() => setOpenId(null)}
                  onSave={async (ack) => {
                    await call(API.acknowledgeSafetyTask, { params: { id: t.id }, body: ack });
                    setOpenId(null);
                    setMessage(`Acknowledged the safety task of ${t.patientName}.`);
                    onChanged();
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
