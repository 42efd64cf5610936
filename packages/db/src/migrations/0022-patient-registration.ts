import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../connection';

/** The name key as it was when this migration landed (frozen; the live one is the domain's `nameKey`). */
const nameKey = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Front-desk registration: contact, preferred language, the other registration details (address, emergency
 * contact, insurance, guardians) as one JSON document, a record version for edits, deactivation, and the
 * normalised search keys (names lower-cased without accents, email lower-cased, phone digits) with their
 * indexes. Prefix matches use `LIKE 'x%'` on PostgreSQL (C-collation name indexes, text_pattern_ops for email
 * and phone, whatever the database's collation) and `GLOB 'x*'` on SQLite (binary indexes). Frozen once landed.
 */
export function patientRegistrationMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const add = (column: string, type: 'text' | 'integer', fill?: string | number) =>
        db.schema
          .alterTable('patients')
          .addColumn(column, type, (c) => (fill === undefined ? c : c.notNull().defaultTo(fill)))
          .execute();
      await add('email', 'text');
      await add('phone', 'text');
      await add('preferred_language', 'text', 'en');
      await add('details_json', 'text', '{}');
      await add('version', 'integer', 0);
      await add('active', 'integer', 1);
      await add('deactivated_at', 'text');
      await add('deactivation_reason', 'text');
      await add('given_key', 'text', '');
      await add('family_key', 'text', '');
      await add('email_key', 'text');
      await add('phone_key', 'text');
      const rows = await sql<{ id: string; given_name: string; family_name: string }>`
        select id, given_name, family_name from patients`.execute(db);
      for (const r of rows.rows) {
        await sql`update patients set given_key = ${nameKey(r.given_name)}, family_key = ${nameKey(r.family_name)}
          where id = ${r.id}`.execute(db);
      }
      // Names: byte-ordered (C) indexes, so a prefix match is read in name order and stops at the limit.
      const c = dialect === 'postgres' ? ' collate "C"' : '';
      await sql
        .raw(`create index patients_family_key_idx on patients (family_key${c}, given_key${c}, birth_date)`)
        .execute(db);
      await sql
        .raw(`create index patients_given_key_idx on patients (given_key${c}, family_key${c}, birth_date)`)
        .execute(db);
      const ops = dialect === 'postgres' ? ' text_pattern_ops' : '';
      for (const column of ['email_key', 'phone_key']) {
        await sql.raw(`create index patients_${column}_idx on patients (${column}${ops})`).execute(db);
      }
      await db.schema.createIndex('patients_birth_date_idx').on('patients').column('birth_date').execute();
    },
  };
}
