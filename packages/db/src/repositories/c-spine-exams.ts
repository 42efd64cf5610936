import type { Database } from '../connection';
import type { CSpineExamRow } from '../schema';

/** The Canadian C-spine rule as completed at this encounter's exam, if it was. */
export function findCSpineExam(db: Database, encounterId: string): Promise<CSpineExamRow | undefined> {
  return db
    .selectFrom('c_spine_exams')
    .selectAll()
    .where('encounter_id', '=', encounterId)
    .executeTakeFirst();
}

/** Records (or replaces) the exam's completion of the rule for the encounter. */
export async function saveCSpineExam(db: Database, row: CSpineExamRow): Promise<void> {
  const { encounter_id: _id, ...rest } = row;
  await db
    .insertInto('c_spine_exams')
    .values(row)
    .onConflict((oc) => oc.column('encounter_id').doUpdateSet(rest))
    .execute();
}
