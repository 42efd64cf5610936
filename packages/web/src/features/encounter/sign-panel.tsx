import { useState, type FormEvent } from 'react';
import { API, type Encounter } from '@omt/contracts';
import { ApiError, call } from '../../api/client';
import { TextField } from '../../components/choice-group';
import { ErrorAlert } from '../../components/messages';
import { useSession } from '../../session';

/** Signs the draft: the note is built, coded and locked. */
export function SignPanel({ encounter, onSigned }: { encounter: Encounter; onSigned: (e: Encounter) => void }) {
  const { user } = useSession();
  const [separateEm, setSeparateEm] = useState(false);
  const [emNote, setEmNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const isAuthor = encounter.authorId === user.id;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = { separateEmDocumented: separateEm, ...(separateEm ? { emNote } : {}) };
      onSigned(await call(API.signEncounter, { params: { id: encounter.id }, body }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const emError = error instanceof ApiError && error.field === 'emNote' ? error.message : undefined;

  return (
    <section aria-labelledby="sign-heading" className="card sign-panel">
      <h2 id="sign-heading">Sign the note</h2>
      <p>Signing builds the note from the exam and treatments, codes it, and locks it. Changes after signing are addenda.</p>
      {user.role === 'resident' && <p>As a resident, your supervising physician will co-sign this note.</p>}
      {!isAuthor && <p className="muted">Only the author ({encounter.authorName}) can sign this note.</p>}
      <form onSubmit={(e) => void submit(e)} className="stack" noValidate>
        <label className="choice">
          <input type="checkbox" checked={separateEm} onChange={(e) => setSeparateEm(e.target.checked)} />
          Separately identifiable E/M documented
        </label>
        {separateEm && (
          <TextField id="em-note" field="emNote" label="E/M note" hint="Describe the separately identifiable evaluation and management service." error={emError}>
            {(aria) => <textarea {...aria} rows={4} value={emNote} onChange={(e) => setEmNote(e.target.value)} />}
          </TextField>
        )}
        {error !== null && <ErrorAlert error={error} title="Not signed:" />}
        <button type="submit" disabled={busy}>
          {busy ? 'Signing…' : 'Sign note'}
        </button>
      </form>
    </section>
  );
}
