import type { ConnectedApp } from '@omt/contracts';
import { ErrorAlert } from '../../../components/messages';
import { formatMediumDate } from '../../../time';
import { ConnectedAppsSection, type ConnectedAppsWords } from '../../connect/connected-apps-section';
import { useRevokeApp } from '../../connect/use-connected-apps';
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
  const words: ConnectedAppsWords = {
    heading: t('connectedHeading'),
    intro: t('connectedIntro'),
    what: t('connectedWhat'),
    none: t('connectedNone'),
    disconnected: (app) => t('disconnected', { app }),
  };
  return <ConnectedAppsSection words={words} Item={AppItem} />;
}
