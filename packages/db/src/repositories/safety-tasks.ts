import type { Database } from '../connection';

const WITH_PATIENT = [
  'safety_tasks.id',
  'safety_tasks.patient_id',
  'safety_tasks.appointment_id',
  'safety_tasks.intake_id',
  'safety_tasks.reason',
  'safety_tasks.created_at',
  'safety_tasks.acknowledged_by',
  'safety_tasks.acknowledged_at',
  'safety_tasks.flag_id',
  'safety_tasks.action',
  'safety_tasks.outcome',
  'safety_tasks.outcome_note',
  'patients.given_name',
  'patients.family_name',
  'appointments.provider_id as assigned_to',
  'users.display_name as assigned_name',
  'users.supervisor_id as supervisor_id',
  'supervisors.display_name as supervisor_name',
  'acknowledgers.display_name as acknowledged_name',
] as const;

/**
 * Tasks with the patient's name and the visit's physician, to whom each task is assigned (and, for a resident's
 * visit, the supervising physician), and who acknowledged it.
 */
function withPatient(db: Database) {
  return db
    .selectFrom('safety_tasks')
    .innerJoin('patients', 'patients.id', 'safety_tasks.patient_id')
    .innerJoin('appointments', 'appointments.id', 'safety_tasks.appointment_id')
    .innerJoin('users', 'users.id', 'appointments.provider_id')
    .leftJoin('users as supervisors', 'supervisors.id', 'users.supervisor_id')
    .leftJoin('users as acknowledgers', 'acknowledgers.id', 'safety_tasks.acknowledged_by')
    .select(WITH_PATIENT);
}

export type SafetyTaskView = Awaited<ReturnType<typeof findSafetyTask>> & object;

/** One safety task with its patient's name. */
export function findSafetyTask(db: Database, id: string) {
  return withPatient(db).where('safety_tasks.id', '=', id).executeTakeFirst();
}

/** The PHQ-9 item 9 safety task an intake opened, if any (not the red-flag tasks). */
export function findSafetyTaskOfIntake(db: Database, intakeId: string) {
  return withPatient(db)
    .where('safety_tasks.intake_id', '=', intakeId)
    .where('safety_tasks.flag_id', 'is', null)
    .executeTakeFirst();
}

/**
 * What the worklist shows, as ids only (no patient data): each open safety task with its visit's physician,
 * and each open check-in alert. The worklist's poll compares a fingerprint of these instead of re-reading it.
 */
export async function openWorklistKeys(db: Database): Promise<string[]> {
  const tasks = await db
    .selectFrom('safety_tasks')
    .innerJoin('appointments', 'appointments.id', 'safety_tasks.appointment_id')
    .select(['safety_tasks.id as id', 'appointments.provider_id as providerId'])
    .where('safety_tasks.acknowledged_at', 'is', null)
    .execute();
  const alerts = await db
    .selectFrom('check_ins')
    .innerJoin('encounters', 'encounters.id', 'check_ins.encounter_id')
    .innerJoin('appointments', 'appointments.id', 'encounters.appointment_id')
    .select(['check_ins.id as id', 'appointments.provider_id as providerId'])
    .where('check_ins.alert', '=', 1)
    .where('check_ins.acknowledged_at', 'is', null)
    .execute();
  return [
    ...tasks.map((t) => `task:${t.id}:${t.providerId}`),
    ...alerts.map((a) => `alert:${a.id}:${a.providerId}`),
  ].sort();
}

/** Safety tasks not yet acknowledged, oldest first, for the physicians' worklist. */
export function listOpenSafetyTasks(db: Database) {
  return withPatient(db)
    .where('safety_tasks.acknowledged_at', 'is', null)
    .orderBy('safety_tasks.created_at')
    .limit(200)
    .execute();
}

/** Tasks acknowledged most recently first, with their outcome, for the worklist's history. */
export function listAcknowledgedSafetyTasks(db: Database, limit: number) {
  return withPatient(db)
    .where('safety_tasks.acknowledged_at', 'is not', null)
    .orderBy('safety_tasks.acknowledged_at', 'desc')
    .orderBy('safety_tasks.id')
    .limit(limit)
    .execute();
}

/** What was done about a task or an alert, recorded with its acknowledgement. */
export interface AcknowledgementRow {
  by: string;
  at: string;
  outcome: string;
  note: string | null;
}

/** Acknowledges once: a second acknowledgement keeps the first physician, time and outcome. True when this one won. */
export async function acknowledgeSafetyTask(
  db: Database,
  id: string,
  ack: AcknowledgementRow,
): Promise<boolean> {
  const r = await db
    .updateTable('safety_tasks')
    .set({ acknowledged_by: ack.by, acknowledged_at: ack.at, outcome: ack.outcome, outcome_note: ack.note })
    .where('id', '=', id)
    .where('acknowledged_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
