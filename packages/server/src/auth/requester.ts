import { findUserById } from '@omt/db';
import type { AppDeps } from '../context';
import { authUserOf, type AuthUser } from './user';

/**
 * The person who asked for background work (an export), as the gate knows them now: a login that lost its access,
 * or was closed, is null, so the work is refused rather than run with yesterday's rights.
 */
export async function requesterNow(deps: AppDeps, userId: string): Promise<AuthUser | null> {
  const user = await findUserById(deps.db, userId);
  if (!user || user.status !== 'active') return null;
  return authUserOf(deps.db, user, { sessionId: '', via: 'bearer' });
}
