import { afterUnitOfWork, inUnitOfWork, insertAudit, openUnitOfWork, type Database } from '@omt/db';
import { insertAuditTogether } from './audit-batch';
import type { AuthUser } from '../auth/user';
import { toInstant, type Clock } from '../clock';
import { DomainError } from '../errors';

export interface AuditEvent {
  action: string;
  patientId: string | null;
  resourceType: string;
  resourceId: string | null;
  outcome: 'allowed' | 'denied';
  detail?: string;
}

/** Who acted: a request's caller, or the account a login has just proven (its id and role are all a row keeps). */
export type AuditActor = Pick<AuthUser, 'id' | 'role' | 'app'>;

/**
 * Records who did what to which patient's data, and whether it was allowed. An allowed row opens the request's
 * unit of work (`@omt/db` unit-of-work.ts), so it commits with the change it records or not at all; a row of a
 * refusal is written outside it and stays though the request fails. Rows outside any change (reads) are written
 * together per event-loop turn. A row that cannot be written fails the request (503): nothing is done unaudited.
 */
export async function recordAudit(
  db: Database,
  clock: Clock,
  user: AuditActor | null,
  events: AuditEvent | AuditEvent[],
): Promise<void> {
  const list = Array.isArray(events) ? events : [events];
  const at = toInstant(clock());
  // Outside a change (a read, a background job) the row joins the others of this event-loop turn (audit-batch.ts).
  const write = () =>
    (inUnitOfWork(db) ? insertAudit : insertAuditTogether)(
      db,
      list.map((e) => ({
        at,
        user_id: user?.id ?? null,
        role: user?.role ?? null,
        action: e.action,
        patient_id: e.patientId,
        resource_type: e.resourceType,
        resource_id: e.resourceId,
        outcome: e.outcome,
        detail: user?.app
          ? [`app ${user.app.name} (${user.app.clientId})`, e.detail].filter(Boolean).join('; ')
          : (e.detail ?? null),
      })),
    ).catch((error: unknown) => {
      throw new DomainError(
        503,
        'audit_unavailable',
        'the audit log cannot be written: nothing was changed; try again later',
        undefined,
        undefined,
        error,
      );
    });
  if (list.some((e) => e.outcome === 'denied')) return afterUnitOfWork(db, write);
  await openUnitOfWork(db);
  await write();
}
