/** Results other systems sent in a FHIR import (migration 0052): one row per the sender's `system|value`. */
import type { Insertable, Selectable } from 'kysely';
import type { Database } from '../connection';
import type { OutsideObservationTable } from '../schema-outside-observations';
import { orNone, type FhirRowFilter } from './fhir';

export type OutsideObservationRow = Selectable<OutsideObservationTable>;

/** The stored results among these identifiers, each with its id and patient. */
export async function findOutsideObservations(
  db: Database,
  identifiers: readonly { system: string; value: string }[],
): Promise<{ id: string; patient_id: string; identifier_system: string; identifier_value: string }[]> {
  if (!identifiers.length) return [];
  return db
    .selectFrom('outside_observations')
    .select(['id', 'patient_id', 'identifier_system', 'identifier_value'])
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

/** The rows behind FHIR Observations, narrowed by id and patient like `fhir.ts`; ordered by id. */
export async function fhirOutsideObservationRows(db: Database, f: FhirRowFilter) {
  let q = db.selectFrom('outside_observations').selectAll();
  if (f.ids) q = q.where('id', 'in', orNone(f.ids));
  if (f.patientIds) q = q.where('patient_id', 'in', orNone(f.patientIds));
  return q.orderBy('id').execute();
}

/** A patient's results from other systems, the latest first. */
export async function listOutsideObservations(db: Database, patientId: string) {
  return db
    .selectFrom('outside_observations')
    .selectAll()
    .where('patient_id', '=', patientId)
    .orderBy('effective', 'desc')
    .orderBy('id')
    .execute();
}
