import type { Database } from '../connection';
import type { Insertable } from 'kysely';
import type { UserRow, UserTable } from '../schema';

/** Looks an active login up by its (lower-cased) email: invited and deactivated staff cannot log in. */
export function findUserByEmail(db: Database, email: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email.toLowerCase())
    .where('status', '=', 'active')
    .executeTakeFirst();
}

/** Whether any login, whatever its status, already has this (lower-cased) email. */
export async function emailInUse(db: Database, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  return row !== undefined;
}

export function findUserById(db: Database, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(db: Database, row: Insertable<UserTable>): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

export function countUsers(db: Database): Promise<number> {
  return db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

/** Physicians and residents who are not deactivated (a deactivated provider is never offered), by name. */
export function listProviderUsers(db: Database, ids?: string[]): Promise<UserRow[]> {
  let q = db
    .selectFrom('users')
    .selectAll()
    .where('role', 'in', ['physician', 'resident'])
    .where('status', '!=', 'deactivated');
  if (ids) q = q.where('id', 'in', ids.length ? ids : ['']);
  return q.orderBy('display_name').execute();
}

/** Physicians and residents with the locations where they hold hours. */
export async function listProviders(db: Database): Promise<(UserRow & { locationIds: string[] })[]> {
  const users = await listProviderUsers(db);
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

/** Stores the hash of a provider's calendar-feed secret (a new one replaces the old). */
export async function setCalendarTokenHash(db: Database, userId: string, hash: string): Promise<void> {
  await db.updateTable('users').set({ calendar_token_hash: hash }).where('id', '=', userId).execute();
}

export function findUserByCalendarTokenHash(db: Database, hash: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('calendar_token_hash', '=', hash).executeTakeFirst();
}

/** The logins that act for a patient (the patient and any guardian), for reminders. */
export function usersForPatient(db: Database, patientId: string) {
  return db
    .selectFrom('patient_access')
    .innerJoin('users', 'users.id', 'patient_access.user_id')
    .select(['users.id', 'users.email', 'users.display_name'])
    .where('patient_access.patient_id', '=', patientId)
    .execute();
}
