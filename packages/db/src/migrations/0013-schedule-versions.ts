import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../connection';

const WATCHED = 'provider_id, start_at, end_at, status, visit_type';

/**
 * A version number per provider that every change to their appointments bumps, kept by triggers so no code
 * path can forget it: the availability search caches each provider's bookings and re-reads only providers
 * whose version moved. Also indexes appointments by room, which the room check reads, and users by role, which every search reads. Frozen once landed.
 */
export function scheduleVersionsMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('schedule_versions')
        .addColumn('provider_id', 'text', (c) => c.primaryKey())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('appointments_room_idx')
        .on('appointments')
        .columns(['room_id', 'start_at'])
        .execute();
      await db.schema.createIndex('users_role_idx').on('users').columns(['role', 'display_name']).execute();
      if (dialect === 'postgres') await postgresTriggers(db);
      else await sqliteTriggers(db);
    },
  };
}

const bump = (who: 'NEW' | 'OLD') =>
  `insert into schedule_versions (provider_id, version) values (${who}.provider_id, 1)
   on conflict (provider_id) do update set version = schedule_versions.version + 1;`;

async function sqliteTriggers(db: Kysely<unknown>) {
  await sql
    .raw(`create trigger appointments_version_insert after insert on appointments begin ${bump('NEW')} end`)
    .execute(db);
  await sql
    .raw(
      `create trigger appointments_version_update after update of ${WATCHED} on appointments begin
       ${bump('NEW')} ${bump('OLD')} end`,
    )
    .execute(db);
  await sql
    .raw(`create trigger appointments_version_delete after delete on appointments begin ${bump('OLD')} end`)
    .execute(db);
}

async function postgresTriggers(db: Kysely<unknown>) {
  await sql
    .raw(
      `create function bump_schedule_version() returns trigger language plpgsql as $$
       begin
         if tg_op <> 'DELETE' then ${bump('NEW')} end if;
         if tg_op <> 'INSERT' then ${bump('OLD')} end if;
         return null;
       end $$`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger appointments_version after insert or delete or update of ${WATCHED} on appointments
       for each row execute function bump_schedule_version()`,
    )
    .execute(db);
}
