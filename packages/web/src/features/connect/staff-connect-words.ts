/**
 * What each FHIR resource type holds, in plain English for the clinic's staff (the consent page and Connected apps of
 * a staff login; staff pages are English). A type not named here reads as "other records (Type)".
 */
const STAFF_TYPE_WORDS: Record<string, string> = {
  Patient: "patients' personal details (name, birth date, contact)",
  Appointment: 'appointments',
  Encounter: 'visits',
  Condition: 'conditions and health concerns',
  Procedure: 'treatments',
  Observation: 'scores worked out from questionnaires, and results sent by other systems',
  AllergyIntolerance: 'allergies',
  MedicationStatement: 'medications',
  CarePlan: 'plans of care',
  Goal: 'care goals',
  Consent: 'signed consent forms',
  DocumentReference: 'documents and signed notes',
  QuestionnaireResponse: "patients' answers to intake and measure forms, question by question",
  Questionnaire: "the clinic's questionnaires",
  RelatedPerson: "the people linked to patients' records",
  AuditEvent: 'the audit log',
  Practitioner: "the clinic's providers",
  PractitionerRole: "the clinic's providers",
  Organization: "the clinic's details",
  Location: "the clinic's locations",
  Group: "each location's patients",
  Schedule: "the clinic's schedules",
  Slot: "the clinic's free times",
};

/** The words of each type, each phrase once (two types may read alike). */
export function staffTypeWords(types: readonly string[]): string[] {
  return [...new Set(types.map((type) => STAFF_TYPE_WORDS[type] ?? `other records (${type})`))];
}
