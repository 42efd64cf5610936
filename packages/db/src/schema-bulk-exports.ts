/** Table types of the FHIR Bulk Data exports (migration 0048). */
import type { Selectable } from 'kysely';

export type BulkExportLevel = 'system' | 'patient' | 'group';
export type BulkExportStatus = 'in-progress' | 'complete' | 'failed';

export interface FhirBulkExportTable {
  id: string;
  level: BulkExportLevel;
  /** The Group exported (a location's id) at Group level; null otherwise. */
  group_id: string | null;
  /** The resource types asked for, comma-separated, in the order they are written. */
  types: string;
  /** `_since`: only resources changed at or after this instant; null for all. */
  since: string | null;
  /** The kick-off request's URL, as the manifest repeats it. */
  request_url: string;
  requested_by: string;
  status: BulkExportStatus;
  /** What the job is doing, for the `X-Progress` header while in progress. */
  progress: string | null;
  /** Why it failed, in words for the client. */
  error: string | null;
  /** The instant the export's data stands at (the kick-off). */
  transaction_time: string;
  created_at: string;
  completed_at: string | null;
  expires_at: string;
}

export interface FhirBulkFileTable {
  export_id: string;
  resource_type: string;
  /** 1, 2, … within the type: a type's resources are split into parts of bounded size. */
  part: number;
  /** The resources (lines) in this part. */
  count: number;
  /** ndjson: one resource per line. */
  content: string;
}

export type FhirBulkExportRow = Selectable<FhirBulkExportTable>;
