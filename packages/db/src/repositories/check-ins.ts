import type { Database } from '../connection';
import type { CheckInRow } from '../schema';
import type { AcknowledgementRow } from './safety-tasks';

export async function insertCheckIn(db: Database, row: CheckInRow): Promise<void> {
  await db.insertInto('check_ins').values(row).execute();
}

/**
 * Check-ins with the visit's physician, to whom an alert is assigned (and, for a resident's visit, the supervising
 * physician), and who acknowledged it.
 */
function withAssignment(db: Database) {
  return db
    .selectFrom('check_ins')
    .innerJoin('encounters', 'encounters.id', 'check_ins.encounter_id')
    .innerJoin('appointments', 'appointments.id', 'encounters.appointment_id')
    .innerJoin('users', 'users.id', 'appointments.provider_id')
    .leftJoin('users as supervisors', 'supervisors.id', 'users.supervisor_id')
    .leftJoin('users as acknowledgers', 'acknowledgers.id', 'check_ins.acknowledged_by')
    .selectAll('check_ins')
    .select([
      'appointments.provider_id as assigned_to',
      'users.display_name as assigned_name',
      'users.supervisor_id as supervisor_id',
      'supervisors.display_name as supervisor_name',
      'acknowledgers.display_name as acknowledged_name',
    ]);
}

export type CheckInView = Awaited<ReturnType<typeof findCheckIn>> & object;

export function findCheckIn(db: Database, id: string) {
  return withAssignment(db).where('check_ins.id', '=', id).executeTakeFirst();
}

export function listCheckInsOfEncounter(db: Database, encounterId: string) {
  return withAssignment(db)
    .where('check_ins.encounter_id', '=', encounterId)
    .orderBy('check_ins.submitted_at')
    .orderBy('check_ins.id')
    .execute();
}

/** Alerts not yet acknowledged, oldest first, for the physicians' worklist. */
export function listOpenAlerts(db: Database) {
  return withAssignment(db)
    .where('check_ins.alert', '=', 1)
    .where('check_ins.acknowledged_at', 'is', null)
    .orderBy('check_ins.submitted_at')
    .orderBy('check_ins.id')
    .limit(200)
    .execute();
}

/** Alerts acknowledged most recently first, with their outcome, for the worklist's history. */
export function listAcknowledgedAlerts(db: Database, limit: number) {
  return withAssignment(db)
    .where('check_ins.alert', '=', 1)
    .where('check_ins.acknowledged_at', 'is not', null)
    .orderBy('check_ins.acknowledged_at', 'desc')
    .orderBy('check_ins.id')
    .limit(limit)
    .execute();
}

/** Acknowledges once: a second acknowledgement keeps the first physician, time and outcome. True when this one won. */
export async function acknowledgeCheckIn(
  db: Database,
  id: string,
  ack: AcknowledgementRow,
): Promise<boolean> {
  const r = await db
    .updateTable('check_ins')
    .set({ acknowledged_by: ack.by, acknowledged_at: ack.at, outcome: ack.outcome, outcome_note: ack.note })
    .where('id', '=', id)
    .where('acknowledged_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
