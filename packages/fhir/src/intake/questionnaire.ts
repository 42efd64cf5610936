/** The pre-visit intake as a FHIR R4 Questionnaire, tailored to the patient of the appointment. */
import type { Questionnaire } from '@medplum/fhirtypes';
import { intakeSectionsFor, type IntakePatient } from '@omt/domain';
import { complaintItems, lifestyleGroup, mentalHealthGroup, painItems } from './core-sections';
import { INTAKE_QUESTIONNAIRE_URL, INTAKE_QUESTIONNAIRE_VERSION } from './link-ids';
import { infantGroup, pregnancyGroup } from './population-sections';
import { infantRedFlagGroup, redFlagGroups } from './red-flag-sections';

/** Builds the intake from domain data, with only the sections that apply to this patient. */
export function intakeQuestionnaire(patient: IntakePatient): Questionnaire {
  const s = intakeSectionsFor(patient);
  return {
    resourceType: 'Questionnaire',
    id: 'omt-intake',
    url: INTAKE_QUESTIONNAIRE_URL,
    version: INTAKE_QUESTIONNAIRE_VERSION,
    name: 'OmtIntake',
    title: 'OMT Clinic pre-visit intake',
    status: 'active',
    subjectType: ['Patient'],
    item: [
      ...complaintItems(),
      ...(s.selfReport ? painItems(s.peg) : []),
      ...(s.infant ? [infantGroup()] : []),
      ...(s.pregnancy ? [pregnancyGroup()] : []),
      ...(s.selfReport ? [lifestyleGroup()] : []),
      ...(s.mentalHealth ? [mentalHealthGroup()] : []),
      ...(s.regionRedFlags ? redFlagGroups(s.child) : []),
      ...(s.infantRedFlags ? [infantRedFlagGroup()] : []),
    ],
  };
}
