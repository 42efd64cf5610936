import type { Database } from '../connection';
import type { IntakeTable, SafetyTaskTable } from '../schema';
import { updatePatientFactors } from './patients';

/** Stores an intake and, when it has one, its safety task in one transaction: both or neither. */
export async function insertIntake(
  db: Database,
  row: IntakeTable,
  safetyTask: SafetyTaskTable | null = null,
  /** The patient's safety factors as the intake changed them (pregnancy), written in the same transaction. */
  factorsJson: string | null = null,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('intakes').values(row).execute();
    if (safetyTask) await trx.insertInto('safety_tasks').values(safetyTask).execute();
    if (factorsJson !== null) await updatePatientFactors(trx, row.patient_id, factorsJson);
  });
}

/** The intake of an appointment (one at most). */
export function findIntakeByAppointment(db: Database, appointmentId: string) {
  return db.selectFrom('intakes').selectAll().where('appointment_id', '=', appointmentId).executeTakeFirst();
}
