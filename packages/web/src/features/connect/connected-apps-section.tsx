import type { ComponentType } from 'react';
import type { ConnectedApp } from '@omt/contracts';
import { LoadState, StatusMessage } from '../../components/messages';
import { useConnectedApps } from './use-connected-apps';

/** The words of a "Connected apps" section, in the login's language. */
export interface ConnectedAppsWords {
  heading: string;
  intro: string;
  /** What is loading, for the load state ("your connected apps"). */
  what: string;
  none: string;
  disconnected: (app: string) => string;
}

/**
 * "Connected apps" (patient and staff alike): the apps this login allowed, each shown by `Item` with its Disconnect,
 * and a status line naming the one last disconnected.
 */
export function ConnectedAppsSection({
  words,
  Item,
}: {
  words: ConnectedAppsWords;
  Item: ComponentType<{ app: ConnectedApp; onRevoked: (name: string) => void }>;
}) {
  const { apps, revoked, onRevoked } = useConnectedApps();
  return (
    <section id="connected-apps" aria-labelledby="connected-apps-heading">
      <h2 id="connected-apps-heading">{words.heading}</h2>
      <p className="muted">{words.intro}</p>
      <LoadState loading={apps.loading} error={apps.error} what={words.what} />
      {revoked ? <StatusMessage>{words.disconnected(revoked)}</StatusMessage> : null}
      {apps.data && apps.data.apps.length === 0 ? <p>{words.none}</p> : null}
      {apps.data?.apps.length ? (
        <ul className="card-list">
          {apps.data.apps.map((app) => (
            <Item key={app.id} app={app} onRevoked={onRevoked} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
