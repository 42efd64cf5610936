import { beforeAll, describe, expect, it } from 'vitest';
import type { Resource } from '@medplum/fhirtypes';
import { validateFhir } from '../test-support/validator';
import { sampleLicensedQuestionnaire } from '../test-support/licensed-questionnaire';
import { INTAKE_QUESTIONNAIRE_URL } from '../intake/link-ids';
import { completeIntakeQuestionnaire } from '../intake/questionnaire';
import {
  PUBLIC_MEASURES,
  guardianLoginId,
  licensedMeasureQuestionnaire,
  operationOutcome,
  parseGoalId,
  publicMeasureQuestionnaire,
  questionnaireIdOf,
  relatedPersonPatient,
  searchsetBundle,
  toFhirAllergyIntolerance,
  toFhirCarePlan,
  toFhirGeneralConsent,
  toFhirGoals,
  toFhirIntakeResponse,
  toFhirMeasureResponse,
  toFhirMedicationStatement,
  toFhirNoteDocument,
  toFhirProblemCondition,
  toFhirRelatedPersons,
  toFhirTechniqueConsent,
  toFhirUploadedDocument,
  type CarePlanSource,
} from '.';

const P = '0b1e4c1e-8f43-4a55-9a5c-3f0e2d8a9b10';
const E = '6d0f7a2b-1c3e-4f5a-8b9c-0d1e2f3a4b5c';
const U = '4f1e2d3c-0b9a-4877-8665-544332211000';
const BASE = 'https://clinic.example';

const plan = (over: Partial<CarePlanSource> = {}): CarePlanSource => ({
  id: 'a9e1c2d3-0000-4000-8000-000000000001',
  patient_id: P,
  encounter_id: E,
  status: 'active',
  created_at: '2026-06-01T14:00:00Z',
  discharged_at: null,
  author_id: U,
  content: {
    diagnoses: ['M99.03', 'M54.50'],
    goals: [
      { goal: 'Walk 30 minutes without pain', targetDate: '2026-07-15', met: false },
      { goal: 'Sleep through the night', targetDate: '2026-07-01', met: true },
    ],
    everyWeeks: 1,
    visits: 6,
    techniques: ['muscle_energy', 'soft_tissue'],
    reEvaluationDate: '2026-07-06',
  },
  appointment_ids: ['a-1', 'a-2'],
  ...over,
});

const allergy = toFhirAllergyIntolerance({
  id: 'c-1',
  patient_id: P,
  status: 'active',
  name: 'Penicillin',
  reaction: 'Hives',
  severity: 'moderate',
  created_by: U,
  created_at: '2026-06-01T14:00:00Z',
});
const licensed = sampleLicensedQuestionnaire('odi');
const intakeResponse = toFhirIntakeResponse({
  id: E,
  patient_id: P,
  questionnaire_response_json: JSON.stringify({
    resourceType: 'QuestionnaireResponse',
    questionnaire: `${INTAKE_QUESTIONNAIRE_URL}|4`,
    status: 'completed',
    item: [{ linkId: 'chief-complaint', answer: [{ valueString: 'Low back pain' }] }],
  }),
  submitted_by: 'user-1',
  submitted_at: '2026-06-01T12:00:00Z',
  submitter_role: 'patient',
  submitter_relationship: 'guardian',
});
const measureResponse = (measure: string, answers: (number | null)[], withLicensed = false) =>
  toFhirMeasureResponse(
    {
      id: `m-${measure}`,
      patient_id: P,
      measure,
      answers_json: JSON.stringify(answers),
      answered_by: 'patient',
      answered_at: '2026-06-08T12:00:00Z',
    },
    withLicensed ? { version: 2, questionnaire: licensed } : null,
  );

const samples: [string, Resource][] = [
  ['AllergyIntolerance', allergy],
  [
    'MedicationStatement',
    toFhirMedicationStatement({
      id: 'c-2',
      patient_id: P,
      status: 'stopped',
      name: 'Warfarin',
      dose: '5 mg',
      frequency: 'daily',
      anticoagulant: 1,
      created_by: U,
      created_at: '2026-06-01T14:00:00Z',
    }),
  ],
  ['CarePlan (active)', toFhirCarePlan(plan())],
  [
    'CarePlan (discharged)',
    toFhirCarePlan(
      plan({
        id: 'a9e1c2d3-0000-4000-8000-000000000002',
        status: 'discharged',
        discharged_at: '2026-08-01T10:00:00Z',
        appointment_ids: [],
      }),
    ),
  ],
  ...toFhirGoals(plan({ id: 'a9e1c2d3-0000-4000-8000-000000000002', status: 'discharged' })).map(
    (g): [string, Resource] => [`Goal ${g.id}`, g],
  ),
  [
    'Consent (technique refused)',
    toFhirTechniqueConsent({
      id: 'k-1',
      encounter_id: E,
      patient_id: P,
      technique: 'hvla',
      decision: 'refused',
      method: 'verbal',
      recorded_at: '2026-06-02T14:10:00Z',
      superseded: false,
    }),
  ],
  [
    'Consent (general)',
    toFhirGeneralConsent({
      id: 's-1',
      patient_id: P,
      form_version: 1,
      typed_name: 'Sam Parent',
      signer_relationship: 'guardian',
      signed_at: '2026-05-30T09:00:00Z',
      current_version: 2,
    }),
  ],
  [
    'DocumentReference (upload)',
    toFhirUploadedDocument(
      {
        id: 'd-1',
        patient_id: P,
        title: 'MRI lumbar spine',
        category: 'imaging_report',
        media_type: 'application/pdf',
        size_bytes: 1234,
        uploaded_at: '2026-06-01T09:00:00Z',
        removed_at: null,
      },
      BASE,
    ),
  ],
  [
    'DocumentReference (signed note)',
    toFhirNoteDocument(
      {
        id: E,
        patient_id: P,
        status: 'awaiting_cosign',
        author_id: U,
        signed_at: '2026-06-02T15:00:00Z',
        start_at: '2026-06-02T14:00:00Z',
      },
      BASE,
    ),
  ],
  [
    'Condition (a problem of the chart, coded)',
    toFhirProblemCondition({
      id: 'b1c2d3e4-0000-4000-8000-000000000002',
      patient_id: P,
      status: 'active',
      name: 'Low back pain',
      code: 'M54.50',
      onset: '2024-03',
      created_by: U,
      created_at: '2026-05-01T10:00:00Z',
    }),
  ],
  [
    'Condition (a resolved problem in words)',
    toFhirProblemCondition({
      id: 'b1c2d3e4-0000-4000-8000-000000000003',
      patient_id: P,
      status: 'resolved',
      name: 'Ankle sprain',
      code: null,
      onset: null,
      created_by: U,
      created_at: '2026-05-01T10:00:00Z',
    }),
  ],
  ['QuestionnaireResponse (intake)', intakeResponse],
  ['QuestionnaireResponse (PHQ-9)', measureResponse('phq9', [1, 0, 2, 1, 0, 0, 1, 0, 0])],
  ['QuestionnaireResponse (ODI, licensed)', measureResponse('odi', [1, null, 3], true)],
  ['Questionnaire (intake, every section)', completeIntakeQuestionnaire()],
  ...PUBLIC_MEASURES.map((code): [string, Resource] => [
    `Questionnaire (${code})`,
    publicMeasureQuestionnaire(code),
  ]),
  [
    'Questionnaire (licensed ODI)',
    licensedMeasureQuestionnaire(
      {
        measure: 'odi',
        version: 2,
        questionnaire_json: JSON.stringify(licensed),
        uploaded_at: '2026-05-01T00:00:00Z',
      },
      false,
    ),
  ],
  ...toFhirRelatedPersons(
    P,
    [
      {
        name: 'Sam Parent',
        relationship: 'parent',
        phone: '+1 216 555 0100',
        email: 'sam@example.org',
        portalAccount: { userId: 'user-1', email: 'sam@example.org' },
      },
      { name: 'Robin Aunt', relationship: 'other', phone: null, email: null, portalAccount: null },
    ],
    [
      { user_id: 'user-1', display_name: 'Sam Parent', email: 'sam@example.org' },
      { user_id: 'user-2', display_name: 'Kim Guardian', email: 'kim@example.org' },
    ],
  ).map((r): [string, Resource] => [`RelatedPerson ${r.id}`, r]),
];

describe('FHIR R4 mapping of the clinical record', () => {
  beforeAll(() => validateFhir(operationOutcome('invalid', 'warm-up')), 60_000);

  it.each(samples)('%s validates with 0 errors', (_name, resource) => {
    expect(() => validateFhir(resource)).not.toThrow();
  });

  it('a searchset Bundle of them validates, every id a FHIR id', () => {
    const resources = samples.map(([, r]) => r);
    for (const r of resources) expect(r.id).toMatch(/^[A-Za-z0-9\-.]{1,64}$/);
    expect(() =>
      validateFhir(searchsetBundle(BASE, resources, resources.length, { self: `${BASE}/x`, next: null })),
    ).not.toThrow();
  });

  it("gives a plan's goals ids that lead back to the plan, achieved when met and not achieved once discharged", () => {
    const active = toFhirGoals(plan());
    expect(active.map((g) => [g.lifecycleStatus, g.achievementStatus?.coding?.[0]?.code])).toEqual([
      ['active', 'in-progress'],
      ['completed', 'achieved'],
    ]);
    expect(active.map((g) => parseGoalId(g.id!))).toEqual([
      { planId: plan().id, index: 0 },
      { planId: plan().id, index: 1 },
    ]);
    expect(toFhirGoals(plan({ status: 'discharged' }))[0]?.achievementStatus?.coding?.[0]?.code).toBe(
      'not-achieved',
    );
    expect(toFhirCarePlan(plan()).goal?.map((g) => g.reference)).toEqual(active.map((g) => `Goal/${g.id}`));
  });

  it('keeps the allergy in words with its clinical status, and a technique refusal as a deny of that technique', () => {
    expect(allergy.code).toEqual({ text: 'Penicillin' });
    expect(allergy.clinicalStatus?.coding?.[0]).toEqual({
      system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical',
      code: 'active',
    });
    const refused = samples.find(([n]) => n === 'Consent (technique refused)')![1] as ReturnType<
      typeof toFhirTechniqueConsent
    >;
    expect(refused.provision?.type).toBe('deny');
    expect(refused.provision?.code?.[0]?.coding?.[0]?.code).toBe('hvla');
  });

  it('links documents to the REST download routes', () => {
    const [, upload] = samples.find(([n]) => n === 'DocumentReference (upload)')!;
    const [, note] = samples.find(([n]) => n === 'DocumentReference (signed note)')!;
    expect((upload as { content: { attachment: { url: string } }[] }).content[0]!.attachment.url).toBe(
      `${BASE}/api/documents/d-1/content`,
    );
    expect((note as { content: { attachment: { url: string } }[] }).content[0]!.attachment.url).toBe(
      `${BASE}/api/encounters/${E}/note.pdf`,
    );
  });

  it('answers name the Questionnaire served for them, items under its linkIds', () => {
    expect(questionnaireIdOf(intakeResponse.questionnaire)).toBe('omt-intake');
    expect(questionnaireIdOf('https://omt-clinic.org/fhir/Questionnaire/measure-phq9')).toBe('measure-phq9');
    expect(questionnaireIdOf('https://omt-clinic.org/fhir/Questionnaire/measure-odi|2')).toBe(
      'measure-odi-2',
    );
    expect(questionnaireIdOf('https://elsewhere.example/Questionnaire/x')).toBeNull();
    const phq9 = measureResponse('phq9', [1, 0, 2, 1, 0, 0, 1, 0, 0]);
    const items = publicMeasureQuestionnaire('phq9').item!.filter((i) => i.type !== 'display');
    expect(phq9.item?.map((i) => i.linkId)).toEqual(items.map((i) => i.linkId));
    const odi = measureResponse('odi', [1, null, 3], true);
    expect(odi.questionnaire).toBe('https://omt-clinic.org/fhir/Questionnaire/measure-odi|2');
    expect(odi.item?.map((i) => [i.linkId, i.answer?.[0]?.valueCoding?.code])).toEqual([
      ['odi-1', '1.1'],
      ['odi-3', '3.3'],
    ]);
    expect(intakeResponse.author?.reference).toBe(`RelatedPerson/${guardianLoginId(P, 'user-1')}`);
  });

  it("lists a child's recorded guardians, then the guardian logins none of them names, each id leading to the child", () => {
    const people = samples.filter(([n]) => n.startsWith('RelatedPerson')).map(([, r]) => r);
    expect(people.map((r) => r.id)).toEqual([
      `${P}.guardian-1`,
      `${P}.guardian-2`,
      guardianLoginId(P, 'user-2'),
    ]);
    expect(people.every((r) => relatedPersonPatient(r.id!) === P)).toBe(true);
  });
});
