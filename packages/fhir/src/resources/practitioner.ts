import type { Practitioner } from '@medplum/fhirtypes';
import { SYSTEM, US_CORE } from './codes';

/** The staff columns the mapping reads (a `users` row of a clinician fits). */
export interface PractitionerSource {
  id: string;
  display_name: string;
  credential: string | null;
  npi: string | null;
  status: string;
}

/** A clinician as US Core Practitioner, with the NPI when recorded (system and type per terminology.md §3). */
export function toFhirPractitioner(u: PractitionerSource): Practitioner {
  return {
    resourceType: 'Practitioner',
    id: u.id,
    meta: { profile: [US_CORE.practitioner] },
    ...(u.npi
      ? {
          identifier: [
            {
              system: SYSTEM.npi,
              value: u.npi,
              type: { coding: [{ system: SYSTEM.v2IdentifierType, code: 'NPI' }] },
            },
          ],
        }
      : {}),
    active: u.status === 'active',
    name: [{ text: u.display_name, ...(u.credential ? { suffix: [u.credential] } : {}) }],
  };
}
