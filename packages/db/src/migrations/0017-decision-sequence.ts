import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../connection';

/** Decision histories whose rows get a monotonic `seq`: the latest decision is the highest seq. */
const SEQUENCED = ['consents', 'treatments'] as const;

/**
 * Every decision history is ordered by a monotonic sequence, never by a timestamp (whole seconds tie, and
 * a tie fell to a random id). Consents and treatments get a `seq` column filled by the database on insert,
 * existing rows numbered in recorded_at, then id order. Red-flag reviews already carry a serial id.
 * Treatments remember the red flags known when they were recorded, and a physician's decision on a
 * treatment put under review by a later flag goes to `treatment_reviews` (serial id). Frozen once landed.
 */
export function decisionSequenceMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      for (const table of SEQUENCED) {
        if (dialect === 'postgres') await postgresSequence(db, table);
        else await sqliteSequence(db, table);
        await sql.raw(`create unique index ${table}_seq_idx on ${table} (seq)`).execute(db);
      }
      // Null for treatments recorded before this migration: their flags at the time are unknown.
      await db.schema.alterTable('treatments').addColumn('flags_known_json', 'text').execute();
      await db.schema
        .createTable('treatment_reviews')
        .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('treatment_id', 'text', (c) => c.notNull().references('treatments.id'))
        .addColumn('encounter_id', 'text', (c) => c.notNull().references('encounters.id'))
        .addColumn('decision', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('flags_json', 'text', (c) => c.notNull())
        .addColumn('reviewed_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('reviewed_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('treatment_reviews_encounter_idx')
        .on('treatment_reviews')
        .columns(['encounter_id'])
        .execute();
    },
  };
}

async function postgresSequence(db: Kysely<unknown>, table: string) {
  const seq = `${table}_seq_seq`;
  await sql.raw(`create sequence ${seq}`).execute(db);
  await sql.raw(`alter table ${table} add column seq integer`).execute(db);
  await sql
    .raw(
      `update ${table} set seq = r.n from
         (select id, row_number() over (order by recorded_at, id) as n from ${table}) r
       where ${table}.id = r.id`,
    )
    .execute(db);
  await sql
    .raw(`select setval('${seq}', coalesce((select max(seq) from ${table}), 0) + 1, false)`)
    .execute(db);
  await sql.raw(`alter table ${table} alter column seq set default nextval('${seq}')`).execute(db);
  await sql.raw(`alter table ${table} alter column seq set not null`).execute(db);
  await sql.raw(`alter sequence ${seq} owned by ${table}.seq`).execute(db);
}

/** SQLite cannot add an autoincrement column: a trigger numbers each new row after the highest seq. */
async function sqliteSequence(db: Kysely<unknown>, table: string) {
  await sql.raw(`alter table ${table} add column seq integer`).execute(db);
  await sql
    .raw(
      `update ${table} set seq = (select count(*) from ${table} o
         where o.recorded_at < ${table}.recorded_at
            or (o.recorded_at = ${table}.recorded_at and o.id <= ${table}.id))`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger ${table}_seq after insert on ${table} when new.seq is null begin
         update ${table} set seq = (select coalesce(max(seq), 0) + 1 from ${table}) where rowid = new.rowid;
       end`,
    )
    .execute(db);
}
