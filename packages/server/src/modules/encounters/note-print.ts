import { findPatient, findUserById, type UserRow } from '@omt/db';
import type { RequestContext } from '../../context';
import { notePdfSource } from './after-signing';
import type { NotePrint, PrintedClinician } from './note-pdf';

export function printedClinician(u: Pick<UserRow, 'display_name' | 'credential' | 'npi'>): PrintedClinician {
  return { name: u.display_name, credential: u.credential, npi: u.npi };
}

/** A signed note with what its print adds: the patient's birth date, the author's and co-signer's credential and NPI. */
export async function notePrintSource(ctx: RequestContext, id: string): Promise<NotePrint> {
  const encounter = await notePdfSource(ctx, id);
  const [patient, author, cosigner] = await Promise.all([
    findPatient(ctx.db, encounter.patientId),
    findUserById(ctx.db, encounter.authorId),
    encounter.cosignedBy ? findUserById(ctx.db, encounter.cosignedBy) : undefined,
  ]);
  if (!patient || !author) throw new Error(`encounter ${id} has dangling references`);
  return {
    encounter,
    patientBirthDate: patient.birth_date,
    author: printedClinician(author),
    cosigner: cosigner ? printedClinician(cosigner) : null,
  };
}
