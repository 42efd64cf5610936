import { fhirLicensedQuestionnaireRows } from '@omt/db';
import {
  PUBLIC_MEASURES,
  completeIntakeQuestionnaire,
  licensedMeasureQuestionnaire,
  publicMeasureQuestionnaire,
  type FhirQuestionnaire,
} from '@omt/fhir';
import { codeOf, tokenParam } from './clinical-params';
import type { SearchParamDef } from './search-params';
import type { FhirTypeDef } from './type-def';

/**
 * The questionnaires the clinic asks: the intake (every section), the public-domain measures and each uploaded
 * version of the licensed ones. No patient data: any logged-in user, as the REST measure forms.
 */
export const questionnaireDef: FhirTypeDef = {
  type: 'Questionnaire',
  action: null,
  params: [
    {
      name: 'name',
      type: 'string',
      documentation: 'Starts the name or title (case and accents ignored).',
      values: (r: FhirQuestionnaire) => [r.name, r.title],
    } as SearchParamDef,
    tokenParam(
      'status',
      'active, or retired (a licensed version replaced by a newer upload).',
      (r: FhirQuestionnaire) => codeOf(r.status),
    ),
  ],
  load: async (db, f) => {
    const licensed = await fhirLicensedQuestionnaireRows(db);
    const latest = new Map(licensed.map((q) => [q.measure, q.version]));
    const all = [
      { resource: completeIntakeQuestionnaire() },
      ...PUBLIC_MEASURES.map((code) => ({ resource: publicMeasureQuestionnaire(code) })),
      ...licensed.map((q) => ({
        resource: licensedMeasureQuestionnaire(q, latest.get(q.measure) === q.version),
        lastUpdated: q.uploaded_at,
      })),
    ];
    return all
      .filter((q) => !f.ids || f.ids.includes(q.resource.id!))
      .map((q) => ({ ...q, patientId: null }));
  },
};
