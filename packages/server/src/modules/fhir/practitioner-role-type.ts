import { toFhirPractitionerRole, type FhirPractitionerRole } from '@omt/fhir';
import type { SearchParamDef } from './search-params';
import type { FhirTypeDef } from './type-def';
import { providersAtLocations } from './provider-locations';

/** A provider at a location: who, where, their weekly hours there (no patient data). */
export const practitionerRoleDef: FhirTypeDef = {
  type: 'PractitionerRole',
  action: null,
  params: [
    {
      name: 'practitioner',
      type: 'reference',
      target: 'Practitioner',
      include: true,
      documentation: 'The practitioner (an id or Practitioner/id).',
      values: (r: FhirPractitionerRole) => [r.practitioner?.reference],
    } as SearchParamDef,
    {
      name: 'location',
      type: 'reference',
      target: 'Location',
      include: true,
      documentation: 'The location (an id or Location/id).',
      values: (r: FhirPractitionerRole) => (r.location ?? []).map((l) => l.reference),
    } as SearchParamDef,
    {
      name: 'active',
      type: 'token',
      documentation: 'true, or false where the location is retired.',
      values: (r: FhirPractitionerRole) => [{ code: String(r.active) }],
    } as SearchParamDef,
  ],
  load: async (_db, f) =>
    (await providersAtLocations(f.ctx, f.ids)).map((p) => ({
      resource: toFhirPractitionerRole({
        id: p.id,
        provider_id: p.provider.id,
        provider_role: p.provider.role,
        location_id: p.location.id,
        active: p.location.retired_at === null,
        hours: p.hours,
      }),
      patientId: null,
    })),
};
