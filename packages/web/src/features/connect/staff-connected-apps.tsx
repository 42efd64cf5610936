import type { ConnectedApp } from '@omt/contracts';
import { ErrorAlert, LoadState, StatusMessage } from '../../components/messages';
import { ROLE_LABELS } from '../../session';
import { formatMediumDate } from '../../time';
import { staffTypeWords } from './staff-connect-words';
import { useConnectedApps, useRevokeApp } from './use-connected-apps';

function AppItem({ app, onRevoked }: { app: ConnectedApp; onRevoked: (name: string) => void }) {
  const revoke = useRevokeApp(app, onRevoked);
  const changes = staffTypeWords(app.access.change);
  const role = app.staffRole ? ROLE_LABELS[app.staffRole] : '';
  return (
    <li className="card">
      <h3>{app.appName}</h3>
      <p>
        Acts as you ({role}), connected {formatMediumDate(app.connectedAt, 'en-US')}.
      </p>
      <p>May read: {staffTypeWords(app.access.read).join('; ')}.</p>
      {changes.length ? <p>May change: {changes.join('; ')}.</p> : null}
      <ErrorAlert error={revoke.error} title="The app was not disconnected:" />
      <button type="button" onClick={() => void revoke.run()} disabled={revoke.busy}>
        {revoke.busy ? 'Disconnecting…' : `Disconnect ${app.appName}`}
      </button>
    </li>
  );
}

/** A staff login's "Connected apps": the third-party apps allowed to act as them, each with a way to disconnect it. */
export function StaffConnectedApps() {
  const { apps, revoked, onRevoked } = useConnectedApps();
  return (
    <section id="connected-apps" aria-labelledby="connected-apps-heading">
      <h2 id="connected-apps-heading">Connected apps</h2>
      <p className="muted">
        Apps you allowed to use the clinic&apos;s records as you. Disconnecting one stops its access at once.
      </p>
      <LoadState loading={apps.loading} error={apps.error} what="your connected apps" />
      {revoked ? <StatusMessage>{revoked} is disconnected.</StatusMessage> : null}
      {apps.data && apps.data.apps.length === 0 ? <p>No apps are connected.</p> : null}
      {apps.data?.apps.length ? (
        <ul className="card-list">
          {apps.data.apps.map((app) => (
            <AppItem key={app.id} app={app} onRevoked={onRevoked} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
