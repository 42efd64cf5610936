import { useState, type FormEvent } from 'react';
import { API, type Encounter, type ReviewedRedFlag } from '@omt/contracts';
import { RED_FLAG_DECISIONS, type RedFlagDecision } from '@omt/domain';
import { call } from '../../api/client';
import { RadioGroup, TextField } from '../../components/choice-group';
import { ErrorAlert } from '../../components/messages';
import { RED_FLAG_ACTION_LABELS } from '../../labels';
import { formatStamp } from '../../time';

const DECISION_LABELS: Record<RedFlagDecision, string> = {
  cleared_for_omt: 'Cleared for OMT',
  imaging_ordered: 'Imaging ordered',
  referred_emergency: 'Referred to emergency care',
  omt_deferred: 'OMT deferred',
};

function ReviewForm({ encounter, flag, onChange }: { encounter: Encounter; flag: ReviewedRedFlag; onChange: (e: Encounter) => void }) {
  const [decision, setDecision] = useState<RedFlagDecision | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!decision) return setError('Choose a decision.');
    setError(null);
    try {
      onChange(await call(API.reviewRedFlag, { params: { id: encounter.id }, body: { flagId: flag.id, decision, note } }));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="stack review-form" onSubmit={(e) => void submit(e)} noValidate>
      <RadioGroup
        legend={`Decision on “${flag.label}”`}
        name={`decision-${flag.id}`}
        inline
        options={RED_FLAG_DECISIONS.map((d) => ({ value: d, label: DECISION_LABELS[d] }))}
        value={decision}
        onChange={setDecision}
      />
      <TextField id={`review-note-${flag.id}`} label="What was decided and why">
        {(aria) => <textarea {...aria} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
      </TextField>
      {error !== null && <ErrorAlert error={error} title="Not recorded:" />}
      <button type="submit">Record decision</button>
    </form>
  );
}

/** Red flags from the intake, each with its action and the physician's decision. */
export function RedFlagsPanel({ encounter, readOnly, onChange }: { encounter: Encounter; readOnly: boolean; onChange: (e: Encounter) => void }) {
  if (encounter.redFlags.length === 0) return null;
  return (
    <section aria-labelledby="red-flags-heading" className="card red-flags">
      <h2 id="red-flags-heading">⚠ Red flags ({encounter.redFlags.length})</h2>
      <ul className="plain-list">
        {encounter.redFlags.map((f) => (
          <li key={f.id} className={`red-flag action-${f.action}`}>
            <h3>{f.label}</h3>
            <p>
              <strong>Action: {RED_FLAG_ACTION_LABELS[f.action]}</strong>
              {f.imaging ? ` — ${f.imaging}` : ''}
            </p>
            <p>{f.message}</p>
            <p className="source">Source: {f.source}</p>
            {f.review ? (
              <p className="review">
                Decision: <strong>{DECISION_LABELS[f.review.decision]}</strong> — {f.review.note} ({formatStamp(f.review.reviewedAt)})
              </p>
            ) : (
              <p className="review">
                <strong>Not reviewed yet.</strong>
              </p>
            )}
            {!readOnly && <ReviewForm encounter={encounter} flag={f} onChange={onChange} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
