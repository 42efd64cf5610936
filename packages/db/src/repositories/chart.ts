import type { Insertable, Updateable } from 'kysely';
import { isUniqueViolation, type Database } from '../connection';
import type { ChartEntryTable, ChartReconciliationTable } from '../schema-chart';

/** The patient's entries, oldest first, with the name of who changed each last. */
export function listChartEntries(db: Database, patientId: string) {
  return db
    .selectFrom('chart_entries as c')
    .innerJoin('users as u', 'u.id', 'c.updated_by')
    .selectAll('c')
    .select('u.display_name as updated_by_name')
    .where('c.patient_id', '=', patientId)
    .orderBy('c.created_at')
    .orderBy('c.id')
    .execute();
}

export function findChartEntry(db: Database, id: string) {
  return db.selectFrom('chart_entries').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findPatientChart(db: Database, patientId: string) {
  return db.selectFrom('patient_charts').selectAll().where('patient_id', '=', patientId).executeTakeFirst();
}

/** A new allergy ends a "no known allergies" record, in the same transaction. */
async function clearNoKnownAllergies(db: Database, patientId: string, by: string, at: string) {
  await db
    .updateTable('patient_charts')
    .set((eb) => ({ no_known_allergies: 0, version: eb('version', '+', 1), updated_by: by, updated_at: at }))
    .where('patient_id', '=', patientId)
    .where('no_known_allergies', '=', 1)
    .execute();
}

/**
 * Adds an entry (and the intake decision it came from, when it did) in one transaction. A decision already
 * recorded for that intake item fails the insert (unique violation) and nothing is written.
 */
export async function insertChartEntry(
  db: Database,
  row: Insertable<ChartEntryTable>,
  decision: Insertable<ChartReconciliationTable> | null = null,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (decision) await trx.insertInto('chart_reconciliations').values(decision).execute();
    await trx.insertInto('chart_entries').values(row).execute();
    if (row.kind === 'allergy' && row.status === 'active')
      await clearNoKnownAllergies(trx, row.patient_id, row.created_by, row.created_at);
  });
}

/** Changes an entry only at the version read; false when someone changed it since. */
export async function updateChartEntryAtVersion(
  db: Database,
  id: string,
  version: number,
  changes: Omit<Updateable<ChartEntryTable>, 'id' | 'patient_id' | 'kind' | 'version'> & {
    updated_by: string;
    updated_at: string;
  },
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('chart_entries')
      .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', version)
      .returning(['patient_id', 'kind', 'status'])
      .executeTakeFirst();
    if (!r) return false;
    if (r.kind === 'allergy' && r.status === 'active')
      await clearNoKnownAllergies(trx, r.patient_id, changes.updated_by, changes.updated_at);
    return true;
  });
}

/**
 * Records "no known allergies" (or takes it back) at the version read (0 when never recorded); false when
 * someone changed it since.
 */
export async function setNoKnownAllergiesAtVersion(
  db: Database,
  patientId: string,
  value: boolean,
  version: number,
  by: string,
  at: string,
): Promise<boolean> {
  const existing = await findPatientChart(db, patientId);
  if (!existing) {
    if (version !== 0) return false;
    try {
      await db
        .insertInto('patient_charts')
        .values({
          patient_id: patientId,
          no_known_allergies: Number(value),
          version: 1,
          updated_by: by,
          updated_at: at,
        })
        .execute();
      return true;
    } catch (error) {
      // Another first record won the race: this one was made from an older read.
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }
  const r = await db
    .updateTable('patient_charts')
    .set((eb) => ({
      no_known_allergies: Number(value),
      version: eb('version', '+', 1),
      updated_by: by,
      updated_at: at,
    }))
    .where('patient_id', '=', patientId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export function listReconciliations(db: Database, patientId: string) {
  return db.selectFrom('chart_reconciliations').selectAll().where('patient_id', '=', patientId).execute();
}

/**
 * Records a decision without an entry: dismissed, or "no known allergies" taken over (then recorded on the chart
 * in the same transaction, whatever its version). A decision already recorded fails with a unique violation.
 */
export async function insertReconciliation(
  db: Database,
  row: Insertable<ChartReconciliationTable>,
  noKnownAllergies = false,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('chart_reconciliations').values(row).execute();
    if (!noKnownAllergies) return;
    const chart = await findPatientChart(trx, row.patient_id);
    await setNoKnownAllergiesAtVersion(
      trx,
      row.patient_id,
      true,
      chart?.version ?? 0,
      row.decided_by,
      row.decided_at,
    );
  });
}
