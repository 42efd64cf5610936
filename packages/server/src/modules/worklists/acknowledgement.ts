import { acknowledgementProblem, mayAcknowledge, type AlertAssignment } from '@omt/domain';
import type { AcknowledgeAlert } from '@omt/contracts';
import type { AcknowledgementRow } from '@omt/db';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../audit/audit';
import { CLINICIAN_ROLES } from '../../auth/policy';
import { fail } from '../../errors';

/** The assignment columns a task or an alert is read with. */
export interface AssignmentColumns {
  assigned_to: string;
  assigned_name: string;
  supervisor_id: string | null;
  supervisor_name: string | null;
  acknowledged_name: string | null;
  outcome: string | null;
  outcome_note: string | null;
}

const assignmentOf = (row: AssignmentColumns): AlertAssignment => ({
  physicianId: row.assigned_to,
  supervisorId: row.supervisor_id,
});

/** Who the task or alert is assigned to, whether the viewer may acknowledge it, and what its acknowledgement recorded. */
export function presentAssignment(row: AssignmentColumns, viewerId: string) {
  return {
    assignedTo: {
      id: row.assigned_to,
      name: row.assigned_name,
      supervisor:
        row.supervisor_id && row.supervisor_name
          ? { id: row.supervisor_id, name: row.supervisor_name }
          : null,
    },
    canAcknowledge: mayAcknowledge(assignmentOf(row), viewerId),
    acknowledgement: {
      byName: row.acknowledged_name,
      outcome: row.outcome as AcknowledgeAlert['outcome'] | null,
      note: row.outcome_note,
    },
  };
}

/**
 * The checks before an acknowledgement is written: a clinician; the assigned physician or a resident's supervisor
 * (anyone else is refused with 403 naming the assignee, and the refusal is audited); a note for "other". Then the
 * audited write access, with the outcome in the audit row's detail. Returns what to store.
 */
export async function checkAcknowledgement(
  ctx: RequestContext,
  row: AssignmentColumns & { id: string; patient_id: string },
  resourceType: 'check-in' | 'safety-task',
  body: AcknowledgeAlert,
): Promise<AcknowledgementRow> {
  ctx.requireRole(...CLINICIAN_ROLES);
  if (!mayAcknowledge(assignmentOf(row), ctx.user.id)) {
    await recordAudit(ctx.db, ctx.deps.clock, ctx.user, {
      action: 'clinical.write',
      patientId: row.patient_id,
      resourceType,
      resourceId: row.id,
      outcome: 'denied',
      detail: 'not assigned',
    });
    const also = row.supervisor_name ? ` (or the supervising physician, ${row.supervisor_name})` : '';
    throw fail.forbidden(`this is assigned to ${row.assigned_name}${also}; only they can acknowledge it`);
  }
  const problem = acknowledgementProblem(body);
  if (problem) throw fail.invalid(problem.field, problem.message);
  const note = body.note.trim() || null;
  await ctx.access(row.patient_id, 'clinical.write', resourceType, row.id, `acknowledged: ${body.outcome}`);
  return { by: ctx.user.id, at: ctx.now(), outcome: body.outcome, note };
}

/** The first acknowledgement stands: a later one is a 409 naming who acknowledged. */
export function alreadyAcknowledged(byName: string | null) {
  return fail.conflict(
    'already_acknowledged',
    `this was already acknowledged by ${byName ?? 'another clinician'}`,
  );
}
