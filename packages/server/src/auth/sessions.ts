import { createHash, randomBytes } from 'node:crypto';
import { deleteSession, findLiveSessionUser, insertSession, touchSession, type Database } from '@omt/db';
import { authUserOf, type AuthUser } from './user';
import { toInstant, type Clock } from '../clock';

export const SESSION_COOKIE = 'omt_session';

/** The SHA-256 of a secret token, as stored for sessions and mailed tokens. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
const sessionId = tokenHash;

/**
 * A fresh secret for a session or a mailed link: the token to hand out and the hash to store. A `prefix` marks a kind
 * a reader must tell apart without a lookup (an app's token; base64url never holds a dot).
 */
export function newSecretToken(prefix = ''): { token: string; hash: string } {
  const token = `${prefix}${randomBytes(32).toString('base64url')}`;
  return { token, hash: tokenHash(token) };
}

/** Where a session was started from, shown in the person's list of sessions. */
export interface SessionOrigin {
  userAgent?: string | null;
  ip?: string | null;
}

/** Starts a session; only the token's hash is stored, so a database leak yields no live tokens. */
export async function createSession(
  db: Database,
  clock: Clock,
  userId: string,
  hours: number,
  origin: SessionOrigin = {},
): Promise<string> {
  const { token, hash } = newSecretToken();
  const now = clock();
  await insertSession(db, {
    id: hash,
    user_id: userId,
    created_at: toInstant(now),
    expires_at: toInstant(new Date(now.getTime() + hours * 3_600_000)),
    user_agent: origin.userAgent?.slice(0, 300) ?? null,
    ip: origin.ip ?? null,
  });
  return token;
}

/** How often a used session's last-seen time is written: at most once a minute, not on every request. */
const TOUCH_EVERY_MS = 60_000;

export async function endSession(db: Database, id: string): Promise<void> {
  await deleteSession(db, id);
}

/**
 * Resolves a token to its user, or null when unknown, expired, or idle for longer than `idleMinutes` (0: no idle
 * expiry); an idle session is removed. A used session's last-seen time moves on.
 */
export async function resolveSession(
  db: Database,
  clock: Clock,
  token: string,
  via: AuthUser['via'],
  idleMinutes = 0,
): Promise<AuthUser | null> {
  const id = sessionId(token);
  const now = clock();
  const user = await findLiveSessionUser(db, id, toInstant(now));
  if (!user) return null;
  const lastSeen = Date.parse(user.session_last_seen_at ?? user.session_created_at);
  if (idleMinutes > 0 && now.getTime() - lastSeen > idleMinutes * 60_000) {
    await deleteSession(db, id);
    return null;
  }
  if (now.getTime() - lastSeen >= TOUCH_EVERY_MS) await touchSession(db, id, toInstant(now));
  return authUserOf(db, user, { sessionId: id, via });
}
