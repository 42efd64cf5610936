/** Table types of the licensed instruments (migration 0044); see the migration for what each column holds. */

export interface LicensedQuestionnaireTable {
  /** 'odi', 'ndi' or 'hit6'. */
  measure: string;
  version: number;
  title: string;
  /** The uploaded FHIR R4 Questionnaire as JSON text. */
  questionnaire_json: string;
  uploaded_by: string;
  uploaded_at: string;
}
