import { useSession } from '../../session';
import { ConsentPage } from '../portal/connect/consent-page';
import { StaffConsentPage } from './staff-consent-page';

/**
 * The one consent address an app's request sends every browser to (`/connect/:handle`): a patient login answers on
 * the portal's consent page (for one of its records), a staff login on the staff one (the app acts as them).
 */
export function ConnectPage({ handle }: { handle: string }) {
  const { user } = useSession();
  return user.role === 'patient' ? <ConsentPage handle={handle} /> : <StaffConsentPage handle={handle} />;
}
