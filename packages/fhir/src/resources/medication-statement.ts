import type { MedicationStatement } from '@medplum/fhirtypes';
import { ref } from './references';

/** A medication on the chart's list (migration 0030): its name, dose and frequency as written. */
export interface MedicationSource {
  id: string;
  patient_id: string;
  /** 'active' or 'stopped'. */
  status: string;
  name: string;
  dose: string | null;
  frequency: string | null;
  anticoagulant: number;
  created_by: string;
  created_at: string;
}

/** The medication the patient takes (or took), as the clinician listed it; the medication in words only. */
export function toFhirMedicationStatement(m: MedicationSource): MedicationStatement {
  const dosage = [m.dose, m.frequency].filter(Boolean).join(', ');
  return {
    resourceType: 'MedicationStatement',
    id: m.id,
    status: m.status === 'active' ? 'active' : 'stopped',
    medicationCodeableConcept: { text: m.name },
    subject: ref('Patient', m.patient_id),
    dateAsserted: m.created_at,
    informationSource: ref('Practitioner', m.created_by),
    ...(dosage ? { dosage: [{ text: dosage }] } : {}),
    ...(m.anticoagulant === 1 ? { note: [{ text: 'Anticoagulant' }] } : {}),
  };
}
