import type { Appointment, CodeableConcept } from '@medplum/fhirtypes';
import { LOCAL } from './codes';
import { FhirInputError, conceptText, referenceId, type FhirPathOf } from './from-fhir';

/** The visit type a client names: the clinic's code (LOCAL.visitType), else its name as `toFhirAppointment` writes it. */
export interface VisitTypeChoice {
  code: string | undefined;
  text: string | undefined;
  path: string;
}

/** A booking as the REST API takes it (`CreateAppointment` in the contracts), with the end the client expects. */
export interface AppointmentFromFhir {
  patientId: string;
  providerId: string;
  locationId: string;
  visitType: VisitTypeChoice;
  start: string;
  end: string;
  pathOf: FhirPathOf;
}

function participant(a: Appointment, type: 'Patient' | 'Practitioner' | 'Location') {
  const found = a.participant.flatMap((p, i) => {
    const id = referenceId(p.actor?.reference, type);
    return id ? [{ id, path: `Appointment.participant[${i}].actor` }] : [];
  });
  if (found.length !== 1) {
    throw new FhirInputError(
      'Appointment.participant',
      `must name exactly one ${type} as actor (${type}/id); it names ${found.length}`,
    );
  }
  return found[0]!;
}

function visitType(a: Appointment): VisitTypeChoice {
  const concepts: [CodeableConcept, string][] = [
    ...(a.serviceType ?? []).map((c, i): [CodeableConcept, string] => [c, `Appointment.serviceType[${i}]`]),
    ...(a.appointmentType
      ? [[a.appointmentType, 'Appointment.appointmentType'] as [CodeableConcept, string]]
      : []),
  ];
  for (const [c, path] of concepts) {
    const coding = c.coding?.find((x) => x.system === LOCAL.visitType && x.code);
    if (coding) return { code: coding.code, text: undefined, path };
  }
  const named = concepts.find(([c]) => conceptText(c));
  if (named) return { code: undefined, text: conceptText(named[0]), path: named[1] };
  throw new FhirInputError(
    'Appointment.serviceType',
    `must name the visit type (a code of ${LOCAL.visitType}, or the visit type's name as text)`,
  );
}

/**
 * A booking from an Appointment as `toFhirAppointment` writes one (so a read Appointment can be posted again): status
 * booked, the patient, practitioner and location as participants, the visit type as serviceType, the start and the
 * end (R4 wants both; the server checks the end is the visit type's).
 */
export function fromFhirAppointment(a: Appointment): AppointmentFromFhir {
  if (a.status !== 'booked') {
    throw new FhirInputError('Appointment.status', `must be booked to book a visit, not ${a.status}`);
  }
  const patient = participant(a, 'Patient');
  const provider = participant(a, 'Practitioner');
  const location = participant(a, 'Location');
  const type = visitType(a);
  if (!a.start) throw new FhirInputError('Appointment.start', 'is required');
  if (!a.end) throw new FhirInputError('Appointment.end', 'is required');
  const paths: Record<string, string> = {
    patientId: patient.path,
    providerId: provider.path,
    locationId: location.path,
    visitType: type.path,
    start: 'Appointment.start',
  };
  return {
    patientId: patient.id,
    providerId: provider.id,
    locationId: location.id,
    visitType: type,
    start: a.start,
    end: a.end,
    pathOf: (field) => paths[field.split('.')[0]!] ?? 'Appointment',
  };
}
