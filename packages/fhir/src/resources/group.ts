import type { Group } from '@medplum/fhirtypes';
import { CLINIC_ORGANIZATION_ID } from './organization';
import { ref } from './references';

/** A location whose patients make a Group: the patients with a visit there (what `Group/{id}/$export` exports). */
export interface LocationGroupSource {
  id: string;
  name: string;
  retired_at: string | null;
}

/**
 * The patients seen at a location as an actual Group of persons, its id the location's. `memberIds` are the patients
 * the caller may see; a Group with none has no `member` (FHIR has no empty lists).
 */
export function toFhirLocationGroup(l: LocationGroupSource, memberIds: readonly string[]): Group {
  return {
    resourceType: 'Group',
    id: l.id,
    active: !l.retired_at,
    type: 'person',
    actual: true,
    name: `Patients with a visit at ${l.name}`,
    managingEntity: ref('Organization', CLINIC_ORGANIZATION_ID),
    quantity: memberIds.length,
    ...(memberIds.length ? { member: memberIds.map((id) => ({ entity: ref('Patient', id) })) } : {}),
  };
}
