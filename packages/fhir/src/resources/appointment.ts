import type { Appointment } from '@medplum/fhirtypes';
import { ref } from './references';

/** An `appointments` row with its visit type's name. */
export interface AppointmentSource {
  id: string;
  patient_id: string;
  provider_id: string;
  location_id: string;
  visit_type: string;
  visit_type_name: string;
  start_at: string;
  end_at: string;
  status: string;
  created_at: string;
  cancel_reason: string | null;
}

/** Our visit statuses in FHIR's Appointment status (a held offer is pending until the patient takes it). */
export const APPOINTMENT_STATUS: Record<string, Appointment['status']> = {
  held: 'pending',
  booked: 'booked',
  checked_in: 'arrived',
  completed: 'fulfilled',
  cancelled: 'cancelled',
  no_show: 'noshow',
};

export function toFhirAppointment(a: AppointmentSource): Appointment {
  return {
    resourceType: 'Appointment',
    id: a.id,
    status: APPOINTMENT_STATUS[a.status] ?? 'booked',
    ...(a.status === 'cancelled' && a.cancel_reason ? { cancelationReason: { text: a.cancel_reason } } : {}),
    serviceType: [{ text: a.visit_type_name }],
    start: a.start_at,
    end: a.end_at,
    minutesDuration: Math.round((Date.parse(a.end_at) - Date.parse(a.start_at)) / 60_000),
    created: a.created_at,
    participant: [
      { actor: ref('Patient', a.patient_id), required: 'required', status: 'accepted' },
      { actor: ref('Practitioner', a.provider_id), required: 'required', status: 'accepted' },
      { actor: ref('Location', a.location_id), required: 'required', status: 'accepted' },
    ],
  };
}
