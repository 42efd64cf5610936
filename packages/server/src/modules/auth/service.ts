import { findUserByEmail, hasActiveTotp, patientsOfUser, type Database } from '@omt/db';
import type { LoginRequest, LoginResponse, Role, User } from '@omt/contracts';
import { decoyHash, verifyPassword } from '../../auth/passwords';
import { createSession, endSession, type SessionOrigin } from '../../auth/sessions';
import type { AppDeps, RequestContext } from '../../context';
import { fail } from '../../errors';
import { presentPatientSummary } from '../patients/presenter';
import { recordAudit, type AuditActor } from '../../audit/audit';
import { startMfaChallenge, totpRequiredFor } from '../../auth/totp-challenge';
import { languageOfRecords } from '../../mail/mail-language';

/** The user as the API shows it, with the patients a patient login may act for. */
export async function presentUser(
  db: Database,
  today: string,
  u: {
    id: string;
    email: string;
    role: string;
    display_name: string;
    credential: string | null;
    email_verified: number;
  },
): Promise<User> {
  const patients = u.role === 'patient' ? await patientsOfUser(db, u.id) : [];
  return {
    id: u.id,
    email: u.email,
    role: u.role as Role,
    displayName: u.display_name,
    credential: u.credential,
    patients: patients.map((p) => presentPatientSummary(p, today, p.relationship)),
    ...(u.role === 'patient' ? { preferredLanguage: languageOfRecords(patients) } : {}),
    emailVerified: u.email_verified === 1,
  };
}

/**
 * Checks the password; unknown email and wrong password fail alike (same 401, same argon2 cost). With two-factor
 * on, a right password gives a pending token for the code instead of a session.
 */
export async function login(
  deps: AppDeps,
  body: LoginRequest,
  origin: SessionOrigin = {},
): Promise<LoginResponse> {
  const user = await findUserByEmail(deps.db, body.email);
  const ok = await verifyPassword(user?.password_hash ?? (await decoyHash()), body.password);
  if (!user || !ok) {
    await recordAudit(deps.db, deps.clock, null, {
      action: 'auth.login',
      patientId: null,
      resourceType: 'session',
      resourceId: null,
      outcome: 'denied',
      detail: body.email,
    });
    throw fail.badCredentials();
  }
  const totpOn = await hasActiveTotp(deps.db, user.id);
  // The audit row first: the session (or the pending code's challenge) is written with it or not at all. The
  // password proved who it is, so the account is the row's actor (a failure above names none: the email may be
  // nobody's, and is kept as typed).
  await recordAudit(deps.db, deps.clock, loginActor(user), {
    action: totpOn ? 'auth.login_code_asked' : 'auth.login',
    patientId: null,
    resourceType: 'user',
    resourceId: user.id,
    outcome: 'allowed',
    detail: user.email,
  });
  if (totpOn) return startMfaChallenge(deps, user.id);
  const token = await createSession(deps.db, deps.clock, user.id, deps.config.sessionHours, origin);
  const today = deps.clock().toISOString().slice(0, 10);
  const session = { token, user: await presentUser(deps.db, today, user) };
  return totpRequiredFor(deps, user.role) ? { ...session, totpEnrolmentRequired: true } : session;
}

/** The account a login (or a valid reset link) proved, as the actor of its audit rows (no request has a caller yet). */
export const loginActor = (user: { id: string; role: string }): AuditActor => ({
  id: user.id,
  role: user.role as Role,
});

export async function logout(ctx: RequestContext): Promise<void> {
  await auditOwnSessions(ctx, 'auth.logout', 'this session');
  await endSession(ctx.db, ctx.user.sessionId);
}

/** Records the caller ending sessions of their own account (before they end, so they end with the row). */
export function auditOwnSessions(ctx: RequestContext, action: string, detail: string): Promise<void> {
  return recordAudit(ctx.db, ctx.deps.clock, ctx.user, {
    action,
    patientId: null,
    resourceType: 'user',
    resourceId: ctx.user.id,
    outcome: 'allowed',
    detail,
  });
}

export function me(ctx: RequestContext): Promise<User> {
  return presentUser(ctx.db, ctx.now().slice(0, 10), {
    id: ctx.user.id,
    email: ctx.user.email,
    role: ctx.user.role,
    display_name: ctx.user.displayName,
    credential: ctx.user.credential,
    email_verified: ctx.user.emailVerified ? 1 : 0,
  });
}
