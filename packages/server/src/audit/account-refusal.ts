import type { Database } from '@omt/db';
import type { Clock } from '../clock';
import { DomainError } from '../errors';
import { recordAudit, type AuditActor } from './audit';

/**
 * A refused attempt at an account (a wrong password or code, a link unknown, used or expired, too many attempts), as
 * its audit row says it. It never holds a secret: no token, password or code, only why in words.
 */
export interface AccountRefusal {
  /** The action refused, named as its allowed row is (`auth.password_reset`, `staff.invite.accept`, …). */
  action: string;
  /** The account the attempt was at, when known (a used link's, a logged-in caller's); null when nothing names one. */
  userId: string | null;
  /** Why it was refused (and, as a failed login keeps it, the email typed). */
  detail: string;
  /** Who asked: the caller of a logged-in request; none for an attempt that proved no one (a link, a code). */
  actor?: AuditActor | null;
}

/** A refusal of a logged-in caller's attempt at their own account: they are its actor and the account it names. */
export const ownAccountRefusal = (caller: AuditActor, action: string): Omit<AccountRefusal, 'detail'> => ({
  action,
  userId: caller.id,
  actor: caller,
});

/**
 * Records the refusal (outcome `denied`). As every refusal's row, it is written outside the request's unit of work
 * (`recordAudit`), so it stays though the request fails; a row that cannot be written fails the request (503).
 */
export function auditAccountRefusal(
  deps: { db: Database; clock: Clock },
  refusal: AccountRefusal,
): Promise<void> {
  return recordAudit(deps.db, deps.clock, refusal.actor ?? null, {
    action: refusal.action,
    patientId: null,
    resourceType: 'user',
    resourceId: refusal.userId,
    outcome: 'denied',
    detail: refusal.detail,
  });
}

/** Audits the refusal, then throws the error the person sees (unchanged by the audit). */
export async function refuseAccountAccess(
  deps: { db: Database; clock: Clock },
  refusal: AccountRefusal,
  error: Error,
): Promise<never> {
  await auditAccountRefusal(deps, refusal);
  throw error;
}

/**
 * The refusals of one kind of link (reset, email confirmation, staff invitation): each audited under `action`, naming
 * the account the link was mailed to when known, with no actor (a link proves no one), then thrown.
 */
export const linkRefusals =
  (deps: { db: Database; clock: Clock }, action: string) =>
  (userId: string | null, detail: string, error: Error): Promise<never> =>
    refuseAccountAccess(deps, { action, userId, detail }, error);

/**
 * Runs an attempt at an account; a refusal it throws (a DomainError under 500: a wrong code, a used one) is audited
 * with its message as the why (refusal messages name the field and the rule, never the value), then thrown on.
 */
export async function auditingRefusals<T>(
  deps: { db: Database; clock: Clock },
  refusal: Omit<AccountRefusal, 'detail'>,
  attempt: () => Promise<T>,
): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (error instanceof DomainError && error.status < 500) {
      await auditAccountRefusal(deps, { ...refusal, detail: error.message });
    }
    throw error;
  }
}
