/**
 * Records made online, by a sign-up or by a parent adding a child. They go through the desk's duplicate check, but a
 * match is never told to the public and never merged: the record is created flagged for the desk to review
 * (`duplicateReview` on the patient, and the audit row's detail names the matches).
 */
import { randomUUID } from 'node:crypto';
import {
  clearDuplicateReview,
  findPatient,
  findPossibleDuplicates,
  type Database,
  type PatientTable,
} from '@omt/db';
import type { Guardian, Patient, RegisterPatient } from '@omt/contracts';
import type { Insertable } from 'kysely';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { presentPatient } from './presenter';
import { storedFields } from './registration';

export type OnlineRegistration = Pick<
  RegisterPatient,
  'givenName' | 'familyName' | 'birthDate' | 'sex' | 'email' | 'phone' | 'preferredLanguage'
>;

/** The new record's row and what its audit row records (how it was made, and any possible duplicates). */
export async function prepareOnlineRecord(
  db: Database,
  now: string,
  r: OnlineRegistration,
  guardians: Guardian[],
  how: 'online sign-up' | 'added by a parent in the portal',
): Promise<{ row: Insertable<PatientTable>; detail: string }> {
  const fields = storedFields(
    { ...r, address: null, emergencyContact: null, insurance: null, guardians: [] },
    guardians,
  );
  const matches = await findPossibleDuplicates(db, fields);
  const matchIds = matches.map((m) => m.id);
  return {
    row: {
      id: randomUUID(),
      ...fields,
      factors_json: '{}',
      summary: '',
      created_at: now,
      duplicate_review_json: matchIds.length ? JSON.stringify({ matchIds, flaggedAt: now }) : null,
    },
    detail: matchIds.length
      ? `${how}; possible duplicate of ${matchIds.join(', ')}, flagged for the desk to review`
      : how,
  };
}

/** The desk has checked the matches: the marker is cleared and what they found is audited with the write. */
export async function resolveDuplicateReview(
  ctx: RequestContext,
  id: string,
  note: string,
): Promise<Patient> {
  const row = await findPatient(ctx.db, id);
  if (!row) throw fail.notFound('patient');
  await ctx.access(id, 'demographics.write', 'patient', id, `duplicate review resolved: ${note}`);
  if (row.duplicate_review_json === null || !(await clearDuplicateReview(ctx.db, id))) {
    throw fail.conflict('no_duplicate_review', 'this record has no possible duplicate to review');
  }
  const saved = await findPatient(ctx.db, id);
  if (!saved) throw fail.notFound('patient');
  return presentPatient(saved, ctx.now().slice(0, 10));
}
