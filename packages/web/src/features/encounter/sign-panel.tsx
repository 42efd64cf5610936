import { useState, type FormEvent } from 'react';
import { TOLERANCE, type Encounter, type SignEncounter } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { RadioGroup, TextField } from '../../components/choice-group';
import { ErrorAlert } from '../../components/messages';
import { useSession } from '../../session';
import { fieldError } from './field-errors';
import { SignConfirmDialog } from './sign-confirm-dialog';
import type { NoteFields } from './note-draft';

type Tolerance = (typeof TOLERANCE)[number];
export const TOLERANCE_LABELS: Record<Tolerance, string> = { well: 'Well', fair: 'Fair', poorly: 'Poorly' };

/** Signs the draft: the note is built, coded and locked. */
export function SignPanel({
  encounter,
  onSigned,
  separateEm,
  noteText,
  noteSaved,
}: {
  encounter: Encounter;
  onSigned: (e: Encounter) => void;
  /** A separately identifiable E/M service is claimed (modifier 25); its note is written in the draft. */
  separateEm: boolean;
  noteText: NoteFields;
  /** The free text is saved: signing waits for the last save. */
  noteSaved: boolean;
}) {
  const { user } = useSession();
  const [tolerance, setTolerance] = useState<Tolerance | null>(null);
  const [reassessment, setReassessment] = useState('');
  const [aftercareGiven, setAftercareGiven] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const isAuthor = encounter.authorId === user.id;
  const treated = encounter.treatments.some((t) => t.review?.decision !== 'withdrawn');
  const emMissing = separateEm && !noteText.emNote.trim();
  const emCodeMissing = separateEm && !/^\d{5}$/.test(noteText.emCode.trim());
  const empty = [
    ...(encounter.exam.length ? [] : ['Structural exam (no findings recorded)']),
    ...(treated ? [] : ['Treatment (no OMT documented)']),
    ...(tolerance ? [] : ['Tolerance']),
    ...(reassessment.trim() ? [] : ['Reassessment after treatment']),
    ...(treated && !aftercareGiven ? ['Aftercare instructions (not marked as given)'] : []),
  ];

  const sign = async () => {
    setConfirming(false);
    setBusy(true);
    setError(null);
    try {
      const body: SignEncounter = {
        aftercareGiven: treated && aftercareGiven,
        separateEmDocumented: separateEm,
        ...(tolerance ? { tolerance } : {}),
        ...(reassessment.trim() ? { reassessment: reassessment.trim() } : {}),
      };
      onSigned(await call(API.signEncounter, { params: { id: encounter.id }, body }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setConfirming(true);
  };

  return (
    <section aria-labelledby="sign-heading" className="card sign-panel">
      <h2 id="sign-heading">5. Sign the note</h2>
      <p>
        Signing builds the note from the exam and treatments, codes it, and locks it. Changes after signing
        are addenda.
      </p>
      {user.role === 'resident' && <p>As a resident, your supervising physician will co-sign this note.</p>}
      {!isAuthor && <p className="muted">Only the author ({encounter.authorName}) can sign this note.</p>}
      {encounter.signBlockers.length > 0 && (
        <div className="alert alert-urgent" data-testid="sign-blockers">
          <p>
            <strong>Not ready to sign:</strong>
          </p>
          <ul>
            {encounter.signBlockers.map((b) => (
              <li key={b.code}>{b.message.charAt(0).toUpperCase() + b.message.slice(1)}.</li>
            ))}
          </ul>
        </div>
      )}
      <form onSubmit={submit} className="stack" noValidate>
        <RadioGroup
          legend="How did the patient tolerate the treatment?"
          name="tolerance"
          field="tolerance"
          inline
          options={TOLERANCE.map((t) => ({ value: t, label: TOLERANCE_LABELS[t] }))}
          value={tolerance}
          onChange={setTolerance}
          error={fieldError(error, 'tolerance')}
        />
        <TextField
          id="sign-reassessment"
          field="reassessment"
          label="Reassessment after treatment"
          hint="For example: lumbar restriction improved, tenderness reduced."
          error={fieldError(error, 'reassessment')}
        >
          {(aria) => (
            <textarea
              {...aria}
              rows={3}
              maxLength={2000}
              value={reassessment}
              onChange={(e) => setReassessment(e.target.value)}
            />
          )}
        </TextField>
        {treated && (
          <label className="choice">
            <input
              type="checkbox"
              checked={aftercareGiven}
              onChange={(e) => setAftercareGiven(e.target.checked)}
            />
            Aftercare instructions given to the patient
          </label>
        )}
        <p>
          Separately identifiable E/M (modifier 25): {separateEm ? 'claimed' : 'not claimed'}{' '}
          <a href="#assessment">(change in step 4)</a>
        </p>
        {emMissing && (
          <p className="alert alert-warning" data-testid="em-note-missing">
            Modifier 25 needs the E/M note: write it in step 4, or untick the E/M service there.
          </p>
        )}
        {emCodeMissing && (
          <p className="alert alert-warning" data-testid="em-code-missing">
            Modifier 25 needs the E/M service's 5-digit CPT code: enter it in step 4, or untick the E/M
            service there.
          </p>
        )}
        {!noteSaved && <p className="muted">Waiting for the note to save before signing…</p>}
        {error !== null && <ErrorAlert error={error} title="Not signed:" />}
        <button
          type="submit"
          disabled={
            busy || !isAuthor || encounter.signBlockers.length > 0 || !noteSaved || emMissing || emCodeMissing
          }
        >
          {busy ? 'Signing…' : 'Sign note'}
        </button>
      </form>
      <SignConfirmDialog
        open={confirming}
        empty={empty}
        onConfirm={() => void sign()}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
