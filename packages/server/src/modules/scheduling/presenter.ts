import type { AppointmentView } from '@omt/db';
import type { Appointment } from '@omt/contracts';
import { urgentFlagMarks } from '../intake/presenter';

export function presentAppointment(a: AppointmentView): Appointment {
  return {
    id: a.id,
    patientId: a.patient_id,
    patientName: `${a.given_name} ${a.family_name}`,
    patientBirthDate: a.patient_birth_date,
    visitType: a.visit_type,
    visitTypeName: a.visit_type_name,
    visitTypeNameEs: a.visit_type_name_es,
    providerId: a.provider_id,
    providerName: a.provider_name,
    locationId: a.location_id,
    locationName: a.location_name,
    timeZone: a.time_zone,
    start: a.start_at,
    end: a.end_at,
    status: a.status as Appointment['status'],
    intakeSubmitted: a.intake_id !== null,
    encounterId: a.encounter_id,
    encounterStatus: (a.encounter_status ?? null) as Appointment['encounterStatus'],
    cancelReason: a.cancel_reason,
    lateCancel: a.late_cancel === 1,
    overrideReason: a.override_reason,
    roomName: a.room_name ?? null,
    urgentFlags: urgentFlagMarks(a.intake_red_flags_json ?? null),
  };
}
