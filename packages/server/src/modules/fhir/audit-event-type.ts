/**
 * The audit log as AuditEvents, for admins only (as `GET /api/audit`): who did what to which patient's data, when,
 * and whether the policy allowed it. The log grows with every read, so a search narrows in SQL (date, agent,
 * patient, entity, _id) and one that would read more than `AUDIT_SEARCH_LIMIT` rows is refused (400).
 */
import { fhirAuditRows } from '@omt/db';
import { toFhirAuditEvent, type FhirAuditEvent } from '@omt/fhir';
import { fail } from '../../errors';
import { toInstant } from '../../clock';
import { dateBounds } from './date-bounds';
import { ANY_TYPE, type SearchParamDef } from './search-params';
import type { FhirTypeDef, LoadFilter } from './type-def';

export const AUDIT_SEARCH_LIMIT = 10_000;

const references = (r: FhirAuditEvent) => (r.entity ?? []).map((e) => e.what?.reference);

/** The ids the first occurrence of a reference parameter names (without their `Type/`). */
function named(f: LoadFilter, name: string): string[] | undefined {
  return f.search
    ?.get(name)?.[0]
    ?.split(',')
    .map((v) => v.slice(v.indexOf('/') + 1));
}

const iso = (ms: number | undefined) => (ms === undefined ? undefined : toInstant(new Date(ms)));

export const auditEventDef: FhirTypeDef = {
  type: 'AuditEvent',
  action: null,
  roles: ['admin'],
  params: [
    {
      name: 'date',
      type: 'date',
      documentation: 'When it was recorded, with a prefix eq, lt, le, gt or ge.',
      values: (r: FhirAuditEvent) => [r.recorded],
    } as SearchParamDef,
    {
      name: 'patient',
      type: 'reference',
      target: 'Patient',
      documentation: 'The patient whose data it was (an id or Patient/id).',
      values: (r: FhirAuditEvent) => references(r).filter((x) => x?.startsWith('Patient/')),
    } as SearchParamDef,
    {
      name: 'entity',
      type: 'reference',
      target: ANY_TYPE,
      documentation: 'What it was about: Patient/id, or Type/id of a resource read through this API.',
      values: references,
    } as SearchParamDef,
    {
      name: 'agent',
      type: 'reference',
      target: 'Practitioner',
      documentation: 'Who acted: a user id (any login; a physician or resident is also Practitioner/id).',
      values: (r: FhirAuditEvent) =>
        r.agent.map(
          (a) =>
            a.who?.reference ??
            (a.who?.identifier?.value ? `Practitioner/${a.who.identifier.value}` : undefined),
        ),
    } as SearchParamDef,
    {
      name: 'action',
      type: 'token',
      documentation: 'C (create), R (read), U (update), D (delete) or E (execute: logins and the like).',
      values: (r: FhirAuditEvent) => (r.action ? [{ code: r.action }] : []),
    } as SearchParamDef,
    {
      name: 'outcome',
      type: 'token',
      documentation: '0 (allowed) or 4 (refused by the access policy).',
      values: (r: FhirAuditEvent) => (r.outcome ? [{ code: r.outcome }] : []),
    } as SearchParamDef,
  ],
  load: async (db, f) => {
    const bounds = dateBounds(f.search?.get('date') ?? []);
    const userIds = named(f, 'agent');
    const patientIds = named(f, 'patient');
    const entityIds = named(f, 'entity');
    const from = iso(bounds.from);
    const to = iso(bounds.to);
    const rows = await fhirAuditRows(db, {
      ...(f.ids ? { ids: f.ids.filter((id) => /^\d{1,15}$/.test(id)).map(Number) } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(userIds ? { userIds } : {}),
      ...(patientIds ? { patientIds } : {}),
      ...(entityIds ? { entityIds } : {}),
      limit: AUDIT_SEARCH_LIMIT + 1,
    });
    if (rows.length > AUDIT_SEARCH_LIMIT) {
      throw fail.invalid(
        'date',
        `more than ${AUDIT_SEARCH_LIMIT} audit events match: narrow the search by date, patient, entity or agent`,
      );
    }
    return rows.map((row) => ({
      resource: toFhirAuditEvent(row),
      lastUpdated: row.at,
      patientId: null,
    }));
  },
};
