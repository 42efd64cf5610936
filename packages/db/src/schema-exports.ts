/** Table type of the exports prepared in the background (migration 0045). */
import type { Selectable } from 'kysely';

export type ExportStatus = 'preparing' | 'ready' | 'failed';

export interface ExportTable {
  id: string;
  /** What is exported: `patient-record` (the record with every document). */
  kind: string;
  patient_id: string;
  requested_by: string;
  lang: string;
  status: ExportStatus;
  file_name: string | null;
  /** The file's text once ready (JSON); null while preparing, after a failure and once expired. */
  content: string | null;
  created_at: string;
  ready_at: string | null;
  /** After this instant the export is deleted (a recurring job). */
  expires_at: string;
}

export type ExportRow = Selectable<ExportTable>;
