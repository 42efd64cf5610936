import { fhirIntakeResponseRows, fhirLicensedQuestionnaireRows, fhirMeasureResponseRows } from '@omt/db';
import {
  questionnaireIdOf,
  toFhirIntakeResponse,
  toFhirMeasureResponse,
  type FhirQuestionnaire,
  type FhirQuestionnaireResponse,
} from '@omt/fhir';
import { codeOf, dateParam, patientParam, roleMay, tokenParam } from './clinical-params';
import type { SearchParamDef } from './search-params';
import type { FhirTypeDef } from './type-def';

type LicensedRows = Awaited<ReturnType<typeof fhirLicensedQuestionnaireRows>>;

/**
 * The licensed version an answer was given on: the one it stored (migration 0051), else, for an answer stored before
 * that, the latest uploaded by then (else the first).
 */
function versionOf(
  rows: LicensedRows,
  m: { measure: string; answered_at: string; licensed_version: number | null },
) {
  const versions = rows.filter((r) => r.measure === m.measure);
  const row =
    m.licensed_version !== null
      ? versions.find((r) => r.version === Number(m.licensed_version))
      : (versions.filter((r) => r.uploaded_at <= m.answered_at).at(-1) ?? versions[0]);
  return row
    ? {
        version: row.version,
        questionnaire: JSON.parse(row.questionnaire_json) as FhirQuestionnaire,
      }
    : null;
}

/**
 * Answers: submitted intakes (`intake.read`: clinicians and the patient) and outcome-measure answers (for roles that
 * read them, `measure.read`; the same roles today).
 */
export const questionnaireResponseDef: FhirTypeDef = {
  type: 'QuestionnaireResponse',
  action: () => 'intake.read',
  params: [
    patientParam('patient', (r: FhirQuestionnaireResponse) => r.subject?.reference),
    patientParam('subject', (r: FhirQuestionnaireResponse) => r.subject?.reference),
    {
      name: 'questionnaire',
      type: 'reference',
      target: 'Questionnaire',
      documentation:
        'The Questionnaire answered (an id or Questionnaire/id, e.g. omt-intake, measure-phq9, measure-odi-2).',
      values: (r: FhirQuestionnaireResponse) => {
        const id = questionnaireIdOf(r.questionnaire);
        return [id ? `Questionnaire/${id}` : undefined];
      },
    } as SearchParamDef,
    dateParam('authored', 'When it was answered', (r: FhirQuestionnaireResponse) => [r.authored]),
    tokenParam('status', 'completed.', (r: FhirQuestionnaireResponse) => codeOf(r.status)),
  ],
  load: async (db, f) => {
    const intakes = await fhirIntakeResponseRows(db, f);
    const measures = roleMay(f, 'measure.read') ? await fhirMeasureResponseRows(db, f) : [];
    const licensed = measures.length ? await fhirLicensedQuestionnaireRows(db) : [];
    return [
      ...intakes.map((i) => ({
        resource: toFhirIntakeResponse(i),
        lastUpdated: i.submitted_at,
        patientId: i.patient_id,
      })),
      ...measures.map((m) => ({
        resource: toFhirMeasureResponse(m, versionOf(licensed, m)),
        lastUpdated: m.answered_at,
        patientId: m.patient_id,
      })),
    ];
  },
};
