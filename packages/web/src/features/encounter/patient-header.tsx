import { useState } from 'react';
import { API } from '../../api/endpoints';
import { useApiQuery } from '../../api/use-api';
import { LoadState, StatusMessage } from '../../components/messages';
import { activeFactorLabels } from '../../components/factor-labels';
import { Link } from '../../router';
import { FactorsForm } from './factors-form';

/** Who the patient is and the safety factors the technique checks use. */
export function PatientHeader({
  patientId,
  onFactorsChanged,
}: {
  patientId: string;
  onFactorsChanged: () => void;
}) {
  const patient = useApiQuery(API.getPatient, { params: { id: patientId } });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const p = patient.data;
  if (!p) return <LoadState loading={patient.loading} error={patient.error} what="the patient" />;
  const factors = activeFactorLabels(p.factors);
  return (
    <section aria-labelledby="patient-heading" className="card patient-header">
      <h2 id="patient-heading">Patient</h2>
      <p>
        <Link to={`/patients/${patientId}/chart`}>Open the chart of {p.name}</Link>
      </p>
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
