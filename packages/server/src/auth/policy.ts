import type { Role } from '@omt/contracts';

/** What may be done with a patient's data. */
export type PatientAction =
  | 'demographics.read'
  /** Registering, editing and deactivating a patient (the desk). */
  | 'demographics.write'
  | 'appointment.read'
  | 'appointment.write'
  | 'intake.read'
  | 'intake.write'
  | 'clinical.read'
  | 'clinical.write'
  | 'factors.write'
  /** The intake's own answers (pregnancy) updating the safety factors. */
  | 'factors.intake'
  | 'aftercare.read'
  | 'checkin.read'
  | 'checkin.write'
  /** A patient's own choice of language for the portal and mails. */
  | 'language.write'
  /**
   * A portal login creating a record that does not exist yet, its own (online sign-up) or a child's (a parent adds
   * a child): the server picks the new record's id and links it to the login in the same transaction.
   */
  | 'registration.self'
  /** The chart's header (name, age, allergies, active problems, safety factors, open flags): staff at the desk too. */
  | 'chart.header.read'
  /** The chart's lists (problems, medications, allergies, history) and what the intake reported for them. */
  | 'chart.read'
  | 'chart.write'
  /** Uploaded documents (referral letters, imaging reports, outside records). */
  | 'document.read'
  | 'document.write'
  /** The clinic's general treatment consent: reading where a patient stands, and signing it (portal). */
  | 'consent.read'
  | 'consent.sign'
  /** A patient's own record in the portal and the download of their data. */
  | 'record.read'
  | 'record.export'
  /** The superbill of a signed visit (CPT, ICD-10-CM, fees): clinicians, the desk and the patient. */
  | 'superbill.read'
  /** Plans of care: clinicians write them (a resident's version awaits co-signature); the patient reads their own. */
  | 'plan.read'
  | 'plan.write'
  /** Outcome-measure answers: clinicians and the patient read them; the desk records answers given on its tablet. */
  | 'measure.read'
  | 'measure.write'
  /** Allowing a third-party app (SMART) to read one's own or a dependant's data, and revoking it. */
  | 'app.connect'
  /**
   * A data migration from another system: one FHIR transaction Bundle that registers (or finds) patients and writes
   * their chart entries and results, where the Bundle's entries would otherwise need both the desk's
   * 'demographics.write' and a clinician's 'chart.write' (`fhir/writes/import-context.ts` lists what it covers).
   * The admin's alone: moving a clinic's records in is the set-up of the clinic, like its staff and locations, and
   * the admin already registers patients. Physicians do not hold it: they share their actions with residents, and
   * neither registers patients outside the desk's rules; a clinician still adds chart entries to patients the desk
   * imported, entry by entry under their own actions.
   */
  | 'records.import';

const STAFF_CLINICAL: PatientAction[] = [
  'demographics.read',
  'appointment.read',
  'appointment.write',
  'intake.read',
  'clinical.read',
  'clinical.write',
  'factors.write',
  'factors.intake',
  'aftercare.read',
  'checkin.read',
  'chart.header.read',
  'chart.read',
  'chart.write',
  'document.read',
  'document.write',
  'consent.read',
  'superbill.read',
  'plan.read',
  'plan.write',
  'measure.read',
  'measure.write',
];

/** Declared policy: which role may do which action (patients only on their own and dependants' records). */
const POLICY: Record<Role, PatientAction[]> = {
  physician: STAFF_CLINICAL,
  resident: STAFF_CLINICAL,
  front_desk: [
    'demographics.read',
    'demographics.write',
    'appointment.read',
    'appointment.write',
    'chart.header.read',
    'document.read',
    'document.write',
    'consent.read',
    'superbill.read',
    'measure.write',
  ],
  admin: ['demographics.read', 'demographics.write', 'appointment.read', 'records.import'],
  patient: [
    'demographics.read',
    'appointment.read',
    'appointment.write',
    'intake.read',
    'intake.write',
    'factors.intake',
    'aftercare.read',
    'checkin.read',
    'checkin.write',
    'language.write',
    'registration.self',
    'chart.header.read',
    'chart.read',
    'document.read',
    'consent.read',
    'consent.sign',
    'record.read',
    'record.export',
    'superbill.read',
    'plan.read',
    'measure.read',
    'measure.write',
    'app.connect',
  ],
};

/** Whether `role` may perform `action` on the record of `patientId`, given the patients a login is linked to. */
export function mayAccessPatient(
  role: Role,
  action: PatientAction,
  patientId: string,
  linkedPatientIds: readonly string[],
): boolean {
  if (!POLICY[role].includes(action)) return false;
  return role !== 'patient' || action === 'registration.self' || linkedPatientIds.includes(patientId);
}

export const STAFF_ROLES: readonly Role[] = ['physician', 'resident', 'front_desk', 'admin'];
export const CLINICIAN_ROLES: readonly Role[] = ['physician', 'resident'];
