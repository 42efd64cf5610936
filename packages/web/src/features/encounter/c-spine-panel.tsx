import { useEffect, useState, type FormEvent } from 'react';
import type { CSpineExamFindings, CSpineView } from '@omt/contracts';
import { API } from '../../api/endpoints';
import {
  CANADIAN_C_SPINE_SOURCE,
  cSpineFactorsFromIntake,
  DANGEROUS_MECHANISM_EXAMPLES,
  NO_C_SPINE_FINDINGS,
} from '@omt/domain';
import { ApiError, call } from '../../api/client';
import { focusField, RadioGroup } from '../../components/choice-group';
import { ErrorAlert, StatusMessage } from '../../components/messages';
import { formatStamp } from '../../time';
import { fieldError } from './field-errors';
import type { EncounterPanelProps } from './panel-props';

type Flag = Exclude<keyof CSpineExamFindings, 'canRotate45BothWays'>;
type Rotation = 'yes' | 'no' | 'not_assessed';

/** Labels of the step-1 (high-risk) and step-2 (low-risk) findings. */
const HIGH_RISK: Record<'dangerousMechanism' | 'extremityParaesthesias', string> = {
  dangerousMechanism: 'Dangerous mechanism',
  extremityParaesthesias: 'Paraesthesias in the extremities',
};
const LOW_RISK: Record<Exclude<Flag, keyof typeof HIGH_RISK>, string> = {
  simpleRearEndMvc: 'Simple rear-end motor vehicle collision',
  sittingPosition: 'Sitting position in the clinic',
  ambulatoryAtAnyTime: 'Ambulatory at any time since the injury',
  delayedOnsetNeckPain: 'Delayed onset of neck pain',
  noMidlineTenderness: 'No midline cervical spine tenderness',
};
const ROTATION: { value: Rotation; label: string }[] = [
  { value: 'yes', label: 'Able' },
  { value: 'no', label: 'Unable' },
  { value: 'not_assessed', label: 'Not assessed' },
];

function initialFindings(c: CSpineView): CSpineExamFindings {
  if (c.exam) return c.exam;
  const said = cSpineFactorsFromIntake(c.intakeAnswers);
  return {
    ...NO_C_SPINE_FINDINGS,
    simpleRearEndMvc: said.simpleRearEndMvc,
    ambulatoryAtAnyTime: said.ambulatoryAtAnyTime,
    delayedOnsetNeckPain: said.delayedOnsetNeckPain,
  };
}

const toRotation = (v: boolean | null): Rotation => (v === null ? 'not_assessed' : v ? 'yes' : 'no');

function Box({
  k,
  label,
  hint,
  f,
  set,
}: {
  k: Flag;
  label: string;
  hint?: string;
  f: CSpineExamFindings;
  set: (k: Flag, on: boolean) => void;
}) {
  return (
    <label className="choice">
      <input type="checkbox" checked={f[k]} onChange={(e) => set(k, e.target.checked)} />
      <span>
        {label}
        {hint && <span className="choice-hint">{hint}</span>}
      </span>
    </label>
  );
}

/** The Canadian C-spine rule completed at the exam (clinical-reference CR-NECK-6) after neck trauma at intake. */
export function CSpinePanel({ encounter, readOnly, onChange }: EncounterPanelProps) {
  const c = encounter.cSpine;
  const [f, setF] = useState<CSpineExamFindings | null>(c ? initialFindings(c) : null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (error instanceof ApiError && error.field) focusField(error.field);
  }, [error]);
  if (!c || !f) return null;
  const set = (k: Flag, on: boolean) => setF({ ...f, [k]: on });
  const intake = cSpineFactorsFromIntake(c.intakeAnswers);
  const intakeSaid = (k: keyof typeof HIGH_RISK) => (intake[k] ? 'yes' : 'no');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onChange(await call(API.recordCSpineExam, { params: { id: encounter.id }, body: f }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="c-spine-heading" className="card c-spine">
      <h2 id="c-spine-heading">Canadian C-spine rule (neck trauma at intake)</h2>
      <p className="source">Source: {CANADIAN_C_SPINE_SOURCE}</p>
      {c.exam && (
        <StatusMessage>
          <strong>
            Step {c.exam.step}: {c.exam.imaging ? 'imaging required' : 'no imaging required'}.
          </strong>{' '}
          {c.exam.reason}. {c.exam.imaging && 'Review the imaging red flag above before any OMT.'} (Recorded{' '}
          {formatStamp(c.exam.recordedAt)})
        </StatusMessage>
      )}
      <p>
        At intake — {HIGH_RISK.dangerousMechanism.toLowerCase()}: {intakeSaid('dangerousMechanism')};{' '}
        {HIGH_RISK.extremityParaesthesias.toLowerCase()}: {intakeSaid('extremityParaesthesias')}.
      </p>
      {readOnly ? (
        !c.exam && <p>Not completed yet. Only a physician records the exam steps.</p>
      ) : (
        <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
          <fieldset>
            <legend>Step 1 — high-risk factors found at the exam (age over 65 is counted for you)</legend>
            <Box
              k="dangerousMechanism"
              label={HIGH_RISK.dangerousMechanism}
              hint={`E.g. ${DANGEROUS_MECHANISM_EXAMPLES.join('; ')}.`}
              f={f}
              set={set}
            />
            <Box k="extremityParaesthesias" label={HIGH_RISK.extremityParaesthesias} f={f} set={set} />
          </fieldset>
          <fieldset>
            <legend>Step 2 — low-risk factors that allow range-of-motion testing</legend>
            {(Object.keys(LOW_RISK) as (keyof typeof LOW_RISK)[]).map((k) => (
              <Box key={k} k={k} label={LOW_RISK[k]} f={f} set={set} />
            ))}
          </fieldset>
          <RadioGroup
            legend="Step 3 — actively rotates the neck 45° left and right (only with a low-risk factor and no high-risk factor)"
            name="c-spine-rotation"
            field="canRotate45BothWays"
            inline
            options={ROTATION}
            value={toRotation(f.canRotate45BothWays)}
            onChange={(v) => setF({ ...f, canRotate45BothWays: v === 'not_assessed' ? null : v === 'yes' })}
            error={fieldError(error, 'canRotate45BothWays')}
          />
          {error !== null && <ErrorAlert error={error} title="C-spine rule not recorded:" />}
          <button type="submit" disabled={busy}>
            Record C-spine rule
          </button>
        </form>
      )}
    </section>
  );
}
