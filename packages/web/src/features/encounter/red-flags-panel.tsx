import { useState, type FormEvent } from 'react';
import { API, type Encounter, type ReviewedRedFlag } from '@omt/contracts';
import { RED_FLAG_DECISIONS, type RedFlagDecision } from '@omt/domain';
import { call } from '../../api/client';
import { RadioGroup, TextField } from '../../components/choice-group';
import { ErrorAlert, StatusMessage } from '../../components/messages';
import { RED_FLAG_ACTION_LABELS } from '../../labels';
import { formatStamp } from '../../time';
import { fieldError } from './field-errors';
import { DECISION_LABELS } from './red-flag-decisions';
import type { EncounterPanelProps } from './panel-props';

function ReviewForm({
  encounter,
  flag,
  onChange,
}: {
  encounter: Encounter;
  flag: ReviewedRedFlag;
  onChange: (e: Encounter) => void;
}) {
  const [decision, setDecision] = useState<RedFlagDecision | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!decision) return setError('Choose a decision.');
    setError(null);
    setBusy(true);
    try {
      onChange(
        await call(API.reviewRedFlag, {
          params: { id: encounter.id },
          body: { flagId: flag.id, decision, note },
        }),
      );
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
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
      <TextField
        id={`review-note-${flag.id}`}
        field="note"
        label="What was decided and why"
        error={fieldError(error, 'note')}
      >
        {(aria) => <textarea {...aria} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
      </TextField>
      {error !== null && <ErrorAlert error={error} title="Not recorded:" />}
      <button type="submit" disabled={busy}>
        Record decision<span className="visually-hidden"> on “{flag.label}”</span>
      </button>
    </form>
  );
}

function FlagItem({
  encounter,
  flag,
  readOnly,
  onChange,
}: {
  encounter: Encounter;
  flag: ReviewedRedFlag;
  readOnly: boolean;
  onChange: (e: Encounter) => void;
}) {
  const [changing, setChanging] = useState(false);
  const cleared = flag.review?.decision === 'cleared_for_omt';
  return (
    <li className={`red-flag action-${flag.action}`} data-testid="red-flag">
      <h3>{flag.label}</h3>
      <p>
        <strong>Action: {RED_FLAG_ACTION_LABELS[flag.action]}</strong>
        {flag.imaging ? ` — ${flag.imaging}` : ''}
      </p>
      <p>{flag.message}</p>
      <p className="source">Source: {flag.source}</p>
      {flag.review ? (
        <p className={`review ${cleared ? 'review-cleared' : 'review-holding'}`}>
          {cleared ? '✓ ' : '⚠ '}Decision: <strong>{DECISION_LABELS[flag.review.decision]}</strong>
          {cleared ? '' : ' (OMT stays on hold)'} — {flag.review.note} ({formatStamp(flag.review.reviewedAt)})
        </p>
      ) : (
        <p className="review review-holding">
          <strong>⚠ Not reviewed yet.</strong>
        </p>
      )}
      {!readOnly && (!flag.review || changing) && (
        <ReviewForm
          encounter={encounter}
          flag={flag}
          onChange={(next) => {
            setChanging(false);
            onChange(next);
          }}
        />
      )}
      {!readOnly && flag.review && !changing && (
        <button type="button" className="button-secondary" onClick={() => setChanging(true)}>
          Change decision<span className="visually-hidden"> on “{flag.label}”</span>
        </button>
      )}
    </li>
  );
}

/** Red flags from the intake, each with its action and the physician's decision. */
export function RedFlagsPanel({ encounter, readOnly, onChange }: EncounterPanelProps) {
  if (encounter.redFlags.length === 0) return null;
  const open = encounter.redFlags.filter((f) => f.review?.decision !== 'cleared_for_omt').length;
  return (
    <section aria-labelledby="red-flags-heading" className="card red-flags">
      <h2 id="red-flags-heading" tabIndex={-1}>
        ⚠ Red flags ({encounter.redFlags.length})
      </h2>
      {open === 0 ? (
        <StatusMessage>Every red flag is cleared for OMT.</StatusMessage>
      ) : (
        <p>
          {open} of {encounter.redFlags.length} not cleared for OMT. Only a physician records these decisions.
        </p>
      )}
      <ul className="plain-list">
        {encounter.redFlags.map((f) => (
          <FlagItem key={f.id} encounter={encounter} flag={f} readOnly={readOnly} onChange={onChange} />
        ))}
      </ul>
    </section>
  );
}
