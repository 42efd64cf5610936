import { fhirConsentSignatureRows, fhirTechniqueConsentRows } from '@omt/db';
import { toFhirGeneralConsent, toFhirTechniqueConsent, type FhirConsent } from '@omt/fhir';
import { codeOf, codesOf, dateParam, latest, patientParam, roleMay, tokenParam } from './clinical-params';
import type { FhirTypeDef } from './type-def';

/**
 * Consents: signatures of the general treatment consent (`consent.read`: clinicians, the desk, the patient) and the
 * per-technique consents of visits, which are part of the clinical note: only for roles that read it (`clinical.read`).
 */
export const consentDef: FhirTypeDef = {
  type: 'Consent',
  action: () => 'consent.read',
  params: [
    patientParam('patient', (r: FhirConsent) => r.patient?.reference),
    tokenParam(
      'status',
      'active, inactive (replaced by a later decision or form) or, never here, others.',
      (r: FhirConsent) => codeOf(r.status),
    ),
    tokenParam('category', 'http://loinc.org|59284-0 (patient consent).', (r: FhirConsent) =>
      (r.category ?? []).flatMap(codesOf),
    ),
    dateParam('date', 'When it was given or signed', (r: FhirConsent) => [r.dateTime]),
  ],
  load: async (db, f) => {
    const techniques = roleMay(f, 'clinical.read') ? await fhirTechniqueConsentRows(db, f) : [];
    const signatures = await fhirConsentSignatureRows(db, f);
    return [
      ...techniques.map((c) => ({
        resource: toFhirTechniqueConsent(c),
        lastUpdated: c.recorded_at,
        patientId: c.patient_id,
      })),
      ...signatures.map((s) => ({
        resource: toFhirGeneralConsent(s),
        // A newer form puts the signature out of force when it is published.
        lastUpdated:
          s.form_version === s.current_version ? s.signed_at : latest(s.signed_at, s.current_published_at),
        patientId: s.patient_id,
      })),
    ];
  },
};
