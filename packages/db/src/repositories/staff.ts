import type { Insertable } from 'kysely';
import type { Database } from '../connection';
import type { StaffInvitationTable, UserRow, UserTable } from '../schema';

export type StaffStatus = 'invited' | 'active' | 'deactivated';

/** Every staff login (not patients) with the locations they work at, by name. */
export async function listStaff(db: Database): Promise<(UserRow & { locationIds: string[] })[]> {
  const users = await db
    .selectFrom('users')
    .selectAll()
    .where('role', '!=', 'patient')
    .orderBy('display_name')
    .orderBy('id')
    .execute();
  const links = await db
    .selectFrom('staff_locations')
    .select(['user_id', 'location_id'])
    .orderBy('location_id')
    .execute();
  return users.map((u) => ({
    ...u,
    locationIds: links.filter((l) => l.user_id === u.id).map((l) => l.location_id),
  }));
}

export function findStaffUser(db: Database, id: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('id', '=', id)
    .where('role', '!=', 'patient')
    .executeTakeFirst();
}

export async function staffLocationIds(db: Database, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('staff_locations')
    .select('location_id')
    .where('user_id', '=', userId)
    .orderBy('location_id')
    .execute();
  return rows.map((r) => r.location_id);
}

/** Replaces the locations a staff member works at. */
export async function setStaffLocations(db: Database, userId: string, locationIds: string[]): Promise<void> {
  await db.deleteFrom('staff_locations').where('user_id', '=', userId).execute();
  if (locationIds.length) {
    await db
      .insertInto('staff_locations')
      .values(locationIds.map((location_id) => ({ user_id: userId, location_id })))
      .execute();
  }
}

/** Active admins other than `exceptId`. */
export async function countOtherActiveAdmins(db: Database, exceptId: string): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('status', '=', 'active')
    .where('id', '!=', exceptId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Active residents whom `physicianId` supervises. */
export async function countSupervisedResidents(db: Database, physicianId: string): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('supervisor_id', '=', physicianId)
    .where('status', '!=', 'deactivated')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function updateStaffUser(
  db: Database,
  id: string,
  patch: Partial<
    Pick<Insertable<UserTable>, 'role' | 'display_name' | 'credential' | 'npi' | 'supervisor_id'>
  >,
): Promise<void> {
  await db.updateTable('users').set(patch).where('id', '=', id).execute();
}

export async function setUserStatus(db: Database, id: string, status: StaffStatus): Promise<void> {
  await db.updateTable('users').set({ status }).where('id', '=', id).execute();
}

/** Stores a new invitation for the user, replacing any earlier one not yet used (its link stops working). */
export async function replaceInvitation(db: Database, row: Insertable<StaffInvitationTable>): Promise<void> {
  await db
    .deleteFrom('staff_invitations')
    .where('user_id', '=', row.user_id)
    .where('used_at', 'is', null)
    .execute();
  await db.insertInto('staff_invitations').values(row).execute();
}

export function findInvitation(db: Database, tokenHash: string) {
  return db
    .selectFrom('staff_invitations')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/**
 * Uses an invitation once: sets the password and activates the invited login, only while the invitation is
 * unused and unexpired at `now` and the login still invited. False when another use won or it lapsed.
 */
export function acceptInvitation(
  db: Database,
  p: { tokenHash: string; userId: string; passwordHash: string; now: string },
): Promise<boolean> {
  return db
    .transaction()
    .execute(async (trx) => {
      const used = await trx
        .updateTable('staff_invitations')
        .set({ used_at: p.now })
        .where('token_hash', '=', p.tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', p.now)
        .executeTakeFirst();
      if (Number(used.numUpdatedRows) !== 1) return false;
      const activated = await trx
        .updateTable('users')
        .set({ password_hash: p.passwordHash, status: 'active' })
        .where('id', '=', p.userId)
        .where('status', '=', 'invited')
        .executeTakeFirst();
      if (Number(activated.numUpdatedRows) !== 1) throw new InvitationLapsed();
      return true;
    })
    .catch((error: unknown) => {
      if (error instanceof InvitationLapsed) return false;
      throw error;
    });
}

/** Rolls the invitation's use back when its login is no longer invited. */
class InvitationLapsed extends Error {}
