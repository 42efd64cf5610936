import { deleteSessionsOfUser, listLiveSessionsOfUser } from '@omt/db';
import type { LogoutEverywhereRequest, SessionInfo } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { auditOwnSessions } from './service';

/** The caller's own live sessions, most recently used first, the current one marked. */
export async function listSessions(ctx: RequestContext): Promise<SessionInfo[]> {
  const rows = await listLiveSessionsOfUser(ctx.db, ctx.user.id, ctx.now());
  return rows.map((r) => ({
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at ?? r.created_at,
    expiresAt: r.expires_at,
    userAgent: r.user_agent,
    ip: r.ip,
    current: r.id === ctx.user.sessionId,
  }));
}

/** Ends the caller's other sessions, or all of them; returns how many ended. */
export async function logoutEverywhere(ctx: RequestContext, body: LogoutEverywhereRequest): Promise<number> {
  await auditOwnSessions(
    ctx,
    'auth.logout_everywhere',
    body.includeCurrent ? 'every session' : 'every other session',
  );
  return deleteSessionsOfUser(ctx.db, ctx.user.id, body.includeCurrent ? undefined : ctx.user.sessionId);
}
