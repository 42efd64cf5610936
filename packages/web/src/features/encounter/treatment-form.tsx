import { useState, type FormEvent } from 'react';
import { API, TREATMENT_RESPONSES, type Encounter, type SafetyResultView } from '@omt/contracts';
import type { RegionId, TechniqueId } from '@omt/domain';
import { ApiError, call } from '../../api/client';
import { TextField } from '../../components/choice-group';
import { ErrorAlert, StatusMessage } from '../../components/messages';
import { humanize, REGION_LABELS, TECHNIQUE_LABELS } from '../../labels';

type Response = (typeof TREATMENT_RESPONSES)[number];
const POSITIONS = ['supine', 'prone', 'seated', 'left lateral recumbent', 'right lateral recumbent', 'standing'];

/** Documents one technique given to one region (POST treatments). */
export function TreatmentForm(props: { encounter: Encounter; region: RegionId; technique: TechniqueId; verdict: SafetyResultView['verdict']; onRecorded: (e: Encounter) => void }) {
  const { encounter, region, technique, verdict, onRecorded } = props;
  const [position, setPosition] = useState('');
  const [response, setResponse] = useState<Response>('improved');
  const [cautionReason, setCautionReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldError = (f: string) => (error instanceof ApiError && error.field === f ? error.message : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const reason = cautionReason.trim();
      const body = { region, technique, position, response, ...(verdict === 'caution' || reason ? { cautionReason: reason } : {}) };
      onRecorded(await call(API.recordTreatment, { params: { id: encounter.id }, body }));
      setDone(`Recorded: ${TECHNIQUE_LABELS[technique]} to ${REGION_LABELS[region]}.`);
      setCautionReason('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} className="stack treatment-form" noValidate>
      <TextField id="treat-position" field="position" label="Patient position" error={fieldError('position')}>
        {(aria) => (
          <>
            <input {...aria} type="text" list="position-options" value={position} onChange={(e) => setPosition(e.target.value)} />
            <datalist id="position-options">
              {POSITIONS.map((p) => (
                <option key={p} value={p} />
              ))}
            </datalist>
          </>
        )}
      </TextField>
      <TextField id="treat-response" field="response" label="Response to treatment" error={fieldError('response')}>
        {(aria) => (
          <select {...aria} value={response} onChange={(e) => setResponse(TREATMENT_RESPONSES.find((r) => r === e.target.value) ?? 'improved')}>
            {TREATMENT_RESPONSES.map((r) => (
              <option key={r} value={r}>
                {humanize(r)}
              </option>
            ))}
          </select>
        )}
      </TextField>
      {verdict === 'caution' && (
        <TextField id="treat-caution" field="cautionReason" label="Reason to proceed despite the caution" error={fieldError('cautionReason')}>
          {(aria) => <textarea {...aria} rows={2} value={cautionReason} onChange={(e) => setCautionReason(e.target.value)} />}
        </TextField>
      )}
      {verdict === 'blocked' && <p className="text-danger">This technique is blocked for this region and patient; it cannot be recorded.</p>}
      {error !== null && <ErrorAlert error={error} title="Treatment not recorded:" />}
      <StatusMessage>{done}</StatusMessage>
      <button type="submit" disabled={busy || verdict === 'blocked'}>
        {busy ? 'Recording…' : 'Record treatment'}
      </button>
    </form>
  );
}
