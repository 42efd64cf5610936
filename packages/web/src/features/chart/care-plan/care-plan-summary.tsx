import type { CarePlan } from '@omt/contracts';
import { MEASURES, TECHNIQUES } from '@omt/domain';
import { formatStamp } from '../../../time';
import { frequencyText, KIND_WORDS, REASON_WORDS, TIMING_WORDS } from './care-plan-words';

/** The plan as it stands: its current version, progress, discharge and earlier versions (staff, English). */
export function CarePlanSummary({ plan }: { plan: CarePlan }) {
  const c = plan.current.content;
  const p = plan.progress;
  const techniqueName = (id: string) => TECHNIQUES.find((t) => t.id === id)?.name ?? id;
  return (
    <div className="care-plan-summary">
      <p>
        <strong>{plan.status === 'active' ? 'Active' : 'Discharged'}</strong>, version {plan.version} (
        {KIND_WORDS[plan.current.kind].toLowerCase()} by {plan.current.authorName})
        {plan.current.awaitingCosign && <strong> — awaiting co-signature</strong>}
      </p>
      <dl className="care-plan-facts">
        <dt>Diagnoses</dt>
        <dd>{c.diagnoses.join(', ')}</dd>
        <dt>Frequency</dt>
        <dd>{frequencyText(c.everyWeeks, c.visits)}</dd>
        <dt>Visits</dt>
        <dd>
          {p.visitsDone} done of {p.visitsPlanned} planned ({p.visitsBooked} booked)
        </dd>
        <dt>Goals met</dt>
        <dd>
          {p.goalsMet} of {p.goalsTotal}
        </dd>
        <dt>Re-evaluation</dt>
        <dd>
          {c.reEvaluationDate}
          {p.reEvaluationDue && plan.status === 'active' ? ' (due)' : ''}
        </dd>
        <dt>Techniques</dt>
        <dd>{c.techniques.length ? c.techniques.map(techniqueName).join(', ') : 'None chosen'}</dd>
        {plan.status === 'active' && (
          <>
            <dt>Measures due next</dt>
            <dd>
              {p.measuresDue.length
                ? p.measuresDue.map((m) => `${m.name} (${TIMING_WORDS[m.timing].toLowerCase()})`).join(', ')
                : 'None'}
            </dd>
          </>
        )}
      </dl>
      <h3>Goals</h3>
      <ul>
        {c.goals.map((g, i) => (
          <li key={i}>
            {g.goal} — by {g.targetDate} — <strong>{g.met ? 'met' : 'not met yet'}</strong>
          </li>
        ))}
      </ul>
      {c.measures.length > 0 && (
        <>
          <h3>Outcome measures</h3>
          <ul>
            {c.measures.map((m) => (
              <li key={m.measure}>
                {MEASURES[m.measure].name}: {m.due.map((w) => TIMING_WORDS[w].toLowerCase()).join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.discharge && (
        <section className="care-plan-discharge" aria-labelledby={`discharge-${plan.id}`}>
          <h3 id={`discharge-${plan.id}`}>Discharge summary</h3>
          <p>
            {REASON_WORDS[plan.discharge.reason]} — {formatStamp(plan.discharge.at)} — {plan.discharge.byName}
          </p>
          <p className="care-plan-summary-text">{plan.discharge.summary}</p>
          <p>
            <a
              href={`/api/care-plans/${encodeURIComponent(plan.id)}/discharge.pdf`}
              target="_blank"
              rel="noreferrer"
            >
              Download the discharge summary as PDF (opens in a new tab)
            </a>
          </p>
        </section>
      )}
      <details>
        <summary>Versions ({plan.versions.length})</summary>
        <ol>
          {plan.versions.map((v) => (
            <li key={v.version}>
              {KIND_WORDS[v.kind]} {formatStamp(v.recordedAt)} by {v.authorName}
              {v.awaitingCosign
                ? ', awaiting co-signature'
                : v.cosignerName
                  ? `, co-signed by ${v.cosignerName}`
                  : ''}
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
