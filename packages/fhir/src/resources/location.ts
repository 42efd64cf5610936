import type { Location } from '@medplum/fhirtypes';
import { US_CORE } from './codes';
import { CLINIC_ORGANIZATION_ID } from './organization';
import { ref } from './references';

export interface LocationSource {
  id: string;
  name: string;
  time_zone: string;
  address: string;
  phone: string;
  retired_at: string | null;
}

export function toFhirLocation(l: LocationSource): Location {
  return {
    resourceType: 'Location',
    id: l.id,
    meta: { profile: [US_CORE.location] },
    status: l.retired_at ? 'inactive' : 'active',
    name: l.name,
    ...(l.phone ? { telecom: [{ system: 'phone' as const, value: l.phone }] } : {}),
    ...(l.address ? { address: { text: l.address } } : {}),
    managingOrganization: ref('Organization', CLINIC_ORGANIZATION_ID),
    extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/timezone', valueCode: l.time_zone }],
  };
}
