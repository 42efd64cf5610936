import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../connection';

/** The tables the scheduling catalogue is read from; any change to them moves the catalogue version. */
const WATCHED = [
  'locations',
  'location_hours',
  'visit_types',
  'users',
  'provider_hours',
  'rooms',
  'time_off',
  'extra_hours',
  'location_closures',
];

const BUMP = 'update catalog_version set version = version + 1 where id = 1;';

/**
 * One version number for the scheduling catalogue (locations and their hours, visit types, providers and
 * their hours, rooms, time off, closures, extra hours), bumped by triggers on any change from any process:
 * booking checks keep the catalogue in memory and re-read it only when the version moved. Frozen once landed.
 */
export function catalogVersionMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('catalog_version')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await sql.raw('insert into catalog_version (id, version) values (1, 1)').execute(db);
      if (dialect === 'postgres') await postgresTriggers(db);
      else await sqliteTriggers(db);
    },
  };
}

async function sqliteTriggers(db: Kysely<unknown>) {
  for (const table of WATCHED) {
    for (const op of ['insert', 'update', 'delete']) {
      await sql
        .raw(`create trigger ${table}_catalog_${op} after ${op} on ${table} begin ${BUMP} end`)
        .execute(db);
    }
  }
}

async function postgresTriggers(db: Kysely<unknown>) {
  await sql
    .raw(
      `create function bump_catalog_version() returns trigger language plpgsql as $$
       begin ${BUMP} return null; end $$`,
    )
    .execute(db);
  for (const table of WATCHED) {
    await sql
      .raw(
        `create trigger ${table}_catalog after insert or update or delete on ${table}
         for each statement execute function bump_catalog_version()`,
      )
      .execute(db);
  }
}
