import { useState } from 'react';
import type { SmartAppView } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { TextField } from '../../components/choice-group';
import { ErrorAlert, LoadState, StatusMessage, useFieldMessage } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';
import { ConfirmDialog } from './confirm-dialog';

function RegisterForm({ onRegistered }: { onRegistered: (app: SmartAppView) => void }) {
  const [name, setName] = useState('');
  const [uris, setUris] = useState('');
  const fieldMessage = useFieldMessage();
  const { error, busy, submit } = useSubmit(async () => {
    const redirectUris = uris
      .split(/\s+/)
      .map((u) => u.trim())
      .filter(Boolean);
    onRegistered(await call(API.registerSmartApp, { body: { name, redirectUris } }));
    setName('');
    setUris('');
  });
  const uriError = fieldMessage(error, 'redirectUris') ?? fieldMessage(error, 'redirectUris.0');
  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="register-app-heading">
      <h2 id="register-app-heading">Register an app</h2>
      <TextField id="app-name" field="name" label="App name" error={fieldMessage(error, 'name')}>
        {(aria) => <input {...aria} value={name} onChange={(e) => setName(e.target.value)} required />}
      </TextField>
      <TextField
        id="app-redirects"
        field="redirectUris"
        label="Redirect URIs"
        hint="One per line, exactly as the app sends them: https, or http only for localhost."
        error={uriError}
      >
        {(aria) => (
          <textarea {...aria} rows={3} value={uris} onChange={(e) => setUris(e.target.value)} required />
        )}
      </TextField>
      <ErrorAlert
        error={uriError || fieldMessage(error, 'name') ? null : error}
        title="The app was not registered:"
      />
      <button type="submit" disabled={busy}>
        {busy ? 'Registering…' : 'Register app'}
      </button>
    </form>
  );
}

/**
 * Third-party apps patients may connect with SMART App Launch: public clients (PKCE), sent back only to the exact
 * redirect URIs registered here. Removing an app stops every patient's access through it.
 */
export function SmartAppsPage() {
  usePageTitle('Third-party apps');
  const apps = useApiQuery(API.listSmartApps);
  const [status, setStatus] = useState<string | null>(null);
  const [removing, setRemoving] = useState<SmartAppView | null>(null);
  const remove = useSubmit(async () => {
    if (!removing) return;
    await call(API.removeSmartApp, { params: { clientId: removing.clientId } });
    setStatus(`${removing.name} was removed; its access to patients' records has stopped.`);
    setRemoving(null);
    apps.reload();
  });
  return (
    <>
      <h1>Third-party apps</h1>
      <p className="muted">
        Apps outside the clinic that patients may allow to read their record through the FHIR API. Each
        patient chooses on a consent page and can disconnect the app under My record.
      </p>
      <LoadState loading={apps.loading} error={apps.error} what="the registered apps" />
      {status ? <StatusMessage>{status}</StatusMessage> : null}
      <ErrorAlert error={remove.error} title="The app was not removed:" />
      {apps.data ? (
        apps.data.apps.length ? (
          <div className="table-wrap">
            <table>
              <caption>Registered apps</caption>
              <thead>
                <tr>
                  <th scope="col">App</th>
                  <th scope="col">Client id</th>
                  <th scope="col">Redirect URIs</th>
                  <th scope="col">Action</th>
                </tr>
              </thead>
              <tbody>
                {apps.data.apps.map((app) => (
                  <tr key={app.clientId}>
                    <th scope="row">{app.name}</th>
                    <td className="mono">{app.clientId}</td>
                    <td className="mono">{app.redirectUris.join(' ')}</td>
                    <td>
                      <button type="button" className="button-secondary" onClick={() => setRemoving(app)}>
                        Remove {app.name}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>No apps are registered.</p>
        )
      ) : null}
      <RegisterForm
        onRegistered={(app) => {
          setStatus(`${app.name} is registered with client id ${app.clientId}.`);
          apps.reload();
        }}
      />
      <ConfirmDialog
        id="remove-app"
        heading={removing ? `Remove ${removing.name}?` : null}
        text="Every patient who connected it loses the connection at once, and it can no longer ask for access."
        confirmLabel="Remove app"
        cancelLabel="Keep app"
        onConfirm={() => void remove.run()}
        onCancel={() => setRemoving(null)}
      />
    </>
  );
}
