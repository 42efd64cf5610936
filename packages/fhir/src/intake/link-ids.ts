/** The linkIds of the intake Questionnaire: the builder, the extractor and the tests share them. */

export const INTAKE_QUESTIONNAIRE_URL = 'https://omt-clinic.org/fhir/Questionnaire/omt-intake';
export const INTAKE_QUESTIONNAIRE_VERSION = '4';
/** Code system of our own answer codes (regions, sleep, activity, diet, feeding). */
export const INTAKE_CODE_SYSTEM = 'https://omt-clinic.org/fhir/CodeSystem/intake';
export const REGION_CODE_SYSTEM = 'https://omt-clinic.org/fhir/CodeSystem/omt-region';
export const LOINC = 'http://loinc.org';

export const LINK = {
  chiefComplaint: 'chief-complaint',
  painRegions: 'pain-regions',
  painNow: 'pain-now',
  peg: 'peg',
  lifestyle: 'lifestyle',
  sleepHours: 'sleep-hours',
  sleepQuality: 'sleep-quality',
  activityLevel: 'activity-level',
  diet: 'diet',
  mentalHealth: 'mental-health',
  phq9More: 'phq9-more',
  infant: 'infant',
  infantFeeding: 'infant-feeding',
  infantCryingHours: 'infant-crying-hours',
  infantSleepHours: 'infant-sleep-hours',
  pregnancy: 'pregnancy',
  pregnant: 'pregnant',
  pregnancyWeeks: 'pregnancy-weeks',
  pregnancyComplications: 'pregnancy-complications',
  pregnancyDetails: 'pregnancy-complications-details',
  history: 'history',
  medications: 'medications',
  allergies: 'allergies',
  allergyList: 'allergy-list',
  medicalHistory: 'medical-history',
  surgicalHistory: 'surgical-history',
} as const;

/** linkId of PEG item `id` (pain, enjoyment, activity). */
export const pegLink = (id: string): string => `peg-${id}`;
/** linkId of PHQ-9 item n (1–9); items 1–2 are the PHQ-2. */
export const phqLink = (n: number): string => `phq-${n}`;

/** The red-flag screens of the intake; each question's linkId is `<screen>.<question id>`. */
export const RED_FLAG_SCREENS = ['low-back', 'neck', 'c-spine', 'headache', 'infant'] as const;
export type RedFlagScreen = (typeof RED_FLAG_SCREENS)[number];
export const redFlagLink = (screen: RedFlagScreen, id: string): string => `${screen}.${id}`;
export const redFlagGroupLink = (screen: RedFlagScreen): string => `red-flags-${screen}`;
