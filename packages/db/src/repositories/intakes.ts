import type { Database } from '../connection';
import type { IntakeTable, SafetyTaskTable } from '../schema';
import { updatePatientFactors } from './patients';

/** Stores an intake and the safety tasks it opened in one transaction: all or nothing. */
export async function insertIntake(
  db: Database,
  row: IntakeTable,
  safetyTasks: readonly SafetyTaskTable[] = [],
  /** The patient's safety factors as the intake changed them (pregnancy), written in the same transaction. */
  factorsJson: string | null = null,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('intakes').values(row).execute();
    if (safetyTasks.length) await trx.insertInto('safety_tasks').values([...safetyTasks]).execute();
    if (factorsJson !== null) await updatePatientFactors(trx, row.patient_id, factorsJson);
  });
}

/** The intake of an appointment (one at most). */
export function findIntakeByAppointment(db: Database, appointmentId: string) {
  return db.selectFrom('intakes').selectAll().where('appointment_id', '=', appointmentId).executeTakeFirst();
}
