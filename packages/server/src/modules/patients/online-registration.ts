/**
 * Records made online, by a sign-up or by a parent adding a child. They go through the desk's duplicate check, but a
 * match is never told to the public and never merged: the record is created flagged for the desk to review
 * (`duplicateReview` on the patient, and the audit row's detail names the matches).
 */
import { randomUUID } from 'node:crypto';
import { findPossibleDuplicates, type Database, type PatientTable } from '@omt/db';
import type { Guardian, RegisterPatient } from '@omt/contracts';
import type { Insertable } from 'kysely';
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
