import type { ConnectedApp } from '@omt/contracts';
import { ErrorAlert } from '../../components/messages';
import { ROLE_LABELS } from '../../session';
import { formatMediumDate } from '../../time';
import { staffTypeWords } from './staff-connect-words';
import { ConnectedAppsSection, type ConnectedAppsWords } from './connected-apps-section';
import { useRevokeApp } from './use-connected-apps';

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

const WORDS: ConnectedAppsWords = {
  heading: 'Connected apps',
  intro: "Apps you allowed to use the clinic's records as you. Disconnecting one stops its access at once.",
  what: 'your connected apps',
  none: 'No apps are connected.',
  disconnected: (app) => `${app} is disconnected.`,
};

/** A staff login's "Connected apps": the third-party apps allowed to act as them, each with a way to disconnect it. */
export function StaffConnectedApps() {
  return <ConnectedAppsSection words={WORDS} Item={AppItem} />;
}
