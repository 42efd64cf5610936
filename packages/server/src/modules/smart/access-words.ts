import { FHIR_TYPES } from '../fhir/resource-types';
import { reachedTypes, type ResourceScope } from './scopes';

/** Each FHIR type in the consent page's words (a type not named here reads as "<type> records"). */
const WORDS: Record<string, string> = {
  Patient: 'your personal details (name, birth date, contact)',
  Appointment: 'your appointments',
  Encounter: 'your visits',
  Condition: 'your conditions and health concerns',
  Procedure: 'your treatments',
  Observation: 'your questionnaire answers and scores',
  AllergyIntolerance: 'your allergies',
  MedicationStatement: 'your medications',
  CarePlan: 'your plans of care',
  Goal: 'your care goals',
  Consent: 'your signed consent forms',
  DocumentReference: 'your documents',
  QuestionnaireResponse: 'your questionnaire answers',
  RelatedPerson: 'the people linked to your record',
  AuditEvent: 'the log of who looked at your record',
  Practitioner: "the clinic's providers",
  PractitionerRole: "the clinic's providers",
  Organization: "the clinic's details",
  Location: "the clinic's locations",
  Schedule: "the clinic's schedules",
  Slot: "the clinic's free times",
};

const wordsOf = (type: string) =>
  WORDS[type] ?? `${type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()} records`;

/** What scopes let an app read and change, in plain words, each thing once. */
export function accessWords(resources: readonly ResourceScope[]): { read: string[]; change: string[] } {
  const reached = reachedTypes(
    resources,
    FHIR_TYPES.map((t) => t.type),
  );
  const words = (types: string[]) => [...new Set(types.map(wordsOf))];
  return { read: words(reached.read), change: words(reached.change) };
}
