/** Table types of the chart's lists (migration 0030); see the migration for what each column holds. */
import type { Generated, Selectable } from 'kysely';

export interface ChartEntryTable {
  id: string;
  patient_id: string;
  kind: string;
  status: string;
  /** The problem, the medication, the allergy's substance, or the history entry's words. */
  name: string;
  /** ICD-10-CM of a problem (its form checked, never made up). */
  code: string | null;
  onset: string | null;
  dose: string | null;
  frequency: string | null;
  anticoagulant: Generated<number>;
  reaction: string | null;
  severity: string | null;
  year: number | null;
  source_intake_id: string | null;
  version: Generated<number>;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export interface PatientChartTable {
  patient_id: string;
  no_known_allergies: number;
  version: Generated<number>;
  updated_by: string;
  updated_at: string;
}

export interface ChartReconciliationTable {
  intake_id: string;
  item_key: string;
  patient_id: string;
  /** 'added' or 'dismissed'. */
  decision: string;
  entry_id: string | null;
  decided_by: string;
  decided_at: string;
}

export type ChartEntryRow = Selectable<ChartEntryTable>;
export type PatientChartRow = Selectable<PatientChartTable>;
export type ChartReconciliationRow = Selectable<ChartReconciliationTable>;
