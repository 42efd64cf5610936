import type { RequestContext } from '../../context';
import { recordAudit } from '../../audit/audit';

/**
 * Records a change to the clinic's setup (an admin's, or a clinician's own note template), or a clinic-wide read (no
 * patient data; resourceId null when none).
 */
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
