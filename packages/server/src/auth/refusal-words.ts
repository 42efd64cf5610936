import type { Role } from '@omt/contracts';
import type { PatientAction } from './policy';

type Verb = 'read' | 'write' | 'intake' | 'self' | 'sign' | 'export';
/** The part of the record an action names: `chart.header` of `chart.header.read`. */
type Area = PatientAction extends infer A ? (A extends `${infer Part}.${Verb}` ? Part : never) : never;

/** What part of a patient's record an action touches, as a person says it (every area: the type says so). */
const AREAS: Record<Area, string> = {
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
  superbill: 'superbills',
  plan: 'plan of care',
  measure: 'outcome measures',
};

const VERBS: Record<Verb, string> = {
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
  const area = AREAS[action.slice(0, dot) as Area];
  const verb = VERBS[action.slice(dot + 1) as Verb];
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
