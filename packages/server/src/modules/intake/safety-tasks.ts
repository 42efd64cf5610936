import {
  acknowledgeSafetyTask as acknowledgeRow,
  findSafetyTask,
  listAcknowledgedSafetyTasks,
  listOpenSafetyTasks,
  type SafetyTaskView,
} from '@omt/db';
import type { AcknowledgeAlert, SafetyTask } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { CLINICIAN_ROLES } from '../../auth/policy';
import { fail } from '../../errors';
import { alreadyAcknowledged, checkAcknowledgement } from '../worklists/acknowledgement';
import { publishLive } from '../worklists/live-events';
import { presentSafetyTask } from './presenter';

/** Safety tasks as the worklist shows them to the caller, each read audited. */
async function readTasks(ctx: RequestContext, rows: SafetyTaskView[]): Promise<SafetyTask[]> {
  ctx.requireRole(...CLINICIAN_ROLES);
  await ctx.accessEach(
    rows.map((r) => ({ patientId: r.patient_id, resourceId: r.id })),
    'intake.read',
    'safety-task',
  );
  return rows.map((r) => presentSafetyTask(r, ctx.user.id));
}

/** Open same-visit safety tasks for the clinicians' worklist (every clinician reads; the assignee acknowledges). */
export async function openSafetyTasks(ctx: RequestContext): Promise<SafetyTask[]> {
  ctx.requireRole(...CLINICIAN_ROLES);
  return readTasks(ctx, await listOpenSafetyTasks(ctx.db));
}

/** The latest acknowledged safety tasks, newest first, with what was done. */
export async function acknowledgedSafetyTasks(ctx: RequestContext, limit: number): Promise<SafetyTask[]> {
  ctx.requireRole(...CLINICIAN_ROLES);
  return readTasks(ctx, await listAcknowledgedSafetyTasks(ctx.db, limit));
}

/** The assigned physician (or a resident's supervisor) records what was done; the first acknowledgement stands. */
export async function acknowledgeSafetyTask(
  ctx: RequestContext,
  id: string,
  body: AcknowledgeAlert,
): Promise<SafetyTask> {
  ctx.requireRole(...CLINICIAN_ROLES);
  const row = await findSafetyTask(ctx.db, id);
  if (!row) throw fail.notFound('safety task');
  if (row.acknowledged_at) throw alreadyAcknowledged(row.acknowledged_name);
  const ack = await checkAcknowledgement(ctx, row, 'safety-task', body);
  if (!(await acknowledgeRow(ctx.db, id, ack))) {
    throw alreadyAcknowledged((await findSafetyTask(ctx.db, id))?.acknowledged_name ?? null);
  }
  await publishLive(ctx.deps, [{ kind: 'safety_task.acknowledged', id }]);
  const updated = await findSafetyTask(ctx.db, id);
  if (!updated) throw fail.notFound('safety task');
  return presentSafetyTask(updated, ctx.user.id);
}
