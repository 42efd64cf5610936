import type { RequestContext } from '../../context';
import { recordAudit } from '../../audit/audit';

/** Records an admin's change to the clinic's setup, or a clinic-wide read (no patient data; resourceId null when none). */
export async function auditSetup(
  ctx: RequestContext,
  action: string,
  resourceType: string,
  resourceId: string | null,
  detail: string,
): Promise<void> {
  await recordAudit(ctx.db, ctx.deps.clock, ctx.user, {
    action,
    patientId: null,
    resourceType,
    resourceId,
    outcome: 'allowed',
    detail,
  });
}
