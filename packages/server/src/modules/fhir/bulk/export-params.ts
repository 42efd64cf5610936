import type { Role } from '@omt/contracts';
import { fail } from '../../../errors';
import { toInstant } from '../../../clock';
import { exportableTypes } from './export-types';

const NDJSON = ['application/fhir+ndjson', 'application/ndjson', 'ndjson'];
const KNOWN = new Set(['_outputFormat', '_type', '_since']);
/** A FHIR instant: seconds and a zone are required. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export interface ExportRequest {
  types: string[];
  /** Epoch ms of `_since`; null for everything. */
  sinceMs: number | null;
  since: string | null;
}

/**
 * The kick-off's parameters (Bulk Data Access IG): `_outputFormat` ndjson only, `_type` among the types this level
 * exports for this role, `_since` an instant. An unknown parameter is refused unless the client asked for lenient
 * handling.
 */
export function parseExportRequest(
  query: URLSearchParams,
  level: 'system' | 'patient' | 'group',
  role: Role,
  lenient: boolean,
): ExportRequest {
  for (const name of query.keys()) {
    if (!KNOWN.has(name) && !lenient) {
      throw fail.invalid(name, 'unknown parameter: $export takes _outputFormat, _type and _since');
    }
  }
  const format = query.get('_outputFormat');
  if (format !== null && !NDJSON.includes(format)) {
    throw fail.invalid('_outputFormat', `${format} is not served: use application/fhir+ndjson`);
  }
  const served: string[] = exportableTypes(level, role).map((d) => d.type);
  const asked = query
    .getAll('_type')
    .flatMap((v) => v.split(','))
    .map((t) => t.trim())
    .filter(Boolean);
  const unknown = asked.find((t) => !served.includes(t));
  if (unknown !== undefined) {
    throw fail.invalid('_type', `${unknown} is not exported here; this export serves ${served.join(', ')}`);
  }
  const sinceText = query.get('_since');
  let sinceMs: number | null = null;
  if (sinceText !== null) {
    sinceMs = INSTANT.test(sinceText) ? Date.parse(sinceText) : Number.NaN;
    if (Number.isNaN(sinceMs)) {
      throw fail.invalid('_since', `must be an instant such as 2026-01-31T09:00:00Z, not ${sinceText}`);
    }
  }
  return {
    types: asked.length ? served.filter((t) => asked.includes(t)) : served,
    sinceMs,
    since: sinceMs === null ? null : toInstant(new Date(sinceMs)),
  };
}
