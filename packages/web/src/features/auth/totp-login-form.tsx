import { useState, type FormEvent } from 'react';
import type { LoginSession } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { ErrorAlert, useFieldMessage } from '../../components/messages';
import { FormField } from './form-field';

/** The second step of a login with two-factor on: the app's 6-digit code, or one of the recovery codes. */
export function TotpLoginForm({
  pendingToken,
  onLoggedIn,
  onRestart,
}: {
  pendingToken: string;
  onLoggedIn: (session: LoginSession) => void;
  onRestart: () => void;
}) {
  const fieldMessage = useFieldMessage();
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = useRecovery ? { pendingToken, recoveryCode } : { pendingToken, code };
      onLoggedIn(await call(API.loginTotp, { body }));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const codeError = fieldMessage(error, 'code');
  const recoveryError = fieldMessage(error, 'recoveryCode');
  const expired = fieldMessage(error, 'pendingToken');
  return (
    <form
      className="card login-card"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="totp-heading"
    >
      <h2 id="totp-heading">Two-factor authentication</h2>
      {useRecovery ? (
        <FormField
          key="recovery"
          id="login-recovery-code"
          label="Recovery code"
          hint="One of the recovery codes you saved when you turned two-factor on. Each works once."
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          value={recoveryCode}
          onChange={(e) => setRecoveryCode(e.target.value)}
          error={recoveryError}
        />
      ) : (
        <FormField
          key="code"
          id="login-totp-code"
          label="6-digit code"
          hint="The code your authenticator app shows for OMT Clinic now."
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]*"
          maxLength={6}
          required
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={codeError}
        />
      )}
      {error && !codeError && !recoveryError ? <ErrorAlert error={error} title="Could not log in:" /> : null}
      <button type="submit" disabled={busy}>
        {busy ? 'Checking…' : 'Verify and log in'}
      </button>
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          setUseRecovery((v) => !v);
          setError(null);
        }}
      >
        {useRecovery ? 'Use the code from the app instead' : 'Use a recovery code instead'}
      </button>
      {expired ? (
        <button type="button" className="button-secondary" onClick={onRestart}>
          Start again with your password
        </button>
      ) : null}
    </form>
  );
}
