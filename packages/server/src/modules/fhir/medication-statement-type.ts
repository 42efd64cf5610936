import { fhirChartEntryRows } from '@omt/db';
import { toFhirMedicationStatement, type FhirMedicationStatement } from '@omt/fhir';
import { codeOf, patientParam, tokenParam } from './clinical-params';
import type { FhirTypeDef } from './type-def';

/** The chart's medications: clinicians and the patient read them as the chart's lists (`chart.read`). */
export const medicationStatementDef: FhirTypeDef = {
  type: 'MedicationStatement',
  action: () => 'chart.read',
  params: [
    patientParam('patient', (r: FhirMedicationStatement) => r.subject.reference),
    patientParam('subject', (r: FhirMedicationStatement) => r.subject.reference),
    tokenParam('status', 'active or stopped.', (r: FhirMedicationStatement) => codeOf(r.status)),
  ],
  load: async (db, f) =>
    (await fhirChartEntryRows(db, 'medication', f)).map((m) => ({
      resource: toFhirMedicationStatement(m),
      lastUpdated: m.updated_at,
      patientId: m.patient_id,
    })),
};
