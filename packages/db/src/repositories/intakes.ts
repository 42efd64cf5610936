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
    if (safetyTasks.length)
      await trx
        .insertInto('safety_tasks')
        .values([...safetyTasks])
        .execute();
    if (factorsJson !== null) await updatePatientFactors(trx, row.patient_id, factorsJson);
  });
}

/** The intake of an appointment (one at most). */
export function findIntakeByAppointment(db: Database, appointmentId: string) {
  return db.selectFrom('intakes').selectAll().where('appointment_id', '=', appointmentId).executeTakeFirst();
}

/**
 * A later submission replaces the answers of the appointment's intake, kept under its id so the safety
 * tasks it opened stay attached; the tasks the new answers open are added, in one transaction.
 */
export async function replaceIntake(
  db: Database,
  row: IntakeTable,
  newSafetyTasks: readonly SafetyTaskTable[] = [],
  factorsJson: string | null = null,
): Promise<void> {
  const { id, appointment_id: _appointment, patient_id: patientId, ...answers } = row;
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('intakes').set(answers).where('id', '=', id).execute();
    if (newSafetyTasks.length)
      await trx
        .insertInto('safety_tasks')
        .values([...newSafetyTasks])
        .execute();
    if (factorsJson !== null) await updatePatientFactors(trx, patientId, factorsJson);
  });
}

/** The flag of each safety task an intake opened (null for the PHQ-9 item 9 task). */
export async function safetyTaskFlagsOfIntake(db: Database, intakeId: string): Promise<(string | null)[]> {
  const rows = await db
    .selectFrom('safety_tasks')
    .select('flag_id')
    .where('intake_id', '=', intakeId)
    .execute();
  return rows.map((r) => r.flag_id);
}
