import { useState, type FormEvent } from 'react';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { ErrorAlert, useFieldMessage, StatusMessage } from '../../components/messages';
import { FormField, NewPasswordFields } from '../auth/form-field';
import { useSubmit } from '../../components/use-submit';
import { usePortalText } from '../../i18n/use-portal-text';

/** Current password, new password twice; on success the other sessions have ended (`onChanged`). */
export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const fieldMessage = useFieldMessage();
  const { t, lang } = usePortalText();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [saved, setSaved] = useState(false);
  const { error, setError, busy, run } = useSubmit(async () => {
    await call(API.changePassword, { body: { currentPassword: current, newPassword: next } });
    setCurrent('');
    setNext('');
    setConfirm('');
    setSaved(true);
    onChanged();
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSaved(false);
    setMismatch(next !== confirm);
    if (next === confirm) void run();
  };

  const currentError = fieldMessage(error, 'currentPassword');
  const nextError = fieldMessage(error, 'newPassword');
  return (
    <form className="card login-card" onSubmit={submit} noValidate aria-labelledby="change-password-heading">
      <h2 id="change-password-heading">{t('changePassword')}</h2>
      <FormField
        id="current-password"
        label={t('currentPassword')}
        type="password"
        autoComplete="current-password"
        required
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
        error={currentError}
      />
      <NewPasswordFields
        idPrefix="new"
        password={next}
        confirm={confirm}
        onPassword={setNext}
        onConfirm={setConfirm}
        error={nextError}
        mismatch={mismatch}
        lang={lang}
      />
      {error && !currentError && !nextError ? (
        <ErrorAlert error={error} title={t('passwordNotChanged')} />
      ) : null}
      {saved ? <StatusMessage>{t('passwordChanged')}</StatusMessage> : null}
      <button type="submit" disabled={busy}>
        {busy ? t('savingShort') : t('changePassword')}
      </button>
    </form>
  );
}
