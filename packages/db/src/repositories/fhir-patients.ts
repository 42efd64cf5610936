/**
 * A FHIR Patient's rows: the registration, the latest demographic change the audit log holds (`meta.lastUpdated`) and
 * the identifiers other systems gave it. A read by id, the API's hot path, takes them in one statement compiled once
 * (on PostgreSQL one round trip instead of three); a search reads each kind for the whole page.
 */
import type { Database } from '../connection';
import type { PatientRow } from '../schema';
import { preparedQuery } from '../prepared-query';
import { fhirPatientChanges, fhirPatientRows, lastDemographicChange, type FhirRowFilter } from './fhir';
import { patientIdentifiersOf, type PatientIdentifier } from './patient-identifiers';

export interface FhirPatientRecord {
  row: PatientRow;
  /** The latest allowed demographic or language write, if any. */
  changedAt: string | null;
  /** In `system|value` order. */
  identifiers: PatientIdentifier[];
}

/** The patient, with one row per identifier (or one with none), each carrying the latest change. */
const patientWithIdentifiers = preparedQuery((db: Database, id: string) =>
  db
    .selectFrom('patients')
    .leftJoin('patient_identifiers', 'patient_identifiers.patient_id', 'patients.id')
    .selectAll('patients')
    .select([
      'patient_identifiers.system as identifier_system',
      'patient_identifiers.value as identifier_value',
    ])
    .select(lastDemographicChange)
    .where('patients.id', '=', id)
    .orderBy('identifier_system')
    .orderBy('identifier_value'),
);

async function onePatient(db: Database, id: string): Promise<FhirPatientRecord[]> {
  const rows = await patientWithIdentifiers(db, id);
  const [first] = rows;
  if (!first) return [];
  const { identifier_system: _s, identifier_value: _v, changed_at, ...row } = first;
  const identifiers = rows.flatMap((r) =>
    r.identifier_system !== null && r.identifier_value !== null
      ? [{ system: r.identifier_system, value: r.identifier_value }]
      : [],
  );
  return [{ row, changedAt: changed_at ?? null, identifiers }];
}

/** The patients the filter names, ordered by id, each with its latest change and identifiers. */
export async function fhirPatientRecords(db: Database, f: FhirRowFilter): Promise<FhirPatientRecord[]> {
  const [one, ...more] = f.ids ?? [];
  if (one !== undefined && !more.length && !f.patientIds) return onePatient(db, one);
  const rows = await fhirPatientRows(db, f);
  const ids = rows.map((p) => p.id);
  const [changed, identifiers] = await Promise.all([
    fhirPatientChanges(db, ids),
    patientIdentifiersOf(db, ids),
  ]);
  return rows.map((row) => ({
    row,
    changedAt: changed.get(row.id) ?? null,
    identifiers: identifiers.get(row.id) ?? [],
  }));
}
