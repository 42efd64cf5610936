import type { PractitionerRole, PractitionerRoleAvailableTime } from '@medplum/fhirtypes';
import { CLINIC_ORGANIZATION_ID } from './organization';
import { ref } from './references';

/** One window of a provider's weekly hours at a location (ISO weekday 1 = Monday, wall-clock `HH:MM`). */
export interface WeeklyWindow {
  weekday: number;
  start_time: string;
  end_time: string;
}

/** A provider working at a location: their weekly hours there, and whether the location is still in use. */
export interface PractitionerRoleSource {
  id: string;
  provider_id: string;
  /** physician or resident: said in text only (terminology.md verifies no role or specialty code). */
  provider_role: string;
  location_id: string;
  active: boolean;
  hours: WeeklyWindow[];
}

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const ROLE_TEXT: Record<string, string> = { physician: 'Physician', resident: 'Resident physician' };

/** FHIR `time` has seconds. */
const fhirTime = (hhmm: string) => (hhmm.length === 5 ? `${hhmm}:00` : hhmm);

export function toFhirPractitionerRole(r: PractitionerRoleSource): PractitionerRole {
  const availableTime: PractitionerRoleAvailableTime[] = [...r.hours]
    .sort((a, b) => a.weekday - b.weekday || (a.start_time < b.start_time ? -1 : 1))
    .flatMap((h) => {
      const day = DAYS[h.weekday - 1];
      return day
        ? [
            {
              daysOfWeek: [day],
              availableStartTime: fhirTime(h.start_time),
              availableEndTime: fhirTime(h.end_time),
            },
          ]
        : [];
    });
  return {
    resourceType: 'PractitionerRole',
    id: r.id,
    active: r.active,
    practitioner: ref('Practitioner', r.provider_id),
    organization: ref('Organization', CLINIC_ORGANIZATION_ID),
    location: [ref('Location', r.location_id)],
    code: [{ text: ROLE_TEXT[r.provider_role] ?? r.provider_role }],
    ...(availableTime.length ? { availableTime } : {}),
  };
}
