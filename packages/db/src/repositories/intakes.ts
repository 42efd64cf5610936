import type { Database } from '../connection';
import type { IntakeTable } from '../schema';

export async function insertIntake(db: Database, row: IntakeTable): Promise<void> {
  await db.insertInto('intakes').values(row).execute();
}

export function findIntakeByAppointment(db: Database, appointmentId: string) {
  return db.selectFrom('intakes').selectAll().where('appointment_id', '=', appointmentId).executeTakeFirst();
}
