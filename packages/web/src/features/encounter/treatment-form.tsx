import { useEffect, useState, type FormEvent } from 'react';
import { TREATMENT_RESPONSES, type Encounter, type SafetyResultView } from '@omt/contracts';
import { API } from '../../api/endpoints';
import type { RegionId, TechniqueId } from '@omt/domain';
import { ApiError, call } from '../../api/client';
import { focusField, TextField } from '../../components/choice-group';
import { ErrorAlert, StatusMessage } from '../../components/messages';
import { humanize, REGION_LABELS, TECHNIQUE_LABELS } from '../../labels';
import { DiscomfortFields, discomfortBody, NO_DISCOMFORT } from './discomfort-fields';
import { fieldError } from './field-errors';
import { holdReasons } from './omt-hold-banner';
import { useUnsavedChanges } from './unsaved-changes';

type Response = (typeof TREATMENT_RESPONSES)[number];
const POSITIONS = [
  'supine',
  'prone',
  'seated',
  'left lateral recumbent',
  'right lateral recumbent',
  'standing',
];

/** What the person reads when the server refuses; the OMT hold names the flags by their labels. */
function refusalOf(error: unknown, encounter: Encounter): unknown {
  if (error instanceof ApiError && error.code === 'omt_on_hold') {
    return `OMT is on hold, so no treatment can be recorded. ${holdReasons(encounter).join(' ')}`;
  }
  return error;
}

interface Props {
  encounter: Encounter;
  region: RegionId;
  technique: TechniqueId;
  verdict: SafetyResultView['verdict'];
  onRecorded: (e: Encounter) => void;
}

/** Documents one technique given to one region (POST treatments). */
export function TreatmentForm({ encounter, region, technique, verdict, onRecorded }: Props) {
  const [position, setPosition] = useState('');
  const [response, setResponse] = useState<Response>('improved');
  const [minutes, setMinutes] = useState('');
  const [cautionReason, setCautionReason] = useState('');
  const [discomfort, setDiscomfort] = useState(NO_DISCOMFORT);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const err = (f: string) => fieldError(error, f);
  const entered = JSON.stringify({ position, response, minutes, cautionReason, discomfort });
  const [recorded, setRecorded] = useState(entered);
  useUnsavedChanges('treatment', entered !== recorded);

  useEffect(() => {
    if (error instanceof ApiError && error.field) focusField(error.field);
  }, [error]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const reason = cautionReason.trim();
      const body = {
        region,
        technique,
        position,
        response,
        ...(reason ? { cautionReason: reason } : {}),
        ...(minutes.trim() ? { durationMinutes: Number(minutes) } : {}),
        ...discomfortBody(discomfort),
      };
      onRecorded(await call(API.recordTreatment, { params: { id: encounter.id }, body }));
      setDone(`Recorded: ${TECHNIQUE_LABELS[technique]} to ${REGION_LABELS[region]}.`);
      setCautionReason('');
      setDiscomfort(NO_DISCOMFORT);
      setRecorded(
        JSON.stringify({ position, response, minutes, cautionReason: '', discomfort: NO_DISCOMFORT }),
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} className="stack treatment-form" noValidate>
      <TextField id="treat-position" field="position" label="Patient position" error={err('position')}>
        {(aria) => (
          <>
            <input
              {...aria}
              type="text"
              list="position-options"
              value={position}
              onChange={(e) => setPosition(e.target.value)}
            />
            <datalist id="position-options">
              {POSITIONS.map((p) => (
                <option key={p} value={p} />
              ))}
            </datalist>
          </>
        )}
      </TextField>
      <TextField
        id="treat-duration"
        field="durationMinutes"
        label="Duration in minutes (optional)"
        hint="1 to 60 minutes."
        error={err('durationMinutes')}
      >
        {(aria) => (
          <input
            {...aria}
            type="number"
            min={1}
            max={60}
            step={1}
            inputMode="numeric"
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
          />
        )}
      </TextField>
      <TextField id="treat-response" field="response" label="Response to treatment" error={err('response')}>
        {(aria) => (
          <select
            {...aria}
            value={response}
            onChange={(e) => setResponse(TREATMENT_RESPONSES.find((r) => r === e.target.value) ?? 'improved')}
          >
            {TREATMENT_RESPONSES.map((r) => (
              <option key={r} value={r}>
                {humanize(r)}
              </option>
            ))}
          </select>
        )}
      </TextField>
      {verdict === 'caution' && (
        <TextField
          id="treat-caution"
          field="cautionReason"
          label="Reason to proceed despite the caution (required)"
          hint="At least 5 characters; it goes into the signed note."
          error={err('cautionReason')}
        >
          {(aria) => (
            <textarea
              {...aria}
              aria-required="true"
              rows={2}
              value={cautionReason}
              onChange={(e) => setCautionReason(e.target.value)}
            />
          )}
        </TextField>
      )}
      <DiscomfortFields value={discomfort} error={error} onChange={setDiscomfort} />
      {verdict === 'blocked' && (
        <p className="text-danger">
          <strong>✕ Blocked:</strong> this technique cannot be recorded for this region and patient. Choose
          another technique.
        </p>
      )}
      {error !== null && <ErrorAlert error={refusalOf(error, encounter)} title="Treatment not recorded:" />}
      <StatusMessage>{done}</StatusMessage>
      <button type="submit" disabled={busy || verdict === 'blocked'}>
        {busy ? 'Recording…' : 'Record treatment'}
      </button>
    </form>
  );
}
