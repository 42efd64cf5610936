import type { AuditEvent, AuditEventAgent, AuditEventEntity, Reference } from '@medplum/fhirtypes';
import { LOCAL } from './codes';
import { CLINIC_ORGANIZATION_ID } from './organization';
import { ref } from './references';

/** An `audit_log` row with the acting user's email. */
export interface AuditEventSource {
  id: number | string;
  at: string;
  user_id: string | null;
  user_email: string | null;
  role: string | null;
  action: string;
  patient_id: string | null;
  resource_type: string;
  resource_id: string | null;
  outcome: string;
  detail: string | null;
}

/** Roles whose logins are served as Practitioner resources. */
const PRACTITIONER_ROLES = ['physician', 'resident'];

/** Our action (e.g. `appointment.read`) as FHIR's create, read, update, delete or execute. */
export function auditAction(action: string): NonNullable<AuditEvent['action']> {
  if (action.startsWith('auth.')) return 'E';
  if (action === 'registration.self') return 'C';
  if (/\.(read|export)$/.test(action) || action === 'calendar.feed') return 'R';
  if (/\.(delete|purge)$/.test(action)) return 'D';
  return 'U';
}

/** What a row names: a resource of this API (`fhir.<Type>` rows) as a reference, else the record's own id. */
function what(type: string, id: string | null): Reference {
  if (type.startsWith('fhir.') && id) return { reference: `${type.slice(5)}/${id}` };
  return { ...(id ? { identifier: { system: LOCAL.recordItem, value: id } } : {}), display: type };
}

function agent(a: AuditEventSource): AuditEventAgent {
  const role = a.role ? { type: { text: a.role } } : {};
  if (!a.user_id) return { requestor: true, name: 'not logged in' };
  const who: AuditEventAgent['who'] =
    a.role && PRACTITIONER_ROLES.includes(a.role)
      ? ref('Practitioner', a.user_id)
      : { identifier: { system: LOCAL.user, value: a.user_id } };
  return { ...role, who: { ...who, ...(a.user_email ? { display: a.user_email } : {}) }, requestor: true };
}

/**
 * One audit row: who (the agent) did what (the action and our action code) to which patient's data (the entities),
 * when, and whether the policy allowed it (outcome 0) or refused it (4).
 */
export function toFhirAuditEvent(a: AuditEventSource): AuditEvent {
  const entity: AuditEventEntity[] = [
    ...(a.patient_id ? [{ what: ref('Patient', a.patient_id) }] : []),
    {
      what: what(a.resource_type, a.resource_id),
      ...(a.detail ? { detail: [{ type: 'detail', valueString: a.detail }] } : {}),
    },
  ];
  return {
    resourceType: 'AuditEvent',
    id: String(a.id),
    type: { system: LOCAL.auditAction, code: a.action },
    action: auditAction(a.action),
    recorded: a.at,
    outcome: a.outcome === 'allowed' ? '0' : '4',
    ...(a.outcome === 'allowed' ? {} : { outcomeDesc: 'refused by the access policy' }),
    agent: [agent(a)],
    source: { observer: ref('Organization', CLINIC_ORGANIZATION_ID) },
    entity,
  };
}
