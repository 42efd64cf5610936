import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../connection';

/** Dated addenda to signed notes, by their author. Frozen once landed. */
export function addendaMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('addenda')
        .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('encounter_id', 'text', (c) => c.notNull().references('encounters.id'))
        .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('addenda_encounter_idx').on('addenda').columns(['encounter_id']).execute();
    },
  };
}
