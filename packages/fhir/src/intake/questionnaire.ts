/** The pre-visit intake as a FHIR R4 Questionnaire, tailored to the patient of the appointment. */
import type { Questionnaire } from '@medplum/fhirtypes';
import {
  intakeSectionsFor,
  PREGNANCY_AGE_RANGE,
  type IntakeLanguage,
  type IntakePatient,
  type IntakeSections,
} from '@omt/domain';
import { complaintItems, lifestyleGroup, mentalHealthGroup, painItems } from './core-sections';
import { historyGroup } from './history-section';
import { INTAKE_QUESTIONNAIRE_URL, INTAKE_QUESTIONNAIRE_VERSION } from './link-ids';
import { infantGroup, pregnancyGroup } from './population-sections';
import { infantRedFlagGroup, redFlagGroups } from './red-flag-sections';

/**
 * Builds the intake from domain data, with only the sections that apply to this patient, in English or
 * Spanish: the languages differ only in `text`/`display` and `language` (same linkIds, codes, conditions
 * and version), so a response to either is stored and scored the same; PHQ and PEG keep their English.
 */
export function intakeQuestionnaire(patient: IntakePatient, lang: IntakeLanguage = 'en'): Questionnaire {
  return intakeWithSections(intakeSectionsFor(patient), lang);
}

/** Every section of the intake, as no single patient is asked it: what the FHIR API serves as the intake. */
export function completeIntakeQuestionnaire(lang: IntakeLanguage = 'en'): Questionnaire {
  const all: IntakeSections = {
    selfReport: true,
    peg: true,
    mentalHealth: true,
    infant: true,
    pregnancy: true,
    child: true,
    regionRedFlags: true,
    infantRedFlags: true,
  };
  return {
    ...intakeWithSections(all, lang),
    description:
      'Every section of the intake. Each patient is asked only the sections that apply to their age and sex: ' +
      `infants get the infant sections instead of the self-report ones, and pregnancy questions go to female patients of ${PREGNANCY_AGE_RANGE.min} to ${PREGNANCY_AGE_RANGE.max}.`,
  };
}

function intakeWithSections(s: IntakeSections, lang: IntakeLanguage): Questionnaire {
  return {
    resourceType: 'Questionnaire',
    id: 'omt-intake',
    url: INTAKE_QUESTIONNAIRE_URL,
    version: INTAKE_QUESTIONNAIRE_VERSION,
    name: 'OmtIntake',
    title: 'OMT Clinic pre-visit intake',
    status: 'active',
    language: lang,
    subjectType: ['Patient'],
    item: [
      ...complaintItems(lang),
      ...(s.selfReport ? painItems(s.peg, lang) : []),
      ...(s.infant ? [infantGroup(lang)] : []),
      ...(s.pregnancy ? [pregnancyGroup(lang)] : []),
      ...(s.selfReport ? [lifestyleGroup(lang)] : []),
      historyGroup(lang),
      ...(s.mentalHealth ? [mentalHealthGroup()] : []),
      ...(s.regionRedFlags ? redFlagGroups(s.child, lang) : []),
      ...(s.infantRedFlags ? [infantRedFlagGroup(lang)] : []),
    ],
  };
}
