import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../connection';

/** The physician's decision on each red flag raised at intake. Frozen once landed. */
export function redFlagReviewsMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('red_flag_reviews')
        // A sequence, not a UUID: the latest decision on a flag is the one with the highest id.
        .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('encounter_id', 'text', (c) => c.notNull().references('encounters.id'))
        .addColumn('flag_id', 'text', (c) => c.notNull())
        .addColumn('decision', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('reviewed_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('reviewed_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('red_flag_reviews_encounter_idx')
        .on('red_flag_reviews')
        .columns(['encounter_id'])
        .execute();
    },
  };
}
