import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../connection';

/**
 * The clinic's fee schedule as history: one row per fee set for a code (CPT), in whole cents of `currency`, effective
 * from a calendar day. Rows are never changed or deleted; the fee of a date of service is the row with the latest
 * `effective_from` on or before it, the highest id on a tie, so a later change leaves past superbills as issued.
 * Frozen once landed.
 */
export function feeScheduleMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('fees')
        // A sequence, not a UUID: of two fees from the same day, the later-recorded (higher id) applies.
        .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('amount_cents', 'integer', (c) => c.notNull().check(sql`amount_cents >= 0`))
        .addColumn('currency', 'text', (c) => c.notNull().defaultTo('USD'))
        .addColumn('effective_from', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('fees_code_idx').on('fees').columns(['code', 'effective_from']).execute();
    },
  };
}
