import { useState, type FormEvent } from 'react';
import { PossibleDuplicates, type PossibleDuplicate } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { ApiError, call } from '../../api/client';
import { usePageTitle } from '../../components/app-shell';
import { ErrorAlert, FieldError } from '../../components/messages';
import { Link, navigate } from '../../router';
import { formProblem, RegistrationFields } from './registration-fields';
import { EMPTY_REGISTRATION, registrationBody, type RegistrationDraft } from './registration-form-state';

const MATCHED_ON: Record<PossibleDuplicate['matchedOn'][number], string> = {
  name_and_birth_date: 'same name and date of birth',
  email: 'same email',
  phone: 'same phone',
};

/** The matches of a 409 possible_duplicate, or null for any other answer. */
function duplicatesOf(error: unknown): PossibleDuplicate[] | null {
  if (!(error instanceof ApiError) || error.code !== 'possible_duplicate') return null;
  const parsed = PossibleDuplicates.safeParse(error.details);
  return parsed.success ? parsed.data.matches : null;
}

function DuplicateWarning({
  matches,
  reason,
  onReason,
  error,
}: {
  matches: PossibleDuplicate[];
  reason: string;
  onReason: (reason: string) => void;
  error: unknown;
}) {
  const message =
    error instanceof ApiError && error.field === 'duplicateReason' && error.code !== 'possible_duplicate'
      ? error.message.replace(/^duplicateReason: /, '')
      : undefined;
  return (
    <section className="card" aria-labelledby="duplicates-heading">
      <h2 id="duplicates-heading">This may be a patient already registered</h2>
      <ul className="result-list">
        {matches.map((m) => (
          <li key={m.id}>
            <Link to={`/patients/${m.id}`}>{m.name}</Link>, born {m.birthDate}
            {m.phone ? ` · phone ${m.phone}` : ''}
            {m.email ? ` · email ${m.email}` : ''} ({m.matchedOn.map((k) => MATCHED_ON[k]).join(', ')})
          </li>
        ))}
      </ul>
      <div className="field">
        <label htmlFor="patient-duplicateReason">Why this is a different person</label>
        <textarea
          id="patient-duplicateReason"
          rows={2}
          value={reason}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? 'patient-duplicateReason-error' : undefined}
          onChange={(e) => onReason(e.target.value)}
        />
        <FieldError id="patient-duplicateReason-error" message={message} />
      </div>
    </section>
  );
}

/** The desk registers a walk-in or a caller: every registration field, a duplicate warning before saving. */
export function RegisterPatientPage() {
  usePageTitle('Register a patient');
  const [draft, setDraft] = useState<RegistrationDraft>(EMPTY_REGISTRATION);
  const [error, setError] = useState<unknown>(null);
  const [matches, setMatches] = useState<PossibleDuplicate[] | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const patient = await call(API.registerPatient, {
        body: { ...registrationBody(draft), ...(matches ? { duplicateReason: reason } : {}) },
      });
      navigate(`/patients/${patient.id}`);
    } catch (err) {
      const found = duplicatesOf(err);
      if (found) setMatches(found);
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>Register a patient</h1>
      <form className="card" noValidate onSubmit={(e) => void submit(e)}>
        <ErrorAlert
          error={formProblem(error)}
          title={duplicatesOf(error) ? 'Check for a duplicate:' : 'Not registered:'}
        />
        <RegistrationFields
          draft={draft}
          onChange={(d) => {
            setDraft(d);
            setMatches(null);
          }}
          error={error}
        />
        {matches && <DuplicateWarning matches={matches} reason={reason} onReason={setReason} error={error} />}
        <button type="submit" disabled={busy}>
          {matches ? 'Register anyway' : 'Register patient'}
        </button>
      </form>
    </>
  );
}
