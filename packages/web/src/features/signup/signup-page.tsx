import { useState, type FormEvent } from 'react';
import { API } from '@omt/contracts';
import { call } from '../../api/client';
import { usePageTitle } from '../../components/app-shell';
import { ErrorAlert, fieldMessage, StatusMessage } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';
import { Link } from '../../router';
import { FormField, NewPasswordFields } from '../auth/form-field';
import { PublicShell } from '../auth/public-shell';
import { EMPTY_PERSON, PersonFields, SelectField, type PersonDraft } from './person-fields';

const LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'es', label: 'Español (Spanish)' },
] as const;

const NAMED_FIELDS = [
  'givenName',
  'familyName',
  'birthDate',
  'sex',
  'email',
  'phone',
  'preferredLanguage',
  'password',
];

/** A new patient creates an account; the mailed link confirms the email before any booking. */
export function SignupPage() {
  usePageTitle('Create an account');
  const [person, setPerson] = useState<PersonDraft>(EMPTY_PERSON);
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [language, setLanguage] = useState<'en' | 'es'>('en');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const { error, setError, busy, run } = useSubmit(async () => {
    const answer = await call(API.signUp, {
      body: {
        ...person,
        sex: person.sex as 'female',
        email,
        phone: phone.trim() ? phone : null,
        preferredLanguage: language,
        password,
      },
    });
    setSent(answer.message);
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setMismatch(password !== confirm);
    if (password === confirm) void run();
  };
  const fieldNamed = NAMED_FIELDS.some((f) => fieldMessage(error, f));

  return (
    <PublicShell>
      <h1>Create an account</h1>
      {sent ? (
        <>
          <StatusMessage>{sent}</StatusMessage>
          <p>
            <Link to="/login">Go to log in</Link>
          </p>
        </>
      ) : (
        <form className="card login-card" onSubmit={submit} noValidate>
          <p>
            For new patients of the clinic. You book visits once you have confirmed your email. To book for a
            child, create your own account first, then add the child.
          </p>
          <PersonFields idPrefix="signup" draft={person} onChange={setPerson} error={error} />
          <FormField
            id="signup-email"
            label="Email"
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={fieldMessage(error, 'email')}
          />
          <FormField
            id="signup-phone"
            label="Phone (optional)"
            type="tel"
            autoComplete="tel"
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
            error={fieldMessage(error, 'phone')}
          />
          <SelectField
            id="signup-language"
            label="Language for mail and messages"
            value={language}
            options={LANGUAGES}
            onChange={setLanguage}
            error={fieldMessage(error, 'preferredLanguage')}
          />
          <NewPasswordFields
            idPrefix="signup"
            password={password}
            confirm={confirm}
            onPassword={setPassword}
            onConfirm={setConfirm}
            error={fieldMessage(error, 'password')}
            mismatch={mismatch}
          />
          {error && !fieldNamed ? <ErrorAlert error={error} title="Could not create the account:" /> : null}
          {fieldNamed ? <ErrorAlert error="Correct the marked field and send the form again." /> : null}
          <button type="submit" disabled={busy}>
            {busy ? 'Creating…' : 'Create account'}
          </button>
        </form>
      )}
      <p>
        Already have an account? <Link to="/login">Log in</Link>
      </p>
    </PublicShell>
  );
}
