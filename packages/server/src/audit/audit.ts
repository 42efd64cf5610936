import { insertAudit, type Database } from '@omt/db';
import type { AuthUser } from '../auth/user';
import { toInstant, type Clock } from '../clock';

export interface AuditEvent {
  action: string;
  patientId: string | null;
  resourceType: string;
  resourceId: string | null;
  outcome: 'allowed' | 'denied';
  detail?: string;
}

/** Records who did what to which patient's data, and whether it was allowed. */
export async function recordAudit(
  db: Database,
  clock: Clock,
  user: AuthUser | null,
  events: AuditEvent | AuditEvent[],
): Promise<void> {
  const at = toInstant(clock());
  await insertAudit(
    db,
    (Array.isArray(events) ? events : [events]).map((e) => ({
      at,
      user_id: user?.id ?? null,
      role: user?.role ?? null,
      action: e.action,
      patient_id: e.patientId,
      resource_type: e.resourceType,
      resource_id: e.resourceId,
      outcome: e.outcome,
      detail: e.detail ?? null,
    })),
  );
}
