import { useEffect } from 'react';
import { navigate } from '../../router';
import { useSession } from '../../session';

/** Where each login lists its connected apps: a patient under My record, a staff member on their account page. */
const connectedAppsPath = (role: string) =>
  role === 'patient' ? '/portal/record#connected-apps' : '/account#connected-apps';

/**
 * `/connected-apps`, the one address the SMART configuration gives apps for managing their access
 * (`management_endpoint`): it moves on to the logged-in role's list.
 */
export function ConnectedAppsPage() {
  const { user } = useSession();
  useEffect(() => navigate(connectedAppsPath(user.role), { replace: true }), [user.role]);
  return null;
}
