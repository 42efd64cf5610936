import type { ConnectedApp } from '@omt/contracts';
import { ErrorAlert, LoadState, StatusMessage } from '../../../components/messages';
import { formatMediumDate } from '../../../time';
import { useConnectedApps, useRevokeApp } from '../../connect/use-connected-apps';
import { useConnectText } from './connect-text';

function AppItem({ app, onRevoked }: { app: ConnectedApp; onRevoked: (name: string) => void }) {
  const { t, typeWords, locale } = useConnectText();
  const revoke = useRevokeApp(app, onRevoked);
  const changes = typeWords(app.access.change);
  return (
    <li className="card">
      <h3>{app.appName}</h3>
      <p>
        {t('connectedFor', { name: app.patientName ?? '', date: formatMediumDate(app.connectedAt, locale) })}
      </p>
      <p>{t('connectedReads', { list: typeWords(app.access.read).join('; ') })}</p>
      {changes.length ? <p>{t('connectedChanges', { list: changes.join('; ') })}</p> : null}
      <ErrorAlert error={revoke.error} title={t('notDisconnected')} />
      <button type="button" onClick={() => void revoke.run()} disabled={revoke.busy}>
        {revoke.busy ? t('disconnecting') : t('disconnect', { app: app.appName })}
      </button>
    </li>
  );
}

/** "Connected apps": the third-party apps this login allowed, each with a way to disconnect it. */
export function ConnectedApps() {
  const { t } = useConnectText();
  const { apps, revoked, onRevoked } = useConnectedApps();
  return (
    <section id="connected-apps" aria-labelledby="connected-apps-heading">
      <h2 id="connected-apps-heading">{t('connectedHeading')}</h2>
      <p className="muted">{t('connectedIntro')}</p>
      <LoadState loading={apps.loading} error={apps.error} what={t('connectedWhat')} />
      {revoked ? <StatusMessage>{t('disconnected', { app: revoked })}</StatusMessage> : null}
      {apps.data && apps.data.apps.length === 0 ? <p>{t('connectedNone')}</p> : null}
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
