import { useState, type ReactNode } from 'react';
import type { CarePlan } from '@omt/contracts';
import { API } from '../../../api/endpoints';
import { MEASURE_CODES, MEASURE_TIMINGS, MEASURES, TECHNIQUES, type MeasureTiming } from '@omt/domain';
import { ApiError, call } from '../../../api/client';
import { ErrorAlert, FieldError, useFieldMessage } from '../../../components/messages';
import { useSubmit } from '../../../components/use-submit';
import { bodyOf, type PlanDraft } from './care-plan-draft';
import { TIMING_WORDS } from './care-plan-words';

export type PlanFormMode =
  | { kind: 'create'; patientId: string; encounterId: string }
  | { kind: 'revised' | 're_evaluated'; plan: CarePlan };

const TITLES = {
  create: 'Record a plan of care',
  revised: 'Edit the plan',
  re_evaluated: 'Re-evaluate the plan',
};

/** One labelled input with its hint and the server's message for the field. */
function Field(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (aria: object) => ReactNode;
}) {
  const { id, label, hint, error, children } = props;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** Creates a plan, or a new version of one (edit or re-evaluation) made from the version shown. */
export function CarePlanForm(props: {
  mode: PlanFormMode;
  initial: PlanDraft;
  onSaved: (plan: CarePlan, message: string) => void;
  onCancel: () => void;
}) {
  const { mode, onSaved, onCancel } = props;
  const [d, setD] = useState<PlanDraft>(props.initial);
  const fieldMessage = useFieldMessage();
  const { error, busy, submit } = useSubmit(async () => {
    const body = bodyOf(d);
    if (mode.kind === 'create') {
      const plan = await call(API.createCarePlan, {
        params: { id: mode.patientId },
        body: { ...body, encounterId: mode.encounterId },
      });
      onSaved(plan, 'Recorded the plan of care.');
    } else {
      const plan = await call(API.reviseCarePlan, {
        params: { id: mode.plan.id },
        body: { ...body, version: mode.plan.version, kind: mode.kind },
      });
      onSaved(plan, mode.kind === 're_evaluated' ? 'Recorded the re-evaluation.' : 'Saved the plan.');
    }
  });
  const msg = (field: string) => fieldMessage(error, field);
  const diagnosesError =
    msg('diagnoses') ??
    (error instanceof ApiError && error.field?.startsWith('diagnoses.')
      ? fieldMessage(error, error.field)
      : undefined);
  const setGoal = (i: number, change: Partial<PlanDraft['goals'][number]>) =>
    setD((x) => ({ ...x, goals: x.goals.map((g, j) => (j === i ? { ...g, ...change } : g)) }));
  const toggle = <T,>(list: readonly T[], v: T, on: boolean) =>
    on ? [...list, v] : list.filter((x) => x !== v);
  return (
    <form
      className="chart-form care-plan-form"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-label={TITLES[mode.kind]}
    >
      <h3>{TITLES[mode.kind]}</h3>
      <ErrorAlert error={error} title="Not saved:" />
      <Field
        id="plan-diagnoses"
        label="Diagnoses"
        hint="ICD-10-CM codes from the visit, separated by commas"
        error={diagnosesError}
      >
        {(aria) => (
          <input {...aria} value={d.diagnoses} onChange={(e) => setD({ ...d, diagnoses: e.target.value })} />
        )}
      </Field>
      <fieldset>
        <legend>Goals</legend>
        {d.goals.map((g, i) => (
          <div className="care-plan-goal" key={i}>
            <Field
              id={`plan-goal-${i}`}
              label={`Goal ${i + 1}`}
              hint="Measurable, e.g. walk 30 minutes without pain"
              error={msg(`goals.${i}.goal`)}
            >
              {(aria) => (
                <input {...aria} value={g.goal} onChange={(e) => setGoal(i, { goal: e.target.value })} />
              )}
            </Field>
            <Field
              id={`plan-goal-${i}-date`}
              label={`Target date of goal ${i + 1}`}
              error={msg(`goals.${i}.targetDate`)}
            >
              {(aria) => (
                <input
                  {...aria}
                  type="date"
                  value={g.targetDate}
                  onChange={(e) => setGoal(i, { targetDate: e.target.value })}
                />
              )}
            </Field>
            {mode.kind !== 'create' && (
              <div className="field field-checkbox">
                <input
                  id={`plan-goal-${i}-met`}
                  type="checkbox"
                  checked={g.met}
                  onChange={(e) => setGoal(i, { met: e.target.checked })}
                />
                <label htmlFor={`plan-goal-${i}-met`}>Goal {i + 1} met</label>
              </div>
            )}
          </div>
        ))}
        <FieldError id="plan-goals-error" message={msg('goals')} />
        {d.goals.length < 10 && (
          <button
            type="button"
            className="button-secondary"
            onClick={() => setD({ ...d, goals: [...d.goals, { goal: '', targetDate: '', met: false }] })}
          >
            Add a goal
          </button>
        )}
      </fieldset>
      <div className="care-plan-row">
        <Field id="plan-every-weeks" label="Every (weeks)" error={msg('everyWeeks')}>
          {(aria) => (
            <select
              {...aria}
              value={d.everyWeeks}
              onChange={(e) => setD({ ...d, everyWeeks: e.target.value })}
            >
              {[1, 2, 3, 4].map((n) => (
                <option key={n} value={n}>
                  {n === 1 ? 'Every week' : `Every ${n} weeks`}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="plan-visits" label="Number of visits" error={msg('visits')}>
          {(aria) => (
            <input
              {...aria}
              inputMode="numeric"
              value={d.visits}
              onChange={(e) => setD({ ...d, visits: e.target.value })}
            />
          )}
        </Field>
        <Field id="plan-re-evaluation" label="Re-evaluation date" error={msg('reEvaluationDate')}>
          {(aria) => (
            <input
              {...aria}
              type="date"
              value={d.reEvaluationDate}
              onChange={(e) => setD({ ...d, reEvaluationDate: e.target.value })}
            />
          )}
        </Field>
      </div>
      <fieldset>
        <legend>Planned techniques</legend>
        <div className="care-plan-checks">
          {TECHNIQUES.map((t) => (
            <div className="field field-checkbox" key={t.id}>
              <input
                id={`plan-technique-${t.id}`}
                type="checkbox"
                checked={d.techniques.includes(t.id)}
                onChange={(e) => setD({ ...d, techniques: toggle(d.techniques, t.id, e.target.checked) })}
              />
              <label htmlFor={`plan-technique-${t.id}`}>{t.name}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Outcome measures and when they are due</legend>
        <table className="care-plan-measures">
          <thead>
            <tr>
              <th scope="col">Measure</th>
              {MEASURE_TIMINGS.map((w) => (
                <th scope="col" key={w}>
                  {TIMING_WORDS[w]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {MEASURE_CODES.map((m) => (
              <tr key={m}>
                <th scope="row">{MEASURES[m].name}</th>
                {MEASURE_TIMINGS.map((w: MeasureTiming) => (
                  <td key={w}>
                    <input
                      type="checkbox"
                      aria-label={`${MEASURES[m].name}: ${TIMING_WORDS[w]}`}
                      checked={d.measures[m].includes(w)}
                      onChange={(e) =>
                        setD({
                          ...d,
                          measures: { ...d.measures, [m]: toggle(d.measures[m], w, e.target.checked) },
                        })
                      }
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
      <div className="actions">
        <button type="submit" disabled={busy}>
          {mode.kind === 're_evaluated' ? 'Save the re-evaluation' : 'Save the plan'}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
