import { useState } from 'react';
import type { Patient } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { ErrorAlert, useFieldMessage } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';
import { Link } from '../../router';
import { FormField } from '../auth/form-field';

/**
 * A record made online that may be someone registered already: the desk checks the matches (nothing was merged) and
 * marks it reviewed, saying what it found (audited).
 */
export function DuplicateReviewNote(props: {
  patient: Patient & { duplicateReview: NonNullable<Patient['duplicateReview']> };
  mayResolve: boolean;
  onResolved: (patient: Patient) => void;
}) {
  const fieldMessage = useFieldMessage();
  const { patient, mayResolve, onResolved } = props;
  const review = patient.duplicateReview;
  const [note, setNote] = useState('');
  const { error, busy, submit } = useSubmit(async () => {
    onResolved(await call(API.resolveDuplicateReview, { params: { id: patient.id }, body: { note } }));
  });
  const noteError = fieldMessage(error, 'note');
  return (
    <section className="alert alert-warning" aria-labelledby="duplicate-review-heading">
      <h2 id="duplicate-review-heading">Possible duplicate to review</h2>
      <p>
        This record was made online on {review.flaggedAt.slice(0, 10)} and matches {review.matchIds.length}{' '}
        record
        {review.matchIds.length === 1 ? '' : 's'} already registered (same name and date of birth, email or
        phone). Nothing was merged: check whether it is the same person.
      </p>
      <ul>
        {review.matchIds.map((id, i) => (
          <li key={id}>
            <Link to={`/patients/${id}`}>Matching record {i + 1}</Link>
          </li>
        ))}
      </ul>
      {mayResolve && (
        <form onSubmit={(e) => void submit(e)} noValidate aria-label="Mark the duplicate review done">
          <FormField
            id="duplicate-review-note"
            label="What you found"
            hint="For example: called the patient, a different person born the same day."
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={noteError}
          />
          {error && !noteError ? <ErrorAlert error={error} title="Not saved:" /> : null}
          <button type="submit" className="button-secondary" disabled={busy}>
            {busy ? 'Saving…' : 'Mark as reviewed'}
          </button>
        </form>
      )}
    </section>
  );
}
