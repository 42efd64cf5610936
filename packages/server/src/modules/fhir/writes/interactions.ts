/** The writes the API supports, as the CapabilityStatement lists them (the router in `routes.ts` serves exactly these). */
import type { FhirCapabilityStatement, FhirResource } from '@omt/fhir';

type Rest = NonNullable<FhirCapabilityStatement['rest']>[number];
type TypeInteraction = NonNullable<NonNullable<Rest['resource']>[number]['interaction']>[number];

const WRITES: Partial<Record<FhirResource['resourceType'], TypeInteraction[]>> = {
  Patient: [
    {
      code: 'create',
      documentation:
        'Registers a patient (front desk, admin) with the registration rules; a possible duplicate is a 409. ' +
        'Identifiers with a system are recorded, so an import finds the patient by them.',
    },
    {
      code: 'update',
      documentation:
        'Changes name, birth date, gender, phone, email, language and (when contact is sent) guardians; If-Match ' +
        'with the ETag read makes a change from an older version a 412. Address, emergency contact and insurance are kept.',
    },
  ],
  Appointment: [
    {
      code: 'create',
      documentation:
        'Books a visit: status booked, participants Patient, Practitioner and Location, the visit type as serviceType ' +
        "(its name, or a code of the visit-type code system), the start and the end (the visit type's length). A taken slot is a 409, the booking rules " +
        '(eligibility, consultation first) a 422. An Idempotency-Key header makes a retry answer the same.',
    },
  ],
};

/** A type's write interactions (none for most). */
export const writeInteractions = (type: FhirResource['resourceType']): TypeInteraction[] =>
  WRITES[type] ?? [];

/** The whole-system interactions. */
export const SYSTEM_INTERACTIONS: NonNullable<Rest['interaction']> = [
  {
    code: 'transaction',
    documentation:
      'Imports patients with their problems (Condition), medications (MedicationStatement, medicationCodeableConcept), ' +
      'allergies (AllergyIntolerance) and results from another system (Observation: valueQuantity, valueString or ' +
      'valueCodeableConcept, an effective time and an identifier), all or nothing: POST entries, patients found again ' +
      'by identifier (system|value), results by theirs, chart entries by their words, so the same Bundle twice adds ' +
      'nothing. An admin (records.import) imports everything in one Bundle; otherwise each entry needs the role its ' +
      'REST counterpart needs (the desk registers, a clinician writes the chart).',
  },
];
