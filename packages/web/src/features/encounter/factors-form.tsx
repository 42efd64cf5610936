import { useEffect, useState, type FormEvent } from 'react';
import type { Patient, PatientFactorsView } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { AnticoagulationCheckFields, checkOfDraft, draftOfCheck } from './anticoagulation-check-fields';
import { ApiError, call } from '../../api/client';
import { focusField, TextField } from '../../components/choice-group';
import { ErrorAlert } from '../../components/messages';
import { FACTOR_KEYS, FACTOR_LABELS } from '../../labels';
import { ConditionsChecklist } from './conditions-checklist';
import { fieldError } from './field-errors';

type Factor = Exclude<keyof PatientFactorsView, 'pregnancyWeeks' | 'conditions' | 'anticoagulationCheck'>;

/** What each factor means here, so the checkbox is unambiguous. */
const FACTOR_HINTS: Record<Factor, string> = {
  pregnant: 'Weeks of pregnancy are then required.',
  osteoporosis: 'Or low bone density.',
  anticoagulated: 'Blood thinners such as warfarin or apixaban.',
  malignancy: 'Known or suspected cancer.',
  recentFracture: 'A fracture that has not fully healed.',
  infection: 'Active infection, e.g. of bone, joint or skin.',
  downSyndrome: 'Possible atlantoaxial instability.',
  rheumatoidArthritis: 'Possible cervical instability.',
  vertebralArterySymptoms: 'Dizziness, double vision, drop attacks with neck movement.',
  dvt: 'Current or suspected deep vein thrombosis.',
  recentSurgery: 'Surgery in the last weeks, at or near the region.',
  caudaEquinaSigns: 'Saddle numbness, new bladder or bowel change.',
  connectiveTissueDisease: 'E.g. Ehlers–Danlos or Marfan syndrome.',
};

function FactorBox({
  k,
  checked,
  onChange,
}: {
  k: Factor;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <label className="choice factor-choice">
      <input
        type="checkbox"
        checked={checked}
        aria-describedby={`factor-hint-${k}`}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span>
        {FACTOR_LABELS[k]}
        <span className="choice-hint" id={`factor-hint-${k}`}>
          {FACTOR_HINTS[k]}
        </span>
      </span>
    </label>
  );
}

/** Edits the patient's safety factors (PUT /api/patients/:id/factors); the safety engine reads them. */
export function FactorsForm({
  patient,
  onSaved,
  onCancel,
}: {
  patient: Patient;
  onSaved: (p: Patient) => void;
  onCancel: () => void;
}) {
  const [factors, setFactors] = useState<PatientFactorsView>(patient.factors);
  const [version, setVersion] = useState(patient.factorsVersion);
  const [weeks, setWeeks] = useState(
    patient.factors.pregnancyWeeks === null ? '' : String(patient.factors.pregnancyWeeks),
  );
  const [check, setCheck] = useState(draftOfCheck(patient.factors.anticoagulationCheck));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: Factor, on: boolean) => setFactors({ ...factors, [k]: on });

  useEffect(() => {
    if (error instanceof ApiError && error.field) focusField(error.field);
  }, [error]);

  /** Someone saved the factors meanwhile: show theirs, with their version, to review and save again. */
  const showCurrent = async () => {
    const current = await call(API.getPatient, { params: { id: patient.id } });
    setFactors(current.factors);
    setVersion(current.factorsVersion);
    setWeeks(current.factors.pregnancyWeeks === null ? '' : String(current.factors.pregnancyWeeks));
    setCheck(draftOfCheck(current.factors.anticoagulationCheck));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = {
        ...factors,
        pregnancyWeeks: factors.pregnant && weeks.trim() !== '' ? Number(weeks) : null,
        anticoagulationCheck: factors.anticoagulated ? checkOfDraft(check) : null,
        version,
      };
      onSaved(await call(API.updateFactors, { params: { id: patient.id }, body }));
    } catch (err) {
      if (err instanceof ApiError && err.code === 'stale_factors') await showCurrent();
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} className="stack factors-form" noValidate>
      <fieldset>
        <legend>Pregnancy</legend>
        <FactorBox k="pregnant" checked={factors.pregnant} onChange={(on) => set('pregnant', on)} />
        {factors.pregnant && (
          <TextField
            id="pregnancy-weeks"
            field="pregnancyWeeks"
            label="Weeks of pregnancy (required)"
            hint="0 to 45."
            error={fieldError(error, 'pregnancyWeeks')}
          >
            {(aria) => (
              <input
                {...aria}
                type="number"
                min={0}
                max={45}
                step={1}
                required
                aria-required="true"
                value={weeks}
                onChange={(e) => setWeeks(e.target.value)}
              />
            )}
          </TextField>
        )}
      </fieldset>
      <fieldset>
        <legend>Conditions the technique safety checks use</legend>
        <div className="checkbox-grid">
          {FACTOR_KEYS.filter((k) => k !== 'pregnant').map((k) => (
            <FactorBox key={k} k={k} checked={factors[k]} onChange={(on) => set(k, on)} />
          ))}
        </div>
      </fieldset>
      {factors.anticoagulated && (
        <AnticoagulationCheckFields
          draft={check}
          onChange={setCheck}
          error={error}
          today={new Date().toISOString().slice(0, 10)}
        />
      )}
      <ConditionsChecklist
        values={factors.conditions}
        onChange={(conditions) => setFactors({ ...factors, conditions })}
        error={fieldError(error, 'conditions')}
      />
      {error instanceof ApiError && error.code === 'stale_factors' ? (
        <ErrorAlert
          error="Someone else changed these safety factors while you were editing. The form now shows the current factors: review them and save again."
          title="Safety factors not saved:"
        />
      ) : (
        error !== null && <ErrorAlert error={error} title="Safety factors not saved:" />
      )}
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
