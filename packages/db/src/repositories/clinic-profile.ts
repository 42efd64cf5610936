import type { Selectable } from 'kysely';
import type { Database } from '../connection';
import type { ClinicProfileTable } from '../schema';

export type ClinicProfileRow = Selectable<ClinicProfileTable>;
export type ClinicProfileFields = Pick<
  ClinicProfileRow,
  'name' | 'address' | 'phone' | 'npi' | 'tax_id' | 'logo_type' | 'logo_base64'
>;

/**
 * The profile's cache marker alone: one tiny read that tells a cached copy whether it is still current. A trigger
 * sets a fresh one on every save (migration 0038), so a rolled-back save's marker is never seen again.
 */
export async function clinicProfileMarker(db: Database): Promise<number> {
  const row = await db.selectFrom('clinic_profile').select('marker').where('id', '=', 1).executeTakeFirst();
  return row?.marker ?? 0;
}

export async function findClinicProfile(db: Database): Promise<ClinicProfileRow | undefined> {
  return db.selectFrom('clinic_profile').selectAll().where('id', '=', 1).executeTakeFirst();
}

/** Saves the profile only when it is still at `expectedVersion`; false when someone saved since (a stale edit). */
export async function updateClinicProfile(
  db: Database,
  fields: ClinicProfileFields,
  expectedVersion: number,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('clinic_profile')
    .set({ ...fields, version: expectedVersion + 1, updated_at: now })
    .where('id', '=', 1)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
