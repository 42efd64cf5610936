import { fhirGuardianRows, fhirPatientChanges } from '@omt/db';
import {
  relatedPersonPatient,
  toFhirRelatedPersons,
  type FhirRelatedPerson,
  type StoredGuardian,
} from '@omt/fhir';
import { codesOf, patientParam, tokenParam } from './clinical-params';
import type { FhirTypeDef } from './type-def';

/**
 * A child's parents and guardians, from the registration and the portal logins acting as guardian: part of the
 * patient's demographics (`demographics.read`), so the desk reads them too.
 */
export const relatedPersonDef: FhirTypeDef = {
  type: 'RelatedPerson',
  action: () => 'demographics.read',
  params: [
    patientParam('patient', (r: FhirRelatedPerson) => r.patient.reference),
    tokenParam(
      'relationship',
      'http://terminology.hl7.org/CodeSystem/v3-RoleCode|PRN (parent) or |GUARD (guardian).',
      (r: FhirRelatedPerson) => (r.relationship ?? []).flatMap(codesOf),
    ),
  ],
  load: async (db, f) => {
    const patientIds = f.ids?.map(relatedPersonPatient);
    const rows = await fhirGuardianRows(db, { ...f, ids: patientIds });
    const changed = await fhirPatientChanges(
      db,
      rows.map((p) => p.id),
    );
    return rows.flatMap((p) => {
      const guardians = (JSON.parse(p.details_json) as { guardians?: StoredGuardian[] }).guardians ?? [];
      return toFhirRelatedPersons(p.id, guardians, p.logins).map((resource) => ({
        resource,
        lastUpdated: changed.get(p.id),
        patientId: p.id,
      }));
    });
  },
};
