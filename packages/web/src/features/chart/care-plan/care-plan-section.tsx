import { useState } from 'react';
import type { CarePlan } from '@omt/contracts';
import { API } from '../../../api/endpoints';
import { call } from '../../../api/client';
import { useApiQuery, useInvalidate } from '../../../api/use-api';
import { ErrorAlert, LoadState, StatusMessage } from '../../../components/messages';
import { useSubmit } from '../../../components/use-submit';
import { useSession } from '../../../session';
import { BookPlan } from './book-plan';
import { draftOf, newDraft } from './care-plan-draft';
import { CarePlanForm } from './care-plan-form';
import { CarePlanSummary } from './care-plan-summary';
import { DischargeForm } from './discharge-form';

type Mode = 'view' | 'create' | 'revised' | 're_evaluated' | 'book' | 'discharge';

/** The chart's plan of care: record one after a consultation, edit, re-evaluate, book and discharge it. */
export function CarePlanSection({ patientId, problemCodes }: { patientId: string; problemCodes: string[] }) {
  const { user } = useSession();
  const plans = useApiQuery(API.listCarePlans, { params: { id: patientId } });
  const visits = useApiQuery(API.listAppointments, { query: { patientId } });
  const invalidate = useInvalidate();
  const [mode, setMode] = useState<Mode>('view');
  const [message, setMessage] = useState('');
  const plan = plans.data?.plans.find((p) => p.status === 'active') ?? plans.data?.plans[0];
  const lastEncounter = [...(visits.data ?? [])]
    .filter((a) => a.encounterId !== null)
    .sort((a, b) => b.start.localeCompare(a.start))[0]?.encounterId;
  const done = (next: CarePlan, text: string) => {
    plans.setData({ plans: [next, ...(plans.data?.plans ?? []).filter((p) => p.id !== next.id)] });
    invalidate([API.listAppointments]);
    setMessage(text);
    setMode('view');
  };
  const cosign = useSubmit(async () => {
    if (!plan) return;
    done(
      await call(API.cosignCarePlan, { params: { id: plan.id }, body: { version: plan.version } }),
      'Co-signed the plan.',
    );
  });
  const start = (m: Mode) => {
    setMessage('');
    setMode(m);
  };
  const active = plan?.status === 'active';
  return (
    <section className="card care-plan" aria-labelledby="care-plan-title">
      <h2 id="care-plan-title">Plan of care</h2>
      <LoadState loading={plans.loading} error={plans.error} what="the plan of care" />
      <StatusMessage>{message}</StatusMessage>
      <ErrorAlert error={cosign.error} title="Not co-signed:" />
      {plans.data && mode === 'view' && (
        <>
          {plan ? <CarePlanSummary plan={plan} /> : <p>No plan of care yet.</p>}
          <div className="actions">
            {(!plan || !active) &&
              (lastEncounter ? (
                <button type="button" onClick={() => start('create')}>
                  Record a plan of care
                </button>
              ) : (
                <p className="muted">
                  A plan of care starts from a consultation's note, and this patient has none yet.
                </p>
              ))}
            {plan && active && (
              <>
                <button type="button" onClick={() => start('revised')}>
                  Edit the plan
                </button>
                <button type="button" onClick={() => start('re_evaluated')}>
                  Re-evaluate
                </button>
                {plan.progress.visitsBooked < plan.current.content.visits && !plan.current.awaitingCosign && (
                  <button type="button" onClick={() => start('book')}>
                    Book the plan
                  </button>
                )}
                {plan.canCosign && (
                  <button type="button" disabled={cosign.busy} onClick={() => void cosign.run()}>
                    Co-sign the plan
                  </button>
                )}
                {user.role === 'physician' && (
                  <button type="button" className="button-secondary" onClick={() => start('discharge')}>
                    Discharge
                  </button>
                )}
              </>
            )}
            {plan && !active && (
              <button type="button" className="button-secondary" onClick={() => window.print()}>
                Print the discharge summary
              </button>
            )}
          </div>
        </>
      )}
      {mode === 'create' && lastEncounter && (
        <CarePlanForm
          mode={{ kind: 'create', patientId, encounterId: lastEncounter }}
          initial={newDraft(problemCodes)}
          onSaved={done}
          onCancel={() => setMode('view')}
        />
      )}
      {(mode === 'revised' || mode === 're_evaluated') && plan && (
        <CarePlanForm
          mode={{ kind: mode, plan }}
          initial={draftOf(plan.current.content)}
          onSaved={done}
          onCancel={() => setMode('view')}
        />
      )}
      {mode === 'book' && plan && <BookPlan plan={plan} onBooked={done} onCancel={() => setMode('view')} />}
      {mode === 'discharge' && plan && (
        <DischargeForm plan={plan} onDone={done} onCancel={() => setMode('view')} />
      )}
    </section>
  );
}
