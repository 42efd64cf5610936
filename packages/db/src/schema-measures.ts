/** Table type of outcome-measure answers (migration 0042); see the migration for what each column holds. */

export interface MeasureResponseTable {
  id: string;
  patient_id: string;
  measure: string;
  plan_id: string | null;
  appointment_id: string | null;
  /** 'baseline', 'each_visit' or 're_evaluation'; null outside a plan. */
  timing: string | null;
  /** The item answers in order, null for an item left unanswered. */
  answers_json: string;
  score: number | null;
  shown: string;
  band: string | null;
  /** 'patient', 'parent' or 'staff'. */
  answered_by: string;
  recorded_by: string;
  answered_at: string;
  /** The licensed Questionnaire's version the answer was given on (migration 0051); null for public-domain measures. */
  licensed_version: number | null;
}
