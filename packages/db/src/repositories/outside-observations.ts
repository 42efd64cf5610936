/**
 * Results other systems sent in a FHIR import (migrations 0052, 0056, 0058): one row per the sender's `system|value`.
 */
import type { Insertable, Selectable } from 'kysely';
import type { Database } from '../connection';
import type { OutsideObservationTable } from '../schema-outside-observations';
import { orNone, type FhirRowFilter } from './fhir';

export type OutsideObservationRow = Selectable<OutsideObservationTable>;

/** The stored results among these identifiers, whole (an import compares what it was sent with them). */
export async function findOutsideObservations(
  db: Database,
  identifiers: readonly { system: string; value: string }[],
): Promise<OutsideObservationRow[]> {
  if (!identifiers.length) return [];
  return db
    .selectFrom('outside_observations')
    .selectAll()
    .where((eb) =>
      eb.or(
        identifiers.map((i) =>
          eb.and([eb('identifier_system', '=', i.system), eb('identifier_value', '=', i.value)]),
        ),
      ),
    )
    .execute();
}

/** Keeps one result; an identifier already stored fails the insert (unique violation). */
export async function insertOutsideObservation(
  db: Database,
  row: Insertable<OutsideObservationTable>,
): Promise<void> {
  await db.insertInto('outside_observations').values(row).execute();
}

/**
 * What a new version of a result replaces: everything the sender said, and when and by whom it came (and, for a
 * current version, that the result is no longer one that arrived withdrawn).
 */
export type OutsideObservationVersion = Omit<
  Insertable<OutsideObservationTable>,
  'id' | 'patient_id' | 'identifier_system' | 'identifier_value' | 'version'
>;

/**
 * Replaces a result by its next version, only while it is still the version read (`version`): false when another
 * import replaced it in between.
 */
export async function replaceOutsideObservation(
  db: Database,
  id: string,
  readVersion: number,
  next: OutsideObservationVersion,
): Promise<boolean> {
  const r = await db
    .updateTable('outside_observations')
    .set({ ...next, version: readVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Records a later time the sender gave the same result (no new version: nothing it says changed). */
export async function markOutsideObservationSentAt(db: Database, id: string, sentAt: string): Promise<void> {
  await db.updateTable('outside_observations').set({ sent_at: sentAt }).where('id', '=', id).execute();
}

/**
 * The rows behind FHIR Observations, narrowed by id and patient like `fhir.ts`, and leaving out the statuses
 * `statusesLeftOut` names (a search leaves out withdrawn and cancelled results unless it asks for them); ordered by
 * id.
 */
export async function fhirOutsideObservationRows(
  db: Database,
  f: FhirRowFilter & { statusesLeftOut?: readonly string[] },
) {
  let q = db.selectFrom('outside_observations').selectAll();
  if (f.ids) q = q.where('id', 'in', orNone(f.ids));
  if (f.patientIds) q = q.where('patient_id', 'in', orNone(f.patientIds));
  if (f.statusesLeftOut?.length) q = q.where('status', 'not in', f.statusesLeftOut);
  return q.orderBy('id').execute();
}

/** A patient's results from other systems, the latest first (withdrawn ones too: the chart lists them apart). */
export async function listOutsideObservations(db: Database, patientId: string) {
  return db
    .selectFrom('outside_observations')
    .selectAll()
    .where('patient_id', '=', patientId)
    .orderBy('effective', 'desc')
    .orderBy('id')
    .execute();
}
