import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../connection';

/** The catalogue tables of migration 0016, whose triggers move `catalog_version`. */
const CATALOGUE = [
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
const WATCHED = 'provider_id, start_at, end_at, status, visit_type';

/** SQLite: a random non-negative safe integer (53 bits), so a rolled-back value is not drawn again. */
const SQLITE_MARKER = '(random() & 9007199254740991)';
/** PostgreSQL: a sequence, which a rollback never takes back. */
const PG_MARKER = "nextval('cache_marker_seq')";

/**
 * Cache markers that never repeat. The in-memory caches (scheduling catalogue, each provider's bookings, the
 * clinic profile) trust a version read from the database. A counter (`version + 1`) that a rolled-back change moved
 * is taken again by the next change, so a cache filled from the rolled-back state (a read in the same transaction,
 * or in the same SQLite group commit) would look current. Triggers now set a fresh marker instead: a PostgreSQL
 * sequence (started above every version already held) or 53 random bits on SQLite. The clinic profile keeps its
 * `version` for stale-edit checks and gains a `marker` for the cache. Frozen once landed.
 */
export function cacheMarkersMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('clinic_profile')
        .addColumn('marker', 'bigint', (c) => c.notNull().defaultTo(0))
        .execute();
      if (dialect === 'postgres') await postgres(db);
      else await sqlite(db);
    },
  };
}

const scheduleBump = (who: 'NEW' | 'OLD', marker: string) =>
  `insert into schedule_versions (provider_id, version) values (${who}.provider_id, ${marker})
   on conflict (provider_id) do update set version = excluded.version;`;

async function sqlite(db: Kysely<unknown>) {
  const run = (text: string) => sql.raw(text).execute(db);
  const catalogueBump = `update catalog_version set version = ${SQLITE_MARKER} where id = 1;`;
  for (const table of CATALOGUE) {
    for (const op of ['insert', 'update', 'delete']) {
      await run(`drop trigger ${table}_catalog_${op}`);
      await run(`create trigger ${table}_catalog_${op} after ${op} on ${table} begin ${catalogueBump} end`);
    }
  }
  for (const op of ['insert', 'update', 'delete']) await run(`drop trigger appointments_version_${op}`);
  const bump = (who: 'NEW' | 'OLD') => scheduleBump(who, SQLITE_MARKER);
  await run(
    `create trigger appointments_version_insert after insert on appointments begin ${bump('NEW')} end`,
  );
  await run(
    `create trigger appointments_version_update after update of ${WATCHED} on appointments begin
     ${bump('NEW')} ${bump('OLD')} end`,
  );
  await run(
    `create trigger appointments_version_delete after delete on appointments begin ${bump('OLD')} end`,
  );
  // A save that does not set the marker itself gets a fresh one (recursive triggers are off: this fires once).
  await run(
    `create trigger clinic_profile_marker after update on clinic_profile when NEW.marker = OLD.marker begin
     update clinic_profile set marker = ${SQLITE_MARKER} where id = NEW.id; end`,
  );
}

async function postgres(db: Kysely<unknown>) {
  const run = (text: string) => sql.raw(text).execute(db);
  await run('create sequence cache_marker_seq');
  await run('alter table catalog_version alter column version type bigint');
  await run('alter table schedule_versions alter column version type bigint');
  // Start above every version held now, so no marker equals one a cache may still hold.
  await run(
    `select setval('cache_marker_seq', 1 + greatest(
       (select coalesce(max(version), 0) from catalog_version),
       (select coalesce(max(version), 0) from schedule_versions)))`,
  );
  await run(
    `create or replace function bump_catalog_version() returns trigger language plpgsql as $$
     begin update catalog_version set version = ${PG_MARKER} where id = 1; return null; end $$`,
  );
  await run(
    `create or replace function bump_schedule_version() returns trigger language plpgsql as $$
     begin
       if tg_op <> 'DELETE' then ${scheduleBump('NEW', PG_MARKER)} end if;
       if tg_op <> 'INSERT' then ${scheduleBump('OLD', PG_MARKER)} end if;
       return null;
     end $$`,
  );
  await run(
    `create function mark_clinic_profile() returns trigger language plpgsql as $$
     begin NEW.marker := ${PG_MARKER}; return NEW; end $$`,
  );
  await run(
    `create trigger clinic_profile_marker before update on clinic_profile
     for each row execute function mark_clinic_profile()`,
  );
}
