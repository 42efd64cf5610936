import { toFhirSchedule, type FhirSchedule } from '@omt/fhir';
import type { SearchParamDef } from './search-params';
import type { FhirTypeDef } from './type-def';
import { providersAtLocations } from './provider-locations';

/** A provider's calendar at a location; its free times are the Slots (no patient data). */
export const scheduleDef: FhirTypeDef = {
  type: 'Schedule',
  action: null,
  params: [
    {
      name: 'actor',
      type: 'reference',
      target: ['Practitioner', 'Location'],
      include: true,
      documentation: 'The practitioner or the location (an id, Practitioner/id or Location/id).',
      values: (r: FhirSchedule) => r.actor.map((a) => a.reference),
    } as SearchParamDef,
    {
      name: 'active',
      type: 'token',
      documentation: 'true, or false where the location is retired.',
      values: (r: FhirSchedule) => [{ code: String(r.active) }],
    } as SearchParamDef,
  ],
  load: async (_db, f) =>
    (await providersAtLocations(f.ctx, f.ids)).map((p) => ({
      resource: toFhirSchedule({
        id: p.id,
        provider_id: p.provider.id,
        provider_name: p.provider.display_name,
        location_id: p.location.id,
        location_name: p.location.name,
        active: p.location.retired_at === null,
      }),
      patientId: null,
    })),
};
