import { fhirChartEntryRows } from '@omt/db';
import { toFhirAllergyIntolerance, type FhirAllergyIntolerance } from '@omt/fhir';
import { codesOf, patientParam, tokenParam } from './clinical-params';
import type { FhirTypeDef } from './type-def';

/** The chart's allergies: clinicians and the patient read them as the chart's lists (`chart.read`). */
export const allergyIntoleranceDef: FhirTypeDef = {
  type: 'AllergyIntolerance',
  action: () => 'chart.read',
  params: [
    patientParam('patient', (r: FhirAllergyIntolerance) => r.patient.reference),
    tokenParam('clinical-status', 'active or inactive.', (r: FhirAllergyIntolerance) =>
      codesOf(r.clinicalStatus),
    ),
  ],
  load: async (db, f) =>
    (await fhirChartEntryRows(db, 'allergy', f)).map((a) => ({
      resource: toFhirAllergyIntolerance(a),
      lastUpdated: a.updated_at,
      patientId: a.patient_id,
    })),
};
