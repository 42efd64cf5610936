import type { ChartHeader, OpenFlag } from '@omt/contracts';
import { activeFactorLabels } from '../../components/factor-labels';
import { formatStamp } from '../../time';

const SEX = { female: 'Female', male: 'Male', other: 'Other', unknown: 'Sex not stated' } as const;

const FLAG_KIND: Record<OpenFlag['kind'], string> = {
  red_flag: 'Red flag',
  safety_task: 'Safety task',
  check_in_alert: 'Check-in alert',
};

const MISMATCH = {
  medication_not_in_factors:
    'The medication list names an anticoagulant, but the safety factors do not record anticoagulation. The safety checks read the factors: update them from the encounter if the patient is anticoagulated.',
  factor_without_medication:
    'The safety factors record anticoagulation, but no active medication is marked as an anticoagulant.',
} as const;

function Allergies({ allergies }: { allergies: ChartHeader['allergies'] }) {
  if (allergies.state === 'none_known') return <>No known allergies</>;
  if (allergies.state === 'not_recorded') return <strong>Allergies not recorded</strong>;
  return (
    <strong>
      {allergies.active
        .map(
          (a) =>
            `${a.substance}${a.reaction ? ` (${a.reaction}${a.severity ? `, ${a.severity}` : ''})` : a.severity ? ` (${a.severity})` : ''}`,
        )
        .join('; ')}
    </strong>
  );
}

/** Who the patient is, their allergies, active problems, safety factors and what is still open. */
export function ChartHeaderCard({ header }: { header: ChartHeader }) {
  const factors = activeFactorLabels(header.factors);
  return (
    <section className="card chart-header" aria-labelledby="chart-header-heading">
      <h2 id="chart-header-heading" className="visually-hidden">
        Summary
      </h2>
      <dl className="facts">
        <div>
          <dt>Age and sex</dt>
          <dd>
            {header.ageLabel}, {SEX[header.sex]} (born {header.birthDate})
          </dd>
        </div>
        <div className="wide">
          <dt>Allergies</dt>
          <dd>
            <Allergies allergies={header.allergies} />
          </dd>
        </div>
        <div className="wide">
          <dt>Active problems</dt>
          <dd>
            {header.activeProblems.length
              ? header.activeProblems.map((p) => (p.icd10 ? `${p.name} (${p.icd10})` : p.name)).join('; ')
              : 'None recorded'}
          </dd>
        </div>
        <div className="wide">
          <dt>Safety factors</dt>
          <dd>{factors.length ? factors.join('; ') : 'None recorded'}</dd>
        </div>
      </dl>
      {header.anticoagulationMismatch && (
        <p className="alert alert-warning">{MISMATCH[header.anticoagulationMismatch]}</p>
      )}
      {header.openFlags.length > 0 && (
        <div className="alert alert-urgent">
          <h3>Open flags</h3>
          <ul>
            {header.openFlags.map((f, i) => (
              <li key={`${f.kind}-${i}`}>
                <strong>{FLAG_KIND[f.kind]}:</strong> {f.label}{' '}
                <span className="muted">({formatStamp(f.at)})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
