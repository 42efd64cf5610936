import type { Organization } from '@medplum/fhirtypes';
import { SYSTEM, US_CORE } from './codes';

/** The clinic's profile (one row). */
export interface OrganizationSource {
  name: string;
  address: string;
  phone: string;
  npi: string | null;
}

/** The one Organization: the clinic itself. */
export const CLINIC_ORGANIZATION_ID = 'clinic';

export function toFhirOrganization(c: OrganizationSource): Organization {
  return {
    resourceType: 'Organization',
    id: CLINIC_ORGANIZATION_ID,
    meta: { profile: [US_CORE.organization] },
    ...(c.npi
      ? {
          identifier: [
            {
              system: SYSTEM.npi,
              value: c.npi,
              type: { coding: [{ system: SYSTEM.v2IdentifierType, code: 'NPI' }] },
            },
          ],
        }
      : {}),
    active: true,
    name: c.name,
    ...(c.phone ? { telecom: [{ system: 'phone' as const, value: c.phone }] } : {}),
    ...(c.address ? { address: [{ text: c.address }] } : {}),
  };
}
