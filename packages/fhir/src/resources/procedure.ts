import type { Coding, Procedure } from '@medplum/fhirtypes';
import { isTechniqueId, techniqueById } from '@omt/domain';
import { LOCAL, SYSTEM, US_CORE } from './codes';
import { regionBodySite } from './body-site';
import { ref } from './references';

/** A `treatments` row with its encounter (and the encounter's CPT once the note is coded). */
export interface TreatmentSource {
  id: string;
  encounter_id: string;
  region: string;
  technique: string;
  response: string;
  recorded_by: string;
  recorded_at: string;
  patient_id: string;
  /** The signed encounter's OMT CPT (98925–98929), null before coding. */
  encounter_cpt: string | null;
}

/**
 * One OMT treatment: the technique (the clinic's code system: no verified SNOMED CT code for OMT), the encounter's
 * CPT OMT code when billed, the region as body site, the clinician who performed it.
 */
export function toFhirProcedure(t: TreatmentSource): Procedure {
  const name = isTechniqueId(t.technique) ? techniqueById(t.technique).name : t.technique;
  const coding: Coding[] = [
    ...(t.encounter_cpt ? [{ system: SYSTEM.cpt, code: t.encounter_cpt }] : []),
    { system: LOCAL.technique, code: t.technique, display: name },
  ];
  return {
    resourceType: 'Procedure',
    id: t.id,
    meta: { profile: [US_CORE.procedure] },
    status: 'completed',
    code: { coding, text: `Osteopathic manipulative treatment: ${name}` },
    subject: ref('Patient', t.patient_id),
    encounter: ref('Encounter', t.encounter_id),
    performedDateTime: t.recorded_at,
    performer: [{ actor: ref('Practitioner', t.recorded_by) }],
    bodySite: [regionBodySite(t.region)],
    outcome: { text: t.response },
  };
}
