/** Table type of the check-in series (migration 0043); see the migration for what each column holds. */
import type { Selectable } from 'kysely';

export interface ScheduledCheckInTable {
  id: string;
  encounter_id: string;
  patient_id: string;
  day: number;
  due_at: string;
  day_ends_at: string;
  expires_at: string;
  /** 1 on the first check-in of the patient's first OMT visit: unanswered by its day's end, it is on the worklist. */
  watch: number;
  check_in_id: string | null;
  answered_at: string | null;
  mailed_at: string | null;
  cleared_by: string | null;
  cleared_at: string | null;
  created_at: string;
}

export type ScheduledCheckInRow = Selectable<ScheduledCheckInTable>;
