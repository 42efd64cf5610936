import type { Appointment } from '@omt/contracts';

/** A booked visit as the API returns it, for component tests; `over` changes what a test is about. */
export function appointmentOf(over: Partial<Appointment> = {}): Appointment {
  return {
    id: 'appt-1',
    patientId: 'patient-1',
    patientName: 'Alex Rivera',
    patientBirthDate: '1990-04-12',
    visitType: 'follow_up',
    visitTypeName: 'Follow-up OMT',
    visitTypeNameEs: null,
    providerId: 'provider-1',
    providerName: 'Dr. Andrea Still',
    locationId: 'location-1',
    locationName: 'Cleveland',
    timeZone: 'America/New_York',
    start: '2026-06-02T13:00:00Z',
    end: '2026-06-02T13:30:00Z',
    status: 'booked',
    intakeSubmitted: false,
    encounterId: null,
    encounterStatus: null,
    cancelReason: null,
    lateCancel: false,
    overrideReason: null,
    roomName: null,
    urgentFlags: [],
    ...over,
  };
}
