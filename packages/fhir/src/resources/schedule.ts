import type { Schedule } from '@medplum/fhirtypes';
import { ref } from './references';

/** A provider's calendar at one location (its free times are the Slots that name it). */
export interface ScheduleSource {
  id: string;
  provider_id: string;
  provider_name: string;
  location_id: string;
  location_name: string;
  active: boolean;
}

export function toFhirSchedule(s: ScheduleSource): Schedule {
  return {
    resourceType: 'Schedule',
    id: s.id,
    active: s.active,
    actor: [
      ref('Practitioner', s.provider_id, s.provider_name),
      ref('Location', s.location_id, s.location_name),
    ],
    comment: `${s.provider_name} at ${s.location_name}`,
  };
}
