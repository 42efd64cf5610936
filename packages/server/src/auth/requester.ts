import { findUserById, patientsOfUser } from '@omt/db';
import type { Role } from '@omt/contracts';
import type { AppDeps } from '../context';
import type { AuthUser } from './user';

/**
 * The person who asked for background work (an export), as the gate knows them now: a login that lost its access,
 * or was closed, is null, so the work is refused rather than run with yesterday's rights.
 */
export async function requesterNow(deps: AppDeps, userId: string): Promise<AuthUser | null> {
  const user = await findUserById(deps.db, userId);
  if (!user || user.status !== 'active') return null;
  const role = user.role as Role;
  return {
    id: user.id,
    email: user.email,
    role,
    displayName: user.display_name,
    credential: user.credential,
    supervisorId: user.supervisor_id,
    sessionId: '',
    patientIds: role === 'patient' ? (await patientsOfUser(deps.db, user.id)).map((p) => p.id) : [],
    emailVerified: user.email_verified === 1,
    via: 'bearer',
  };
}
