import type { Database } from '../connection';
import type { UserRow } from '../schema';

/** Looks a login up by its (lower-cased) email. */
export function findUserByEmail(db: Database, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export function findUserById(db: Database, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(db: Database, row: UserRow): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

export function countUsers(db: Database): Promise<number> {
  return db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

/** Physicians and residents with the locations where they hold hours. */
export async function listProviders(db: Database): Promise<(UserRow & { locationIds: string[] })[]> {
  const users = await db
    .selectFrom('users')
    .selectAll()
    .where('role', 'in', ['physician', 'resident'])
    .orderBy('display_name')
    .execute();
  const hours = await db
    .selectFrom('provider_hours')
    .select(['provider_id', 'location_id'])
    .distinct()
    .execute();
  return users.map((u) => ({
    ...u,
    locationIds: hours.filter((h) => h.provider_id === u.id).map((h) => h.location_id),
  }));
}
