import type { Role } from '@omt/contracts';
import type { PatientAction } from './policy';

/** What part of a patient's record an action touches, as a person says it. */
const AREAS: Record<string, string> = {
  demographics: 'details',
  appointment: 'appointments',
  intake: 'intake forms',
  clinical: 'clinical notes',
  factors: 'safety factors',
  aftercare: 'aftercare',
  checkin: 'check-ins',
  language: 'language',
  registration: 'registration',
  'chart.header': 'chart',
  chart: 'chart',
  document: 'documents',
  consent: 'consent',
  record: 'record',
};

const VERBS: Record<string, string> = {
  read: 'see',
  write: 'change',
  intake: 'change',
  self: 'create',
  sign: 'sign',
  export: 'download',
};

/** "Your account may not see this patient's aftercare." for `aftercare.read`. */
export function patientRefusal(action: PatientAction): string {
  const dot = action.lastIndexOf('.');
  const area = AREAS[action.slice(0, dot)] ?? 'records';
  const verb = VERBS[action.slice(dot + 1)] ?? 'use';
  return `Your account may not ${verb} this patient's ${area}.`;
}

const ROLE_WORDS: Record<Role, string> = {
  physician: 'physicians',
  resident: 'residents',
  front_desk: 'the front desk',
  admin: 'clinic admins',
  patient: 'patients',
};

/** "Only physicians, residents or the front desk may do this." */
export function rolesRefusal(roles: readonly Role[]): string {
  const names = roles.map((r) => ROLE_WORDS[r]);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : (names[0] ?? '');
  return `Only ${list} may do this.`;
}
