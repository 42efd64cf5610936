/**
 * Answers as FHIR R4 QuestionnaireResponses: the intake as the server stored it when it was submitted, and each
 * outcome-measure answer with its items under the linkIds of the measure's Questionnaire.
 */
import type {
  Patient,
  Practitioner,
  Questionnaire,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
  Reference,
  RelatedPerson,
} from '@medplum/fhirtypes';
import { MEASURES, type MeasureCode } from '@omt/domain';
import { INTAKE_QUESTIONNAIRE_URL } from '../intake/link-ids';
import { licensedItems } from '../questionnaire/licensed';
import { measureQuestionnaireUrl } from './measure-questionnaire';
import { ref } from './references';
import { guardianLoginId } from './related-person';

/** A submitted intake with who submitted it. */
export interface IntakeResponseSource {
  id: string;
  patient_id: string;
  questionnaire_response_json: string;
  submitted_by: string;
  submitted_at: string;
  submitter_role: string;
  /** The submitter's link to the patient ('self', 'guardian'), null for staff. */
  submitter_relationship: string | null;
}

function submitter(i: IntakeResponseSource): Reference<Patient | Practitioner | RelatedPerson> | null {
  if (i.submitter_relationship === 'self') return ref('Patient', i.patient_id);
  if (i.submitter_relationship === 'guardian')
    return ref('RelatedPerson', guardianLoginId(i.patient_id, i.submitted_by));
  if (i.submitter_role === 'physician' || i.submitter_role === 'resident')
    return ref('Practitioner', i.submitted_by);
  return null;
}

/** The intake's stored answers (checked against the tailored intake when submitted) and its canonical|version. */
export function toFhirIntakeResponse(i: IntakeResponseSource): QuestionnaireResponse {
  const stored = JSON.parse(i.questionnaire_response_json) as QuestionnaireResponse;
  const by = submitter(i);
  return {
    resourceType: 'QuestionnaireResponse',
    id: i.id,
    questionnaire: stored.questionnaire ?? INTAKE_QUESTIONNAIRE_URL,
    status: 'completed',
    subject: ref('Patient', i.patient_id),
    authored: i.submitted_at,
    ...(by ? { author: by, source: by } : {}),
    ...(stored.language ? { language: stored.language } : {}),
    ...(stored.item?.length ? { item: stored.item } : {}),
  };
}

/** A stored outcome-measure answer (migration 0042). */
export interface MeasureResponseSource {
  id: string;
  patient_id: string;
  measure: string;
  answers_json: string;
  /** 'patient', 'parent' or 'staff'. */
  answered_by: string;
  answered_at: string;
}

/** The licensed Questionnaire version the answer was given on. */
export interface LicensedVersion {
  version: number;
  questionnaire: Questionnaire;
}

function licensedAnswer(option: { code: string; display: string } | undefined, value: number) {
  return option?.code
    ? { valueCoding: { code: option.code, ...(option.display ? { display: option.display } : {}) } }
    : { valueInteger: value };
}

/**
 * The measure's item answers (unanswered items left out) under the linkIds of its Questionnaire: the public ones'
 * catalogue ids, a licensed one's items (each answer as the option with that score) of the version given.
 */
export function toFhirMeasureResponse(
  r: MeasureResponseSource,
  licensed: LicensedVersion | null,
): QuestionnaireResponse {
  const answers = JSON.parse(r.answers_json) as (number | null)[];
  const catalogue = MEASURES[r.measure as MeasureCode]?.items ?? [];
  const licensedList = licensed ? licensedItems(licensed.questionnaire) : [];
  const item: QuestionnaireResponseItem[] = answers.flatMap((value, i) => {
    if (value === null) return [];
    const linked = licensedList[i];
    const linkId = linked?.linkId ?? catalogue[i]?.id ?? `item-${i + 1}`;
    const answer: QuestionnaireResponseItemAnswer = linked
      ? licensedAnswer(
          linked.options.find((o) => o.score === value),
          value,
        )
      : { valueInteger: value };
    return [{ linkId, ...(linked?.text ? { text: linked.text } : {}), answer: [answer] }];
  });
  const url = measureQuestionnaireUrl(r.measure);
  return {
    resourceType: 'QuestionnaireResponse',
    id: r.id,
    questionnaire: licensed ? `${url}|${licensed.version}` : url,
    status: 'completed',
    subject: ref('Patient', r.patient_id),
    authored: r.answered_at,
    ...(r.answered_by === 'patient' ? { source: ref('Patient', r.patient_id) } : {}),
    ...(item.length ? { item } : {}),
  };
}
