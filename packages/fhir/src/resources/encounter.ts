import type { Encounter } from '@medplum/fhirtypes';
import { SYSTEM, US_CORE } from './codes';
import { CLINIC_ORGANIZATION_ID } from './organization';
import { ref } from './references';

/** An `encounters` row with its appointment's location. */
export interface EncounterSource {
  id: string;
  appointment_id: string;
  patient_id: string;
  author_id: string;
  status: string;
  created_at: string;
  updated_at: string;
  signed_at: string | null;
  cosigned_by: string | null;
  location_id: string;
}

/** A note being written is in progress; a signed note (or one awaiting the supervisor's co-signature) is finished. */
export function encounterStatus(status: string): Encounter['status'] {
  return status === 'draft' ? 'in-progress' : 'finished';
}

export function toFhirEncounter(e: EncounterSource): Encounter {
  return {
    resourceType: 'Encounter',
    id: e.id,
    meta: { profile: [US_CORE.encounter] },
    status: encounterStatus(e.status),
    class: { system: SYSTEM.actCode, code: 'AMB', display: 'ambulatory' },
    type: [{ text: 'Osteopathic visit' }],
    subject: ref('Patient', e.patient_id),
    participant: [
      { individual: ref('Practitioner', e.author_id) },
      ...(e.cosigned_by ? [{ individual: ref('Practitioner', e.cosigned_by) }] : []),
    ],
    appointment: [ref('Appointment', e.appointment_id)],
    period: { start: e.created_at, ...(e.signed_at ? { end: e.signed_at } : {}) },
    location: [{ location: ref('Location', e.location_id) }],
    serviceProvider: ref('Organization', CLINIC_ORGANIZATION_ID),
  };
}
