import type { Condition } from '@medplum/fhirtypes';
import { hasSomaticDysfunction, isRegionId, regionById } from '@omt/domain';
import { LOCAL, SYSTEM, US_CORE } from './codes';
import { regionBodySite } from './body-site';
import { ref } from './references';

/** An exam finding (one region's TART) with its encounter. */
export interface ExamFindingSource {
  id: string;
  region: string;
  tenderness: number;
  asymmetry: number;
  restriction: number;
  tissue_texture: number;
  encounter_id: string;
  patient_id: string;
  encounter_status: string;
  encounter_created_at: string;
}

/** Whether a finding shows somatic dysfunction (≥1 TART element), so it becomes a Condition. */
export function findingIsDysfunction(f: ExamFindingSource): boolean {
  return hasSomaticDysfunction({
    tenderness: f.tenderness === 1,
    asymmetry: f.asymmetry === 1,
    restriction: f.restriction === 1,
    tissueTexture: f.tissue_texture === 1,
  });
}

const clinical = (code: string) => ({ coding: [{ system: SYSTEM.conditionClinical, code }] });
const verification = (code: string) => ({ coding: [{ system: SYSTEM.conditionVerification, code }] });

/**
 * Somatic dysfunction of one region as a US Core encounter diagnosis: ICD-10-CM M99.0x, the region as body site.
 * No SNOMED CT code for somatic dysfunction (unverified in terminology.md). The ICD-10-CM title is sent as display
 * only where the domain confirmed it; the text always names the region.
 */
export function toFhirDysfunctionCondition(f: ExamFindingSource): Condition {
  const region = isRegionId(f.region) ? regionById(f.region) : null;
  return {
    resourceType: 'Condition',
    id: f.id,
    meta: { profile: [US_CORE.conditionEncounterDiagnosis] },
    clinicalStatus: clinical('active'),
    verificationStatus: verification(f.encounter_status === 'draft' ? 'provisional' : 'confirmed'),
    category: [{ coding: [{ system: SYSTEM.conditionCategory, code: 'encounter-diagnosis' }] }],
    code: {
      ...(region
        ? {
            coding: [
              {
                system: SYSTEM.icd10cm,
                code: region.icd10,
                ...(region.titleUnconfirmed ? {} : { display: region.icd10Title }),
              },
            ],
          }
        : {}),
      text: `Somatic dysfunction, ${region ? region.label.toLowerCase() : f.region} region`,
    },
    bodySite: [regionBodySite(f.region)],
    subject: ref('Patient', f.patient_id),
    encounter: ref('Encounter', f.encounter_id),
    recordedDate: f.encounter_created_at,
  };
}

/** A red flag the intake raised (stored with the intake). */
export interface RedFlagSource {
  intake_id: string;
  patient_id: string;
  submitted_at: string;
  flag: { id: string; label: string; action: string };
}

/** FNV-1a of a flag id, 8 hex digits: keeps the Condition id within FHIR's 64 characters. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** `<intake id>.<hash of the flag id>`: stable while the intake keeps the flag. */
export function redFlagConditionId(intakeId: string, flagId: string): string {
  return `${intakeId}.${shortHash(flagId)}`;
}

/** A red flag reported at intake as a US Core health concern (unconfirmed: the patient reported it). */
export function toFhirRedFlagCondition(r: RedFlagSource): Condition {
  return {
    resourceType: 'Condition',
    id: redFlagConditionId(r.intake_id, r.flag.id),
    meta: { profile: [US_CORE.conditionProblems] },
    clinicalStatus: clinical('active'),
    verificationStatus: verification('unconfirmed'),
    category: [{ coding: [{ system: SYSTEM.usCoreConditionCategory, code: 'health-concern' }] }],
    code: { coding: [{ system: LOCAL.redFlag, code: r.flag.id, display: r.flag.label }], text: r.flag.label },
    subject: ref('Patient', r.patient_id),
    recordedDate: r.submitted_at,
  };
}

/** A problem on the chart's list (migration 0030): its words, its ICD-10-CM code when the clinician gave one. */
export interface ProblemSource {
  id: string;
  patient_id: string;
  /** 'active' or 'resolved'. */
  status: string;
  name: string;
  code: string | null;
  /** As precise as it is known: YYYY, YYYY-MM or YYYY-MM-DD. */
  onset: string | null;
  created_by: string;
  created_at: string;
}

/**
 * A problem of the chart as a US Core problem-list item: clinical status from the list's status, the ICD-10-CM code
 * only as the clinician recorded it (never made up) beside the words; no verification status, which the chart does
 * not record.
 */
export function toFhirProblemCondition(p: ProblemSource): Condition {
  return {
    resourceType: 'Condition',
    id: p.id,
    meta: { profile: [US_CORE.conditionProblems] },
    clinicalStatus: clinical(p.status === 'resolved' ? 'resolved' : 'active'),
    category: [{ coding: [{ system: SYSTEM.usCoreConditionCategory, code: 'problem-list-item' }] }],
    code: { ...(p.code ? { coding: [{ system: SYSTEM.icd10cm, code: p.code }] } : {}), text: p.name },
    subject: ref('Patient', p.patient_id),
    ...(p.onset ? { onsetDateTime: p.onset } : {}),
    recordedDate: p.created_at,
    recorder: ref('Practitioner', p.created_by),
  };
}
