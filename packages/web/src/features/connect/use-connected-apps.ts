import { useState } from 'react';
import type { ConnectedApp } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/use-api';
import { useSubmit } from '../../components/use-submit';

/** "Connected apps" (patient and staff alike): this login's apps, and the name of the one last disconnected. */
export function useConnectedApps() {
  const apps = useApiQuery(API.connectedApps);
  const [revoked, setRevoked] = useState<string | null>(null);
  const onRevoked = (name: string) => {
    setRevoked(name);
    apps.reload();
  };
  return { apps, revoked, onRevoked };
}

/** One connected app's Disconnect: revokes its grant, then tells the list. */
export function useRevokeApp(app: ConnectedApp, onRevoked: (name: string) => void) {
  return useSubmit(async () => {
    await call(API.revokeConnectedApp, { params: { id: app.id } });
    onRevoked(app.appName);
  });
}
