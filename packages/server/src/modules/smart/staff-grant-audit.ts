import type { RequestContext } from '../../context';
import { recordAudit } from '../../audit/audit';

/**
 * The audit row of a staff login's grant (allowed on the consent page or revoked on Connected apps): a staff grant
 * names no patient, so it is recorded directly rather than through the patient-access gate.
 */
export async function auditStaffGrant(ctx: RequestContext, grantId: string, detail: string): Promise<void> {
  await recordAudit(ctx.db, ctx.deps.clock, ctx.user, {
    action: 'app.connect',
    patientId: null,
    resourceType: 'smart.grant',
    resourceId: grantId,
    outcome: 'allowed',
    detail,
  });
}
