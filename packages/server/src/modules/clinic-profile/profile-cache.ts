import { clinicProfileVersion, findClinicProfile, type ClinicProfileRow, type Database } from '@omt/db';

/** What mail, invites and prints call the clinic while its profile has no name yet (a fresh production start). */
export const FALLBACK_CLINIC_NAME = 'OMT Clinic';

const cached = new WeakMap<Database, ClinicProfileRow>();

/**
 * The clinic's profile, kept in memory: each call reads the version alone (one tiny row) and re-reads the profile
 * (with its logo) only when it moved, so every mail and print can ask for it and a save shows at once.
 */
export async function clinicProfile(db: Database): Promise<ClinicProfileRow | undefined> {
  const version = await clinicProfileVersion(db);
  const hit = cached.get(db);
  if (hit && hit.version === version) return hit;
  const fresh = await findClinicProfile(db);
  if (fresh) cached.set(db, fresh);
  return fresh;
}

/** The name the clinic goes by in mail, calendar invites and prints. */
export async function clinicName(db: Database): Promise<string> {
  const name = (await clinicProfile(db))?.name.trim();
  return name || FALLBACK_CLINIC_NAME;
}
