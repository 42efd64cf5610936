import { acknowledgeSafetyTask as acknowledgeRow, findSafetyTask, listOpenSafetyTasks } from '@omt/db';
import type { SafetyTask } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { CLINICIAN_ROLES } from '../../auth/policy';
import { fail } from '../../errors';
import { presentSafetyTask } from './presenter';

/** Open same-visit safety tasks for the clinicians' worklist, each read audited. */
export async function openSafetyTasks(ctx: RequestContext): Promise<SafetyTask[]> {
  ctx.requireRole(...CLINICIAN_ROLES);
  const rows = await listOpenSafetyTasks(ctx.db);
  await ctx.accessEach(
    rows.map((r) => ({ patientId: r.patient_id, resourceId: r.id })),
    'intake.read',
    'safety-task',
  );
  return rows.map(presentSafetyTask);
}

/** A physician confirms the safety assessment was done; the first acknowledgement stands. */
export async function acknowledgeSafetyTask(ctx: RequestContext, id: string): Promise<SafetyTask> {
  ctx.requireRole(...CLINICIAN_ROLES);
  const row = await findSafetyTask(ctx.db, id);
  if (!row) throw fail.notFound('safety task');
  await ctx.access(row.patient_id, 'clinical.write', 'safety-task', id);
  await acknowledgeRow(ctx.db, id, ctx.user.id, ctx.now());
  const updated = await findSafetyTask(ctx.db, id);
  if (!updated) throw fail.notFound('safety task');
  return presentSafetyTask(updated);
}
