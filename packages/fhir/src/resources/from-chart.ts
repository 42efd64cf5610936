import type { AllergyIntolerance, Condition, MedicationStatement, Reference } from '@medplum/fhirtypes';
import { SYSTEM } from './codes';
import { FhirInputError, conceptCodes, conceptText, datePart, type FhirPathOf } from './from-fhir';

/** A problem, medication or allergy as the chart's list takes it (`CreateChartEntry` in the contracts, checked by the server). */
export type ChartItemFields =
  | {
      kind: 'problem';
      name: string | undefined;
      icd10: string | null;
      onset: string | null;
      status: 'active' | 'resolved';
    }
  | {
      kind: 'medication';
      name: string | undefined;
      dose: string | null;
      status: 'active' | 'stopped';
    }
  | {
      kind: 'allergy';
      substance: string | undefined;
      reaction: string | null;
      severity: string | null;
      status: 'active' | 'inactive';
    };

/** A clinical resource of an import: what the chart keeps of it, or why nothing is kept. */
export interface ChartItemFromFhir {
  /** The patient's reference as sent (`Patient/id` or a `urn:uuid:` of the Bundle). */
  patient: string;
  patientPath: string;
  /** null: the record keeps nothing of this resource; `skipped` says why. */
  fields: ChartItemFields | null;
  skipped: string | null;
  pathOf: FhirPathOf;
}

/** Statuses saying the thing is not (or never was) the patient's: nothing is recorded. */
const NOT_THE_PATIENTS = ['refuted', 'entered-in-error'];

/** The patient an imported resource names, as sent; none is a FhirInputError naming the element. */
export function patientOf(ref: Reference | undefined, path: string): string {
  const reference = ref?.reference?.trim();
  if (!reference)
    throw new FhirInputError(
      path,
      'must reference the patient (Patient/id or the fullUrl of a Patient entry)',
    );
  return reference;
}

function notThePatients(verification: string[], type: string): string | null {
  const code = verification.find((c) => NOT_THE_PATIENTS.includes(c));
  return code ? `not recorded: the ${type} is ${code}` : null;
}

/**
 * A Condition as a problem on the chart: its words (text, else a coding's display or code), the ICD-10-CM code when
 * one is sent (the form checked, never made up), the onset date, active or resolved.
 */
export function fromFhirCondition(c: Condition): ChartItemFromFhir {
  const patient = patientOf(c.subject, 'Condition.subject');
  const icdAt = (c.code?.coding ?? []).findIndex((x) => x.system === SYSTEM.icd10cm && x.code);
  const clinical = conceptCodes(c.clinicalStatus);
  const onset = datePart(c.onsetDateTime ?? c.onsetPeriod?.start);
  const skipped = notThePatients(conceptCodes(c.verificationStatus), 'condition');
  const paths: Record<string, string> = {
    name: 'Condition.code',
    icd10: icdAt >= 0 ? `Condition.code.coding[${icdAt}].code` : 'Condition.code',
    onset: c.onsetDateTime ? 'Condition.onsetDateTime' : 'Condition.onsetPeriod.start',
    status: 'Condition.clinicalStatus',
  };
  return {
    patient,
    patientPath: 'Condition.subject',
    fields: skipped
      ? null
      : {
          kind: 'problem',
          name: conceptText(c.code),
          icd10: icdAt >= 0 ? c.code!.coding![icdAt]!.code! : null,
          onset: onset ?? null,
          status: clinical.some((x) => ['inactive', 'remission', 'resolved'].includes(x))
            ? 'resolved'
            : 'active',
        },
    skipped,
    pathOf: (field) => paths[field.split('.')[0]!] ?? 'Condition',
  };
}

const SEVERITY_ORDER = ['mild', 'moderate', 'severe'];

/** An AllergyIntolerance as an allergy on the chart: the substance in words, the reactions, the worst severity. */
export function fromFhirAllergyIntolerance(a: AllergyIntolerance): ChartItemFromFhir {
  const patient = patientOf(a.patient, 'AllergyIntolerance.patient');
  const reactions = (a.reaction ?? []).flatMap((r) => r.manifestation.map(conceptText)).filter(Boolean);
  const severity = (a.reaction ?? [])
    .map((r) => r.severity)
    .filter((s): s is 'mild' | 'moderate' | 'severe' => !!s)
    .sort((x, y) => SEVERITY_ORDER.indexOf(y) - SEVERITY_ORDER.indexOf(x))[0];
  const skipped = notThePatients(conceptCodes(a.verificationStatus), 'allergy');
  const paths: Record<string, string> = {
    substance: 'AllergyIntolerance.code',
    reaction: 'AllergyIntolerance.reaction',
    severity: 'AllergyIntolerance.reaction',
    status: 'AllergyIntolerance.clinicalStatus',
  };
  return {
    patient,
    patientPath: 'AllergyIntolerance.patient',
    fields: skipped
      ? null
      : {
          kind: 'allergy',
          substance: conceptText(a.code),
          reaction: reactions.length ? reactions.join(', ') : null,
          severity: severity ?? null,
          status: conceptCodes(a.clinicalStatus).some((x) => x === 'inactive' || x === 'resolved')
            ? 'inactive'
            : 'active',
        },
    skipped,
    pathOf: (field) => paths[field.split('.')[0]!] ?? 'AllergyIntolerance',
  };
}

/** MedicationStatement statuses saying the patient takes it now (or is about to); completed and stopped ones are stopped. */
const TAKING = ['active', 'intended', 'on-hold', 'unknown'];

/**
 * A MedicationStatement as a medication on the chart's list: the medication in words (medicationCodeableConcept's
 * text, else a coding's display or code), the dosage's words as the dose, active or stopped. The anticoagulant flag is
 * never guessed from a name: the clinician sets it on the chart.
 */
export function fromFhirMedicationStatement(m: MedicationStatement): ChartItemFromFhir {
  const patient = patientOf(m.subject, 'MedicationStatement.subject');
  if (!m.medicationCodeableConcept) {
    throw new FhirInputError(
      'MedicationStatement.medication',
      'must be medicationCodeableConcept: a referenced Medication resource is not imported',
    );
  }
  const skipped = ['entered-in-error', 'not-taken'].includes(m.status)
    ? `not recorded: the medication is ${m.status}`
    : null;
  const dose = (m.dosage ?? []).map((d) => d.text?.trim()).filter(Boolean);
  const paths: Record<string, string> = {
    name: 'MedicationStatement.medicationCodeableConcept',
    dose: 'MedicationStatement.dosage',
    status: 'MedicationStatement.status',
  };
  return {
    patient,
    patientPath: 'MedicationStatement.subject',
    fields: skipped
      ? null
      : {
          kind: 'medication',
          name: conceptText(m.medicationCodeableConcept),
          dose: dose.length ? dose.join('; ') : null,
          status: TAKING.includes(m.status) ? 'active' : 'stopped',
        },
    skipped,
    pathOf: (field) => paths[field.split('.')[0]!] ?? 'MedicationStatement',
  };
}
