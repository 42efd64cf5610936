/** Table types of plans of care (migration 0036); see the migration for what each column holds. */

export interface CarePlanTable {
  id: string;
  patient_id: string;
  encounter_id: string;
  /** 'active' or 'discharged'. */
  status: string;
  current_version: number;
  created_by: string;
  created_at: string;
  discharge_reason: string | null;
  discharge_summary: string | null;
  discharged_by: string | null;
  discharged_at: string | null;
}

export interface CarePlanVersionTable {
  plan_id: string;
  version: number;
  /** 'created', 'revised' or 're_evaluated'. */
  kind: string;
  /** Diagnoses, goals, frequency, techniques, measures and re-evaluation date as JSON. */
  content_json: string;
  author_id: string;
  recorded_at: string;
  awaiting_cosign: number;
  cosigned_by: string | null;
  cosigned_at: string | null;
}

export interface CarePlanVisitTable {
  plan_id: string;
  appointment_id: string;
}
