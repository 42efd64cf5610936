import { useState, type FormEvent } from 'react';
import type { TotpSetupResponse } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/use-api';
import { ErrorAlert, useFieldMessage, LoadState, StatusMessage } from '../../components/messages';
import { Link } from '../../router';
import { homeFor, useSession } from '../../session';
import { FormField } from '../auth/form-field';
import { RecoveryCodes } from './recovery-codes';
import { useSubmit } from '../../components/use-submit';

/** Staff: turn two-factor (an authenticator app's 6-digit codes) on or off, and see the recovery codes once. */
export function TwoFactorSection() {
  const { user } = useSession();
  const status = useApiQuery(API.totpStatus);
  const [setup, setSetup] = useState<TotpSetupResponse | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const { error, busy, run: start } = useSubmit(async () => setSetup(await call(API.totpSetup)));

  return (
    <section aria-labelledby="two-factor-heading" className="card">
      <h2 id="two-factor-heading">Two-factor authentication</h2>
      <LoadState loading={status.loading} error={status.error} what="your two-factor settings" />
      {recoveryCodes ? (
        <>
          <RecoveryCodes codes={recoveryCodes} />
          <p>
            <Link to={homeFor(user.role)}>Continue to the clinic</Link>
          </p>
        </>
      ) : status.data?.enabled ? (
        <>
          <p>
            Two-factor is on: after your password, the login asks for the code your authenticator app shows.{' '}
            {status.data.recoveryCodesLeft} unused recovery codes are left.
          </p>
          <DisableForm onDisabled={status.reload} />
        </>
      ) : status.data ? (
        <>
          {status.data.required ? (
            <div className="alert" role="alert">
              The clinic requires two-factor authentication for your role. Turn it on to continue.
            </div>
          ) : (
            <p>Add a second step to your login: a 6-digit code from an authenticator app on your phone.</p>
          )}
          {setup ? (
            <EnableForm
              setup={setup}
              onEnabled={(codes) => {
                setRecoveryCodes(codes);
                setSetup(null);
                status.reload();
              }}
            />
          ) : (
            <button type="button" onClick={() => void start()} disabled={busy}>
              {busy ? 'Preparing…' : 'Set up two-factor'}
            </button>
          )}
          {error ? <ErrorAlert error={error} title="Could not set up two-factor:" /> : null}
        </>
      ) : null}
    </section>
  );
}

/** The QR code and the key of the pending secret, and the code that turns it on. */
function EnableForm({
  setup,
  onEnabled,
}: {
  setup: TotpSetupResponse;
  onEnabled: (codes: string[]) => void;
}) {
  const fieldMessage = useFieldMessage();
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onEnabled((await call(API.totpEnable, { body: { code } })).recoveryCodes);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const codeError = fieldMessage(error, 'code');
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Turn on two-factor">
      <ol>
        <li>
          <p>Scan this QR code with your authenticator app.</p>
          <img
            src={setup.qrCode}
            width={200}
            height={200}
            alt="QR code that adds OMT Clinic to your authenticator app"
          />
          <p>
            Cannot scan it? Enter this key in the app instead:{' '}
            <code data-testid="totp-secret" className="totp-secret">
              {setup.secret}
            </code>
          </p>
        </li>
        <li>
          <FormField
            id="totp-enable-code"
            label="6-digit code from the app"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]*"
            maxLength={6}
            required
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={codeError}
          />
        </li>
      </ol>
      {error && !codeError ? <ErrorAlert error={error} title="Could not turn two-factor on:" /> : null}
      <button type="submit" disabled={busy}>
        {busy ? 'Checking…' : 'Turn on two-factor'}
      </button>
    </form>
  );
}

/** Turning two-factor off needs the password and a current code. */
function DisableForm({ onDisabled }: { onDisabled: () => void }) {
  const fieldMessage = useFieldMessage();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [done, setDone] = useState(false);
  const { error, busy, submit } = useSubmit(async () => {
    await call(API.totpDisable, { body: { password, code } });
    setDone(true);
    onDisabled();
  });

  const passwordError = fieldMessage(error, 'password');
  const codeError = fieldMessage(error, 'code');
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="totp-disable-heading">
      <h3 id="totp-disable-heading">Turn two-factor off</h3>
      <FormField
        id="totp-disable-password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={passwordError}
      />
      <FormField
        id="totp-disable-code"
        label="6-digit code from the app"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]*"
        maxLength={6}
        required
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={codeError}
      />
      {error && !passwordError && !codeError ? (
        <ErrorAlert error={error} title="Could not turn two-factor off:" />
      ) : null}
      {done ? <StatusMessage>Two-factor is off.</StatusMessage> : null}
      <button type="submit" className="button-secondary" disabled={busy}>
        {busy ? 'Turning off…' : 'Turn two-factor off'}
      </button>
    </form>
  );
}
