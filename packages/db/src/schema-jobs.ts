/** Table type of the durable job store (migration 0035); see the migration for what each column holds. */
import type { Generated, Selectable } from 'kysely';

export type JobState = 'queued' | 'running' | 'done' | 'failed';

export interface JobTable {
  id: string;
  kind: string;
  key: string;
  payload_json: string;
  state: JobState;
  attempts: Generated<number>;
  max_attempts: number;
  run_at: string;
  lease_owner: string | null;
  lease_until: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export type JobRow = Selectable<JobTable>;
