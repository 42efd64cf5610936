import { createHash, randomBytes } from 'node:crypto';
import {
  deleteSession,
  findLiveSessionUser,
  insertSession,
  patientsOfUser,
  type Database,
} from '@omt/db';
import type { Role } from '@omt/contracts';
import type { AuthUser } from './user';
import { toInstant, type Clock } from '../clock';

export const SESSION_COOKIE = 'omt_session';

function sessionId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Starts a session; only the token's hash is stored, so a database leak yields no live tokens. */
export async function createSession(
  db: Database,
  clock: Clock,
  userId: string,
  hours: number,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = clock();
  await insertSession(db, {
    id: sessionId(token),
    user_id: userId,
    created_at: toInstant(now),
    expires_at: toInstant(new Date(now.getTime() + hours * 3_600_000)),
  });
  return token;
}

export async function endSession(db: Database, id: string): Promise<void> {
  await deleteSession(db, id);
}

/** Resolves a token to its user, or null when unknown or expired. */
export async function resolveSession(
  db: Database,
  clock: Clock,
  token: string,
  via: AuthUser['via'],
): Promise<AuthUser | null> {
  const id = sessionId(token);
  const user = await findLiveSessionUser(db, id, toInstant(clock()));
  if (!user) return null;
  const role = user.role as Role;
  const patientIds = role === 'patient' ? (await patientsOfUser(db, user.id)).map((p) => p.id) : [];
  return {
    id: user.id,
    email: user.email,
    role,
    displayName: user.display_name,
    credential: user.credential,
    supervisorId: user.supervisor_id,
    sessionId: id,
    patientIds,
    via,
  };
}
