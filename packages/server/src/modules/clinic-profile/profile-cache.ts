import { clinicProfileMarker, findClinicProfile, type ClinicProfileRow, type Database } from '@omt/db';
import type { ClinicSender } from '../../mail/mailer';

/** What mail, invites and prints call the clinic while its profile has no name yet (a fresh production start). */
export const FALLBACK_CLINIC_NAME = 'OMT Clinic';

const cached = new WeakMap<Database, ClinicProfileRow>();

/**
 * The clinic's profile, kept in memory: each call reads the marker alone (one tiny row) and re-reads the profile
 * (with its logo) only when it moved, so every mail and print can ask for it and a save shows at once.
 */
export async function clinicProfile(db: Database): Promise<ClinicProfileRow | undefined> {
  const marker = await clinicProfileMarker(db);
  const hit = cached.get(db);
  if (hit && hit.marker === marker) return hit;
  const fresh = await findClinicProfile(db);
  if (fresh) cached.set(db, fresh);
  return fresh;
}

/** The name the clinic goes by in mail, calendar invites and prints. */
export async function clinicName(db: Database): Promise<string> {
  const name = (await clinicProfile(db))?.name.trim();
  return name || FALLBACK_CLINIC_NAME;
}

/** The clinic as its mail names it (From display name and footer), read from the cached profile at each send. */
export function clinicSender(db: Database): () => Promise<ClinicSender> {
  return async () => {
    const profile = await clinicProfile(db);
    return {
      name: profile?.name.trim() || FALLBACK_CLINIC_NAME,
      address: profile?.address.trim() ?? '',
      phone: profile?.phone.trim() ?? '',
    };
  };
}

/** The clinic as the note PDF's letterhead names it (from its profile). */
export interface NoteLetterhead {
  name: string;
  address: string;
  phone: string;
  npi: string | null;
  taxId: string | null;
  /** PNG or JPEG bytes, checked by their magic bytes when saved. */
  logo: Buffer | null;
}

/** The clinic as the note PDF's letterhead shows it. */
export async function noteLetterhead(db: Database): Promise<NoteLetterhead> {
  const p = await clinicProfile(db);
  return {
    name: p?.name.trim() || FALLBACK_CLINIC_NAME,
    address: p?.address ?? '',
    phone: p?.phone ?? '',
    npi: p?.npi ?? null,
    taxId: p?.tax_id ?? null,
    logo: p?.logo_base64 ? Buffer.from(p.logo_base64, 'base64') : null,
  };
}
