import type { Insertable } from 'kysely';
import type { Database } from '../connection';
import type { MeasureResponseTable } from '../schema-measures';

/** Stores an answer; false when the visit already holds an answer of this measure (nothing is written). */
export async function insertMeasureResponse(
  db: Database,
  row: Insertable<MeasureResponseTable>,
): Promise<boolean> {
  const r = await db
    .insertInto('measure_responses')
    .values(row)
    .onConflict((oc) => oc.columns(['appointment_id', 'measure']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** The patient's answers in the order they were given (ties by id). */
export function listMeasureResponses(db: Database, patientId: string) {
  return db
    .selectFrom('measure_responses')
    .selectAll()
    .where('patient_id', '=', patientId)
    .orderBy('answered_at')
    .orderBy('id')
    .execute();
}

/** The patient's intakes with their scores and summary (the PEG and pain rating count as measure answers). */
export function listIntakeScores(db: Database, patientId: string) {
  return db
    .selectFrom('intakes')
    .select(['id', 'appointment_id', 'scores_json', 'summary_json', 'submitted_by', 'submitted_at'])
    .where('patient_id', '=', patientId)
    .orderBy('submitted_at')
    .orderBy('id')
    .execute();
}
