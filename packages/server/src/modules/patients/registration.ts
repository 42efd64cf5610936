/**
 * Front-desk registration: register (with the duplicate warning), edit at the version read, deactivate.
 * Every write goes through the audited gate as `demographics.write`.
 */
import { randomUUID } from 'node:crypto';
import {
  deactivatePatient,
  findPatient,
  findPossibleDuplicates,
  findUserByEmail,
  guardianLogins,
  insertRegisteredPatient,
  patientSearchKeys,
  updatePatientRegistrationAtVersion,
  type PatientRow,
} from '@omt/db';
import type { Guardian, Patient, PossibleDuplicate, RegisterPatient, UpdatePatient } from '@omt/contracts';
import { Temporal } from 'temporal-polyfill';
import type { RequestContext } from '../../context';
import { DomainError, fail } from '../../errors';
import { maskEmail, maskPhone, patientName, presentPatient, type PatientDetails } from './presenter';

export type Registration = Omit<RegisterPatient, 'duplicateReason'>;

export const ADULT_YEARS = 18;
const EARLIEST_BIRTH_DATE = '1900-01-01';

export function isMinor(birthDate: string, today: string): boolean {
  return (
    Temporal.PlainDate.from(birthDate).until(Temporal.PlainDate.from(today), { largestUnit: 'years' }).years <
    ADULT_YEARS
  );
}

/** Refuses a birth date in the future or before 1900 (400 naming `birthDate`). */
export function checkBirthDate(birthDate: string, today: string): void {
  if (birthDate > today) throw fail.invalid('birthDate', 'must not be in the future', 'in_future');
  if (birthDate < EARLIEST_BIRTH_DATE)
    throw fail.invalid('birthDate', `must be on or after ${EARLIEST_BIRTH_DATE}`, 'too_early');
}

/**
 * Refuses what the contract cannot check: a birth date in the future or before 1900, a minor without a
 * guardian, a guardian's portal email that is no patient-portal login. Returns the guardians as stored.
 */
export async function checkRegistration(
  ctx: RequestContext,
  r: Registration,
  existingGuardianLogins = 0,
): Promise<{ guardians: Guardian[]; guardianUserIds: string[] }> {
  const today = ctx.now().slice(0, 10);
  checkBirthDate(r.birthDate, today);
  if (isMinor(r.birthDate, today) && r.guardians.length === 0 && existingGuardianLogins === 0) {
    throw fail.invalid('guardians', `a patient under ${ADULT_YEARS} needs at least one guardian`);
  }
  const guardians: Guardian[] = [];
  const guardianUserIds: string[] = [];
  for (const [i, { portalAccountEmail, ...g }] of r.guardians.entries()) {
    if (!portalAccountEmail) {
      guardians.push({ ...g, portalAccount: null });
      continue;
    }
    const user = await findUserByEmail(ctx.db, portalAccountEmail);
    if (user?.role !== 'patient') {
      throw fail.invalid(`guardians.${i}.portalAccountEmail`, 'no patient-portal account has this email');
    }
    guardians.push({ ...g, portalAccount: { userId: user.id, email: user.email } });
    guardianUserIds.push(user.id);
  }
  return { guardians, guardianUserIds };
}

/** The registration as stored in the patient's row. */
export function storedFields(r: Registration, guardians: Guardian[]) {
  const details: PatientDetails = {
    address: r.address,
    emergencyContact: r.emergencyContact,
    insurance: r.insurance,
    guardians,
  };
  return {
    given_name: r.givenName,
    family_name: r.familyName,
    birth_date: r.birthDate,
    sex: r.sex,
    email: r.email,
    phone: r.phone,
    preferred_language: r.preferredLanguage,
    details_json: JSON.stringify(details),
  };
}

/** The matches as the desk sees them: who, born when, contact masked, and what matched. */
function presentDuplicates(r: Registration, rows: PatientRow[]): PossibleDuplicate[] {
  const keys = patientSearchKeys({ given_name: r.givenName, family_name: r.familyName, ...r });
  return rows.map((p) => ({
    id: p.id,
    name: patientName(p),
    birthDate: p.birth_date,
    email: maskEmail(p.email),
    phone: maskPhone(p.phone),
    matchedOn: [
      ...(p.given_key === keys.given_key && p.family_key === keys.family_key && p.birth_date === r.birthDate
        ? (['name_and_birth_date'] as const)
        : []),
      ...(keys.email_key && p.email_key === keys.email_key ? (['email'] as const) : []),
      ...(keys.phone_key && p.phone_key === keys.phone_key ? (['phone'] as const) : []),
    ],
  }));
}

/**
 * Registers a patient. Possible duplicates are refused (409 `possible_duplicate`, the matches in `details`)
 * unless the desk gives `duplicateReason`, which the audit row records with the matches' ids.
 */
export async function registerPatient(ctx: RequestContext, body: RegisterPatient): Promise<Patient> {
  const id = randomUUID();
  const { duplicateReason, ...registration } = body;
  ctx.requireRole('front_desk', 'admin');
  const { guardians, guardianUserIds } = await checkRegistration(ctx, registration);
  const duplicates = await findPossibleDuplicates(ctx.db, storedFields(registration, guardians));
  if (duplicates.length && !duplicateReason) {
    throw new DomainError(
      409,
      'possible_duplicate',
      `duplicateReason: ${duplicates.length} patient(s) may be the same person; check them, or give the reason this is someone else`,
      'duplicateReason',
      { matches: presentDuplicates(registration, duplicates) },
    );
  }
  await ctx.access(
    id,
    'demographics.write',
    'patient',
    id,
    duplicates.length
      ? `registered despite possible duplicates ${duplicates.map((d) => d.id).join(', ')}: ${duplicateReason}`
      : undefined,
  );
  await insertRegisteredPatient(
    ctx.db,
    {
      id,
      ...storedFields(registration, guardians),
      factors_json: '{}',
      summary: '',
      created_at: ctx.now(),
    },
    guardianUserIds,
  );
  const row = await findPatient(ctx.db, id);
  if (!row) throw fail.notFound('patient');
  return presentPatient(row, ctx.now().slice(0, 10));
}

async function writablePatient(ctx: RequestContext, id: string): Promise<PatientRow> {
  const row = await findPatient(ctx.db, id);
  if (!row) throw fail.notFound('patient');
  await ctx.access(id, 'demographics.write', 'patient', id);
  return row;
}

/** Edits the registration; refused with 409 `stale_patient` when someone changed it since it was read. */
export async function updatePatient(ctx: RequestContext, id: string, body: UpdatePatient): Promise<Patient> {
  await writablePatient(ctx, id);
  const { version, ...registration } = body;
  const linked = await guardianLogins(ctx.db, id);
  const { guardians, guardianUserIds } = await checkRegistration(ctx, registration, linked.length);
  const saved = await updatePatientRegistrationAtVersion(
    ctx.db,
    id,
    storedFields(registration, guardians),
    version,
    guardianUserIds,
  );
  if (!saved) {
    throw fail.conflict(
      'stale_patient',
      'version: the registration was changed since you read it; reload it and edit again',
      'version',
    );
  }
  const row = await findPatient(ctx.db, id);
  if (!row) throw fail.notFound('patient');
  return presentPatient(row, ctx.now().slice(0, 10));
}

/** Deactivates a patient: the history stays, no new booking is taken (422 `patient_inactive`). */
export async function deactivate(ctx: RequestContext, id: string, reason: string): Promise<Patient> {
  await writablePatient(ctx, id);
  if (!(await deactivatePatient(ctx.db, id, ctx.now(), reason))) {
    throw fail.conflict('patient_inactive', 'the patient is already deactivated');
  }
  const row = await findPatient(ctx.db, id);
  if (!row) throw fail.notFound('patient');
  return presentPatient(row, ctx.now().slice(0, 10));
}

/** Refuses a booking for a deactivated patient (422 `patient_inactive`, field patientId); returns the row it read. */
export async function requireActivePatient(
  ctx: RequestContext,
  patientId: string,
): Promise<PatientRow | undefined> {
  const row = await findPatient(ctx.db, patientId);
  if (row && row.active !== 1) {
    throw fail.unprocessable(
      'patient_inactive',
      'patientId: this patient is deactivated and cannot be booked',
      'patientId',
    );
  }
  return row;
}
