import type { RequestContext } from '../../context';
import { recordAudit } from '../../audit/audit';

/** Records an admin's change to the clinic's setup (no patient data). */
export async function auditSetup(
  ctx: RequestContext,
  action: string,
  resourceType: string,
  resourceId: string,
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
