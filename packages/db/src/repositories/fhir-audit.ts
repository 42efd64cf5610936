import type { Database } from '../connection';

/** What a FHIR AuditEvent search narrows the audit log by; each list: any of them. */
export interface FhirAuditFilter {
  ids?: readonly number[];
  /** Instants as stored (`YYYY-MM-DDTHH:MM:SSZ`): from inclusive, to exclusive. */
  from?: string;
  to?: string;
  userIds?: readonly string[];
  patientIds?: readonly string[];
  /** Rows about any of these: the patient or the resource. */
  entityIds?: readonly string[];
  /** At most this many rows, oldest first. */
  limit: number;
}

/** Audit rows for `/fhir/R4/AuditEvent`, with the acting user's email, by id. */
export async function fhirAuditRows(db: Database, f: FhirAuditFilter) {
  let q = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .selectAll('audit_log')
    .select('users.email as user_email');
  if (f.ids) {
    if (!f.ids.length) return [];
    q = q.where('audit_log.id', 'in', [...f.ids]);
  }
  if (f.from !== undefined) q = q.where('audit_log.at', '>=', f.from);
  if (f.to !== undefined) q = q.where('audit_log.at', '<', f.to);
  if (f.userIds) q = q.where('audit_log.user_id', 'in', [...f.userIds, '']);
  if (f.patientIds) q = q.where('audit_log.patient_id', 'in', [...f.patientIds, '']);
  const entityIds = f.entityIds && [...f.entityIds, ''];
  if (entityIds) {
    q = q.where((eb) =>
      eb.or([eb('audit_log.patient_id', 'in', entityIds), eb('audit_log.resource_id', 'in', entityIds)]),
    );
  }
  return q.orderBy('audit_log.id').limit(f.limit).execute();
}
