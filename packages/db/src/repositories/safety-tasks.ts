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
  'patients.given_name',
  'patients.family_name',
  'appointments.provider_id as assigned_to',
  'users.display_name as assigned_name',
] as const;

/** Tasks with the patient's name and the visit's physician, to whom each task is assigned. */
function withPatient(db: Database) {
  return db
    .selectFrom('safety_tasks')
    .innerJoin('patients', 'patients.id', 'safety_tasks.patient_id')
    .innerJoin('appointments', 'appointments.id', 'safety_tasks.appointment_id')
    .innerJoin('users', 'users.id', 'appointments.provider_id')
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
    .select('id')
    .where('alert', '=', 1)
    .where('acknowledged_at', 'is', null)
    .execute();
  return [...tasks.map((t) => `task:${t.id}:${t.providerId}`), ...alerts.map((a) => `alert:${a.id}`)].sort();
}

/** Safety tasks not yet acknowledged, oldest first, for the physicians' worklist. */
export function listOpenSafetyTasks(db: Database) {
  return withPatient(db)
    .where('safety_tasks.acknowledged_at', 'is', null)
    .orderBy('safety_tasks.created_at')
    .limit(200)
    .execute();
}

/** Acknowledges once: a second acknowledgement keeps the first physician and time. */
export async function acknowledgeSafetyTask(db: Database, id: string, by: string, at: string): Promise<void> {
  await db
    .updateTable('safety_tasks')
    .set({ acknowledged_by: by, acknowledged_at: at })
    .where('id', '=', id)
    .where('acknowledged_at', 'is', null)
    .execute();
}
