import type { AllergyIntolerance } from '@medplum/fhirtypes';
import { SYSTEM } from './codes';
import { ref } from './references';

/** An allergy on the chart's list (migration 0030): the substance in words, never a made-up code. */
export interface AllergySource {
  id: string;
  patient_id: string;
  /** 'active' or 'inactive'. */
  status: string;
  name: string;
  reaction: string | null;
  /** 'mild', 'moderate' or 'severe'. */
  severity: string | null;
  created_by: string;
  created_at: string;
}

const SEVERITIES = new Set(['mild', 'moderate', 'severe']);

/**
 * The allergy as recorded by the clinician: clinical status from the list's status (allergyintolerance-clinical,
 * terminology.md §3), the substance as text; no verification status, which the chart does not record.
 */
export function toFhirAllergyIntolerance(a: AllergySource): AllergyIntolerance {
  const severity = a.severity && SEVERITIES.has(a.severity) ? (a.severity as 'mild') : undefined;
  return {
    resourceType: 'AllergyIntolerance',
    id: a.id,
    clinicalStatus: {
      coding: [{ system: SYSTEM.allergyClinical, code: a.status === 'active' ? 'active' : 'inactive' }],
    },
    code: { text: a.name },
    patient: ref('Patient', a.patient_id),
    recordedDate: a.created_at,
    recorder: ref('Practitioner', a.created_by),
    ...(a.reaction || severity
      ? {
          reaction: [
            {
              manifestation: [{ text: a.reaction ?? 'Reaction not recorded' }],
              ...(severity ? { severity } : {}),
            },
          ],
        }
      : {}),
  };
}
