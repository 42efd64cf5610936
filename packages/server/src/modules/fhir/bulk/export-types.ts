import type { Role } from '@omt/contracts';
import { mayAccessPatient } from '../../../auth/policy';
import { FHIR_TYPES, type FhirTypeDef } from '../resource-types';

/**
 * Types a Bulk export never writes: Slots are computed free times, not data at rest, the audit trail is for admins
 * to read on the server, not to copy out, and a Group is the export's own choice of patients, not their data.
 */
const NOT_EXPORTED = new Set(['Slot', 'AuditEvent', 'Group']);

/**
 * Whether `role` may read the type's patient data at all (types without patient data: anyone); a patient login as
 * on a record linked to it.
 */
export const roleMayRead = (role: Role, def: FhirTypeDef) =>
  (!def.roles || def.roles.includes(role)) &&
  (!def.action || mayAccessPatient(role, def.action(role), 'linked', ['linked']));

/**
 * The types an export at `level` writes for `role`, in the table's order: the patient compartment's types (those
 * holding patient data), plus at system level the ones without (practitioners, locations, the organization …).
 */
export function exportableTypes(level: 'system' | 'patient' | 'group', role: Role): FhirTypeDef[] {
  return FHIR_TYPES.filter(
    (def) =>
      !NOT_EXPORTED.has(def.type) && (def.action !== null || level === 'system') && roleMayRead(role, def),
  );
}
