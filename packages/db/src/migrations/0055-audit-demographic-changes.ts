import { sql, type Kysely, type Migration } from 'kysely';

/**
 * A patient's allowed demographic and language writes by time: a FHIR Patient's `meta.lastUpdated` is the latest of
 * them, and without this index each read scanned every audit row of the patient, its own reads included, so a
 * patient read 20,000 times cost about 2 ms a read more (bench/README.md, "FHIR API"). Partial: only those writes
 * enter it, so the audit row of every read costs nothing more. Frozen once landed.
 */
export const auditDemographicChangesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`create index audit_demographic_change_idx on audit_log (patient_id, at)
      where outcome = 'allowed' and action in ('demographics.write', 'language.write')`.execute(db);
  },
};
