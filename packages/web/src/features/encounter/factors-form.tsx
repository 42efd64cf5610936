import { useState, type FormEvent } from 'react';
import { API, type Patient, type PatientFactorsView } from '@omt/contracts';
import { ApiError, call } from '../../api/client';
import { TextField } from '../../components/choice-group';
import { ErrorAlert } from '../../components/messages';
import { FACTOR_KEYS, FACTOR_LABELS } from '../../labels';

/** Edits the patient's safety factors (PUT /api/patients/:id/factors). */
export function FactorsForm({ patient, onSaved, onCancel }: { patient: Patient; onSaved: (p: Patient) => void; onCancel: () => void }) {
  const [factors, setFactors] = useState<PatientFactorsView>(patient.factors);
  const [weeks, setWeeks] = useState(patient.factors.pregnancyWeeks === null ? '' : String(patient.factors.pregnancyWeeks));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = { ...factors, pregnancyWeeks: factors.pregnant && weeks.trim() !== '' ? Number(weeks) : null };
      onSaved(await call(API.updateFactors, { params: { id: patient.id }, body }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const weeksError = error instanceof ApiError && error.field === 'pregnancyWeeks' ? error.message : undefined;

  return (
    <form onSubmit={(e) => void submit(e)} className="stack factors-form" noValidate>
      <fieldset>
        <legend>Safety factors</legend>
        <div className="checkbox-grid">
          {FACTOR_KEYS.map((k) => (
            <label key={k} className="choice">
              <input type="checkbox" checked={factors[k]} onChange={(e) => setFactors({ ...factors, [k]: e.target.checked })} />
              {FACTOR_LABELS[k]}
            </label>
          ))}
        </div>
      </fieldset>
      {factors.pregnant && (
        <TextField id="pregnancy-weeks" field="pregnancyWeeks" label="Pregnancy weeks" error={weeksError}>
          {(aria) => <input {...aria} type="number" min={0} max={45} value={weeks} onChange={(e) => setWeeks(e.target.value)} />}
        </TextField>
      )}
      {error !== null && <ErrorAlert error={error} title="Not saved:" />}
      <div className="actions">
        <button type="submit" disabled={busy}>
          Save factors
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
