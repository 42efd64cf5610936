import { useState, type FormEvent } from 'react';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { usePageTitle } from '../../components/app-shell';
import { ErrorAlert, useFieldMessage, StatusMessage } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';
import { usePublicText } from '../../i18n/use-portal-text';
import { Link } from '../../router';
import { FormField, NewPasswordFields } from '../auth/form-field';
import { PublicShell } from '../auth/public-shell';
import { EMPTY_PERSON, PersonFields, SelectField, type PersonDraft } from './person-fields';

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
  const fieldMessage = useFieldMessage();
  const { lang: pageLang, t } = usePublicText();
  usePageTitle(t('createAnAccount'));
  const [person, setPerson] = useState<PersonDraft>(EMPTY_PERSON);
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  // The language for mail follows the page's until the patient picks one.
  const [chosenLanguage, setLanguage] = useState<'en' | 'es' | null>(null);
  const language = chosenLanguage ?? pageLang;
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [sent, setSent] = useState(false);
  const { error, setError, busy, run } = useSubmit(async () => {
    await call(API.signUp, {
      body: {
        ...person,
        sex: person.sex as 'female',
        email,
        phone: phone.trim() ? phone : null,
        preferredLanguage: language,
        password,
      },
    });
    setSent(true);
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
      <h1>{t('createAnAccount')}</h1>
      {sent ? (
        <>
          <StatusMessage>{t('signupSent')}</StatusMessage>
          <p>
            <Link to="/login">{t('goToLogin')}</Link>
          </p>
        </>
      ) : (
        <form className="card login-card" onSubmit={submit} noValidate>
          <p>{t('signupIntro')}</p>
          <PersonFields idPrefix="signup" draft={person} onChange={setPerson} error={error} />
          <FormField
            id="signup-email"
            label={t('email')}
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={fieldMessage(error, 'email')}
          />
          <FormField
            id="signup-phone"
            label={t('phoneOptional')}
            type="tel"
            autoComplete="tel"
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
            error={fieldMessage(error, 'phone')}
          />
          <SelectField
            id="signup-language"
            label={t('mailLanguage')}
            value={language}
            options={[
              { value: 'en', label: t('languageEnglish') },
              { value: 'es', label: t('languageSpanish') },
            ]}
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
            lang={pageLang}
          />
          {error && !fieldNamed ? <ErrorAlert error={error} title={t('accountNotCreated')} /> : null}
          {fieldNamed ? <ErrorAlert error={t('correctMarkedField')} title={t('problem')} /> : null}
          <button type="submit" disabled={busy}>
            {busy ? t('creating') : t('createAccount')}
          </button>
        </form>
      )}
      <p>
        {t('haveAccount')} <Link to="/login">{t('logIn')}</Link>
      </p>
    </PublicShell>
  );
}
