import { useState, type FormEvent } from 'react';
import { API, type Encounter } from '@omt/contracts';
import { TREATMENT_REVIEW_DECISIONS, type TreatmentReviewDecision } from '@omt/domain';
import { call } from '../../api/client';
import { RadioGroup, TextField } from '../../components/choice-group';
import { ErrorAlert } from '../../components/messages';
import { REGION_LABELS, TECHNIQUE_LABELS } from '../../labels';
import { formatStamp } from '../../time';
import { fieldError } from './field-errors';
import type { EncounterPanelProps } from './panel-props';

type Treatment = Encounter['treatments'][number];

const LABELS: Record<TreatmentReviewDecision, string> = {
  confirmed: 'Treatment stands (confirm)',
  withdrawn: 'Withdraw from the note',
};

function nameOf(t: Treatment): string {
  return `${TECHNIQUE_LABELS[t.technique]} to ${REGION_LABELS[t.region]}`;
}

function DecisionForm({
  encounter,
  treatment,
  onChange,
}: {
  encounter: Encounter;
  treatment: Treatment;
  onChange: (e: Encounter) => void;
}) {
  const [decision, setDecision] = useState<TreatmentReviewDecision | null>(null);
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
        await call(API.reviewTreatment, {
          params: { id: encounter.id, treatmentId: treatment.id },
          body: { decision, note },
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
        legend={`Decision on ${nameOf(treatment)}`}
        name={`treatment-decision-${treatment.id}`}
        inline
        options={TREATMENT_REVIEW_DECISIONS.map((d) => ({ value: d, label: LABELS[d] }))}
        value={decision}
        onChange={setDecision}
      />
      <TextField
        id={`treatment-review-note-${treatment.id}`}
        field="note"
        label="What was decided and why"
        error={fieldError(error, 'note')}
      >
        {(aria) => <textarea {...aria} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
      </TextField>
      {error !== null && <ErrorAlert error={error} title="Not recorded:" />}
      <button type="submit" disabled={busy}>
        Record decision<span className="visually-hidden"> on {nameOf(treatment)}</span>
      </button>
    </form>
  );
}

/**
 * Treatments recorded before a later red flag, or documented while OMT is now on hold: each waits for the
 * physician to confirm or withdraw it, and the note cannot be signed until then.
 */
export function TreatmentReviews({ encounter, readOnly, onChange }: EncounterPanelProps) {
  const held = encounter.signBlockers.some((b) => b.code === 'omt_on_hold');
  const needsDecision = (t: (typeof encounter.treatments)[number]) =>
    t.flagsAfter.length > 0 || (held && !t.review);
  const affected = encounter.treatments.filter((t) => needsDecision(t) || t.review);
  if (affected.length === 0) return null;
  return (
    <section aria-labelledby="treatment-reviews-heading" className="card treatment-review">
      <h2 id="treatment-reviews-heading">Treatments under review after a red flag</h2>
      <ul className="plain-list">
        {affected.map((t) => (
          <li key={t.id} data-testid="treatment-under-review">
            <h3>{nameOf(t)}</h3>
            {t.flagsAfter.length > 0 ? (
              <p className="review review-holding">
                <strong>⚠ Under review:</strong> raised after this treatment was recorded:{' '}
                {t.flagsAfter.map((f) => f.label).join(', ')}.
              </p>
            ) : held && !t.review ? (
              <p className="review review-holding">
                <strong>⚠ Under review:</strong> OMT is now on hold for this visit; confirm this treatment was
                given before the hold, or withdraw it.
              </p>
            ) : null}
            {t.review && (
              <p className="review">
                Decision: <strong>{LABELS[t.review.decision]}</strong> — {t.review.note} (
                {formatStamp(t.review.reviewedAt)})
              </p>
            )}
            {!readOnly && needsDecision(t) && (
              <DecisionForm encounter={encounter} treatment={t} onChange={onChange} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
