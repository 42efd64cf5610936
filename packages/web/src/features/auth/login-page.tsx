import { useState, type FormEvent } from 'react';
import { API, type User } from '@omt/contracts';
import { call } from '../../api/client';
import { usePageTitle } from '../../components/app-shell';
import { ErrorAlert } from '../../components/messages';
import { Link } from '../../router';
import { PublicShell } from './public-shell';

/** Email + password; on success the app moves to the role's home page. */
export function LoginPage({ onLoggedIn }: { onLoggedIn: (user: User) => void }) {
  usePageTitle('Log in');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { user } = await call(API.login, { body: { email, password } });
      onLoggedIn(user);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <PublicShell>
      <h1>Log in to OMT Clinic</h1>
      <form className="card login-card" onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor="login-email">Email</label>
          <input
            id="login-email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="login-password">Password</label>
          <input
            id="login-password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        {error ? <ErrorAlert error={error} title="Could not log in:" /> : null}
        <button type="submit" disabled={busy}>
          {busy ? 'Logging in…' : 'Log in'}
        </button>
      </form>
      <p>
        <Link to="/forgot-password">Forgot password?</Link>
      </p>
    </PublicShell>
  );
}
