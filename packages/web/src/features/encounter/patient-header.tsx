import { useState } from 'react';
import { CONDITION_CATALOGUE } from '@omt/domain';
import { API, type Patient } from '@omt/contracts';
import { call } from '../../api/client';
import { useApi } from '../../api/use-api';
import { LoadState, StatusMessage } from '../../components/messages';
import { FACTOR_KEYS, FACTOR_LABELS } from '../../labels';
import { FactorsForm } from './factors-form';

/** A factor as the header lists it, with the pregnancy weeks and the last anticoagulation level check. */
function factorLabel(p: Patient, k: (typeof FACTOR_KEYS)[number]): string {
  if (k === 'pregnant' && p.factors.pregnancyWeeks !== null)
    return `Pregnant (${p.factors.pregnancyWeeks} weeks)`;
  const check = p.factors.anticoagulationCheck;
  if (k === 'anticoagulated') {
    if (!check) return `${FACTOR_LABELS[k]} (no level check recorded)`;
    const inr = check.inr === null ? '' : `INR ${check.inr}, `;
    return `${FACTOR_LABELS[k]} (level check ${check.date}: ${inr}${check.inRange ? 'in range' : 'out of range'})`;
  }
  return FACTOR_LABELS[k];
}

function activeFactors(p: Patient): string[] {
  return FACTOR_KEYS.filter((k) => p.factors[k])
    .map((k) => factorLabel(p, k))
    .concat(p.factors.conditions.map((c) => CONDITION_CATALOGUE[c].label));
}

/** Who the patient is and the safety factors the technique checks use. */
export function PatientHeader({
  patientId,
  onFactorsChanged,
}: {
  patientId: string;
  onFactorsChanged: () => void;
}) {
  const patient = useApi(
    (signal) => call(API.getPatient, { params: { id: patientId }, signal }),
    [patientId],
  );
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const p = patient.data;
  if (!p) return <LoadState loading={patient.loading} error={patient.error} what="the patient" />;
  const factors = activeFactors(p);
  return (
    <section aria-labelledby="patient-heading" className="card patient-header">
      <h2 id="patient-heading">Patient</h2>
      <dl className="facts">
        <div>
          <dt>Name</dt>
          <dd>{p.name}</dd>
        </div>
        <div>
          <dt>Age</dt>
          <dd>
            {p.ageLabel} (born {p.birthDate})
          </dd>
        </div>
        <div>
          <dt>Sex</dt>
          <dd>{p.sex}</dd>
        </div>
        {p.summary && (
          <div>
            <dt>Summary</dt>
            <dd>{p.summary}</dd>
          </div>
        )}
      </dl>
      <h3>Safety factors</h3>
      {factors.length === 0 ? (
        <p>None recorded.</p>
      ) : (
        <ul className="tag-list">
          {factors.map((f) => (
            <li key={f} className="tag">
              {f}
            </li>
          ))}
        </ul>
      )}
      {saved && <StatusMessage>Safety factors saved.</StatusMessage>}
      {editing ? (
        <FactorsForm
          patient={p}
          onCancel={() => setEditing(false)}
          onSaved={(next) => {
            patient.setData(next);
            setEditing(false);
            setSaved(true);
            onFactorsChanged();
          }}
        />
      ) : (
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setSaved(false);
            setEditing(true);
          }}
        >
          Edit factors
        </button>
      )}
    </section>
  );
}
