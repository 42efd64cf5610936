/**
 * The one table of what the FHIR API serves: each resource type, the policy action that reads it, its search
 * parameters and where its rows come from. The router and the CapabilityStatement both read it.
 */
import type { Role } from '@omt/contracts';
import type { FhirTypeDef } from './type-def';
import { auditEventDef } from './audit-event-type';
import { practitionerRoleDef } from './practitioner-role-type';
import { scheduleDef } from './schedule-type';
import { slotDef } from './slot-type';
import { groupDef } from './group-type';
import { allergyIntoleranceDef } from './allergy-intolerance-type';
import { medicationStatementDef } from './medication-statement-type';
import { carePlanDef } from './care-plan-type';
import { goalDef } from './goal-type';
import { consentDef } from './consent-type';
import { documentReferenceDef } from './document-reference-type';
import { questionnaireResponseDef } from './questionnaire-response-type';
import { questionnaireDef } from './questionnaire-type';
import { relatedPersonDef } from './related-person-type';
import { observationDef } from './observation-type';
import {
  fhirPatientRecords,
  findClinicProfile,
  fhirAppointmentRows,
  fhirChartEntryRows,
  fhirEncounterRows,
  fhirExamFindingRows,
  fhirIntakeRows,
  fhirLocationRows,
  fhirPractitionerRows,
  fhirTreatmentRows,
} from '@omt/db';
import {
  APPOINTMENT_STATUS,
  CLINIC_ORGANIZATION_ID,
  US_CORE,
  findingIsDysfunction,
  toFhirAppointment,
  toFhirDysfunctionCondition,
  toFhirEncounter,
  toFhirLocation,
  toFhirOrganization,
  toFhirPatient,
  toFhirPractitioner,
  toFhirProcedure,
  toFhirProblemCondition,
  toFhirRedFlagCondition,
  type FhirAppointment,
  type FhirCondition,
  type FhirEncounter,
  type FhirLocation,
  type FhirOrganization,
  type FhirPatient,
  type FhirPractitioner,
  type FhirProcedure,
  type FhirResource,
} from '@omt/fhir';
import type { PatientAction } from '../../auth/policy';
import { codesOf, latest } from './clinical-params';
import { instantSpan } from './date-bounds';
import { statusesNotAsked } from './status-narrowing';
import { COMMON_PARAMS, type SearchParamDef } from './search-params';

export type { FhirTypeDef, Loaded, LoadFilter } from './type-def';

/** Patients read their visits' clinical record as their record (`record.read`); clinicians as clinical data. */
const clinical = (role: Role): PatientAction => (role === 'patient' ? 'record.read' : 'clinical.read');

const subject = (name: string): SearchParamDef<FhirResource & { subject?: { reference?: string } }> => ({
  name,
  type: 'reference',
  target: 'Patient',
  narrowsPatient: true,
  documentation: 'The patient (an id or Patient/id).',
  values: (r) => [r.subject?.reference],
});

/** The visit it was recorded in: `_revinclude=<type>:encounter` brings these along with an Encounter search. */
const encounter: SearchParamDef<FhirResource & { encounter?: { reference?: string } }> = {
  name: 'encounter',
  type: 'reference',
  target: 'Encounter',
  revinclude: true,
  documentation: 'The encounter (an id or Encounter/id).',
  values: (r) => [r.encounter?.reference],
};

const patientDef: FhirTypeDef = {
  type: 'Patient',
  profile: US_CORE.patient,
  action: () => 'demographics.read',
  params: [
    {
      name: 'name',
      type: 'string',
      documentation: 'Starts a family or given name (case and accents ignored).',
      values: (r: FhirPatient) => (r.name ?? []).flatMap((n) => [n.family, ...(n.given ?? [])]),
    } as SearchParamDef,
    {
      name: 'birthdate',
      type: 'date',
      documentation: 'The date of birth, with a prefix eq, lt, le, gt or ge.',
      values: (r: FhirPatient) => [r.birthDate],
    } as SearchParamDef,
    {
      name: 'identifier',
      type: 'token',
      documentation: 'An identifier (system|value or value).',
      values: (r: FhirPatient) =>
        (r.identifier ?? []).map((i) => ({ system: i.system, code: i.value ?? '' })),
    } as SearchParamDef,
  ],
  load: async (db, f) =>
    (await fhirPatientRecords(db, f)).map(({ row: p, changedAt, identifiers }) => ({
      resource: toFhirPatient(p, identifiers),
      lastUpdated: latest(p.created_at, p.deactivated_at, changedAt),
      patientId: p.id,
    })),
};

const practitionerDef: FhirTypeDef = {
  type: 'Practitioner',
  profile: US_CORE.practitioner,
  action: null,
  params: [
    {
      name: 'name',
      type: 'string',
      documentation: 'Starts the name (case and accents ignored).',
      values: (r: FhirPractitioner) => (r.name ?? []).flatMap((n) => (n.text ?? '').split(/\s+/)),
    } as SearchParamDef,
    {
      name: 'identifier',
      type: 'token',
      documentation: 'The NPI (http://hl7.org/fhir/sid/us-npi|value or value).',
      values: (r: FhirPractitioner) =>
        (r.identifier ?? []).map((i) => ({ system: i.system, code: i.value ?? '' })),
    } as SearchParamDef,
  ],
  load: async (db, f) =>
    (await fhirPractitionerRows(db, f)).map((u) => ({ resource: toFhirPractitioner(u), patientId: null })),
};

const organizationDef: FhirTypeDef = {
  type: 'Organization',
  profile: US_CORE.organization,
  action: null,
  params: [
    {
      name: 'name',
      type: 'string',
      documentation: 'Starts the name (case and accents ignored).',
      values: (r: FhirOrganization) => [r.name],
    } as SearchParamDef,
  ],
  load: async (db, f) => {
    if (f.ids && !f.ids.includes(CLINIC_ORGANIZATION_ID)) return [];
    const profile = await findClinicProfile(db);
    if (!profile) return [];
    return [
      {
        resource: toFhirOrganization(profile),
        lastUpdated: profile.updated_at ?? undefined,
        patientId: null,
      },
    ];
  },
};

const locationDef: FhirTypeDef = {
  type: 'Location',
  profile: US_CORE.location,
  action: null,
  params: [
    {
      name: 'name',
      type: 'string',
      documentation: 'Starts the name (case and accents ignored).',
      values: (r: FhirLocation) => [r.name],
    } as SearchParamDef,
    {
      name: 'status',
      type: 'token',
      documentation: 'active or inactive (retired).',
      values: (r: FhirLocation) => (r.status ? [{ code: r.status }] : []),
    } as SearchParamDef,
  ],
  load: async (db, f) =>
    (await fhirLocationRows(db, f)).map((l) => ({
      resource: toFhirLocation(l),
      lastUpdated: l.retired_at ?? undefined,
      patientId: null,
    })),
};

const appointmentDef: FhirTypeDef = {
  type: 'Appointment',
  action: () => 'appointment.read',
  params: [
    {
      name: 'patient',
      type: 'reference',
      target: 'Patient',
      narrowsPatient: true,
      include: true,
      documentation: 'The patient (an id or Patient/id).',
      values: (r: FhirAppointment) => r.participant.map((p) => p.actor?.reference),
    } as SearchParamDef,
    {
      name: 'actor',
      type: 'reference',
      target: ['Patient', 'Practitioner', 'Location'],
      include: true,
      documentation: 'A participant: the patient, the practitioner or the location (an id or Type/id).',
      values: (r: FhirAppointment) => r.participant.map((p) => p.actor?.reference),
    } as SearchParamDef,
    {
      name: 'date',
      type: 'date',
      documentation: 'The start, with a prefix eq, lt, le, gt or ge.',
      values: (r: FhirAppointment) => [r.start],
    } as SearchParamDef,
    {
      name: 'status',
      type: 'token',
      documentation: 'proposed, pending (held), booked, arrived, fulfilled, cancelled or noshow.',
      values: (r: FhirAppointment) => [{ code: r.status }],
    } as SearchParamDef,
  ],
  load: async (db, f) =>
    (
      await fhirAppointmentRows(db, {
        ...f,
        ...instantSpan(f.search?.get('date')),
        statusNotIn: statusesNotAsked(f.search?.get('status'), APPOINTMENT_STATUS),
      })
    ).map((a) => ({
      resource: toFhirAppointment(a),
      lastUpdated: latest(a.created_at, a.cancelled_at),
      patientId: a.patient_id,
    })),
};

const encounterDef: FhirTypeDef = {
  type: 'Encounter',
  profile: US_CORE.encounter,
  action: clinical,
  params: [
    subject('patient'),
    subject('subject'),
    {
      name: 'date',
      type: 'date',
      documentation: 'When the visit began, with a prefix eq, lt, le, gt or ge.',
      values: (r: FhirEncounter) => [r.period?.start],
    } as SearchParamDef,
    {
      name: 'status',
      type: 'token',
      documentation: 'in-progress (the note is being written) or finished (signed).',
      values: (r: FhirEncounter) => [{ code: r.status }],
    } as SearchParamDef,
  ],
  load: async (db, f) =>
    (await fhirEncounterRows(db, { ...f, ...instantSpan(f.search?.get('date')) })).map((e) => ({
      resource: toFhirEncounter(e),
      lastUpdated: latest(e.updated_at, e.signed_at, e.cosigned_at),
      patientId: e.patient_id,
    })),
};

const conditionDef: FhirTypeDef = {
  type: 'Condition',
  action: clinical,
  params: [
    subject('patient'),
    subject('subject'),
    encounter,
    {
      name: 'code',
      type: 'token',
      documentation: 'The code (e.g. http://hl7.org/fhir/sid/icd-10-cm|M99.03).',
      values: (r: FhirCondition) => codesOf(r.code),
    } as SearchParamDef,
    {
      name: 'category',
      type: 'token',
      documentation:
        "encounter-diagnosis (somatic dysfunction), problem-list-item (the chart's problems) or health-concern (a red flag at intake).",
      values: (r: FhirCondition) => (r.category ?? []).flatMap(codesOf),
    } as SearchParamDef,
    {
      name: 'clinical-status',
      type: 'token',
      documentation: 'The clinical status (active, or resolved for a problem of the chart).',
      values: (r: FhirCondition) => codesOf(r.clinicalStatus),
    } as SearchParamDef,
    {
      name: 'recorded-date',
      type: 'date',
      documentation: 'When it was recorded, with a prefix eq, lt, le, gt or ge.',
      values: (r: FhirCondition) => [r.recordedDate],
    } as SearchParamDef,
  ],
  load: async (db, f) => {
    // Somatic dysfunction has the exam finding's id, a chart problem its entry's id; a red flag `<intake id>.<flag>`.
    const findingIds = f.ids?.filter((id) => !id.includes('.'));
    const intakeIds = f.ids?.filter((id) => id.includes('.')).map((id) => id.slice(0, id.indexOf('.')));
    const findings = await fhirExamFindingRows(db, { ...f, ids: findingIds });
    const intakes = await fhirIntakeRows(db, { ...f, ids: intakeIds });
    const problems = await fhirChartEntryRows(db, 'problem', { ...f, ids: findingIds });
    return [
      ...problems.map((p) => ({
        resource: toFhirProblemCondition(p),
        lastUpdated: p.updated_at,
        patientId: p.patient_id,
      })),
      ...findings.filter(findingIsDysfunction).map((x) => ({
        resource: toFhirDysfunctionCondition(x),
        lastUpdated: x.encounter_updated_at,
        patientId: x.patient_id,
      })),
      ...intakes.flatMap((i) =>
        (JSON.parse(i.red_flags_json) as { id: string; label: string; action: string }[]).map((flag) => ({
          resource: toFhirRedFlagCondition({ ...i, intake_id: i.id, flag }),
          lastUpdated: i.submitted_at,
          patientId: i.patient_id,
        })),
      ),
    ];
  },
};

const procedureDef: FhirTypeDef = {
  type: 'Procedure',
  profile: US_CORE.procedure,
  action: clinical,
  params: [
    subject('patient'),
    subject('subject'),
    encounter,
    {
      name: 'date',
      type: 'date',
      documentation: 'When it was performed, with a prefix eq, lt, le, gt or ge.',
      values: (r: FhirProcedure) => [r.performedDateTime],
    } as SearchParamDef,
    {
      name: 'status',
      type: 'token',
      documentation: 'completed.',
      values: (r: FhirProcedure) => [{ code: r.status }],
    } as SearchParamDef,
    {
      name: 'code',
      type: 'token',
      documentation: 'The CPT code or the technique (the clinic code system).',
      values: (r: FhirProcedure) => codesOf(r.code),
    } as SearchParamDef,
  ],
  load: async (db, f) =>
    (await fhirTreatmentRows(db, { ...f, ...instantSpan(f.search?.get('date')) })).map((t) => ({
      resource: toFhirProcedure({ ...t, encounter_cpt: encounterCpt(t.coding_json) }),
      lastUpdated: latest(t.recorded_at, t.encounter_updated_at),
      patientId: t.patient_id,
    })),
};

/** The OMT CPT a signed note was coded with (`codeEncounter`'s result). */
function encounterCpt(codingJson: string | null): string | null {
  if (!codingJson) return null;
  const cpt = (JSON.parse(codingJson) as { cpt?: unknown }).cpt;
  return typeof cpt === 'string' ? cpt : null;
}

export const FHIR_TYPES: readonly FhirTypeDef[] = [
  patientDef,
  practitionerDef,
  organizationDef,
  locationDef,
  appointmentDef,
  encounterDef,
  conditionDef,
  procedureDef,
  observationDef,
  allergyIntoleranceDef,
  medicationStatementDef,
  carePlanDef,
  goalDef,
  consentDef,
  documentReferenceDef,
  questionnaireResponseDef,
  questionnaireDef,
  relatedPersonDef,
  practitionerRoleDef,
  scheduleDef,
  slotDef,
  groupDef,
  auditEventDef,
];

export const fhirType = (type: string): FhirTypeDef | undefined => FHIR_TYPES.find((t) => t.type === type);

/** Every search parameter of a type, the common ones first. */
export const paramsOf = (def: FhirTypeDef): SearchParamDef[] => [...COMMON_PARAMS, ...def.params];
