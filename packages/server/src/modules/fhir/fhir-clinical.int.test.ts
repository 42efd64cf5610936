import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleLicensedQuestionnaire } from '../../../../fhir/src/test-support/licensed-questionnaire';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { lastAuditId } from '../../test-support/db-rows';
import { expectValidFhir, fhirGet, warmFhirValidator } from '../../test-support/fhir';
import { recordClinicalHistory, type ClinicalRecord } from '../../test-support/clinical-record';
import { LOCAL } from '@omt/fhir';
import {
  bookFollowUp,
  openEncounter,
  patientIdOf,
  submitIntake,
  treatRegions,
} from '../../test-support/factories';
import { fhirType, paramsOf } from './resource-types';

const FHIR = '/fhir/R4';
const CLINICAL_TYPES = [
  'AllergyIntolerance',
  'MedicationStatement',
  'CarePlan',
  'Goal',
  'Consent',
  'DocumentReference',
  'QuestionnaireResponse',
  'Questionnaire',
  'RelatedPerson',
];

interface Resource {
  resourceType: string;
  id: string;
  [k: string]: any;
}

describe.each(TEST_DATABASES)('FHIR R4 clinical record on $name', (kind) => {
  let t: TestApp;
  let doc: string;
  let desk: string;
  let alex: string;
  let sam: string;
  let alexId: string;
  let mariaId: string;
  let noahId: string;
  let encounterId: string;
  let record: ClinicalRecord;
  let mariaAllergy: string;

  const get = (token: string | null, url: string, headers: Record<string, string> = {}) =>
    fhirGet(t, token, url, headers);
  /** A search that answers 200 with a valid Bundle; its resources. */
  const found = async (token: string, query: string): Promise<Resource[]> => {
    const r = await get(token, `${FHIR}/${query}`);
    expect(r.status, `${query}: ${JSON.stringify(r.body)}`).toBe(200);
    expectValidFhir(r.body);
    return (r.body.entry ?? []).map((e: { resource: Resource }) => e.resource);
  };
  /** The file at an attachment's url, fetched with the caller's login. */
  const download = (token: string, url: string) =>
    t.app.inject({
      method: 'GET',
      url: new URL(url).pathname,
      headers: { authorization: `Bearer ${token}` },
    });
  const ids = async (token: string, query: string) => (await found(token, query)).map((r) => r.id);
  const auditsAfter = (id: number) =>
    t.handle.db
      .selectFrom('audit_log')
      .select(['patient_id', 'resource_id', 'resource_type', 'action', 'outcome'])
      .where('id', '>', id)
      .orderBy('id')
      .execute();

  beforeAll(async () => {
    t = await startTestApp(kind);
    warmFhirValidator();
    doc = await t.login('dr.still@demo.clinic');
    desk = await t.login('frontdesk@demo.clinic');
    alex = await t.login('alex@demo.clinic');
    sam = await t.login('sam.parent@demo.clinic');
    alexId = await patientIdOf(t, 'alex@demo.clinic');
    mariaId = await patientIdOf(t, 'maria@demo.clinic');
    noahId = await patientIdOf(t, 'sam.parent@demo.clinic');
    const visit = await bookFollowUp(t, 'alex@demo.clinic');
    expect((await submitIntake(t, alex, visit.id)).status).toBe(201);
    encounterId = await openEncounter(t, 'dr.still@demo.clinic', visit.id);
    await treatRegions(t, 'dr.still@demo.clinic', encounterId, ['lumbar']);
    expect((await t.call(doc, 'POST', `/api/encounters/${encounterId}/sign`, {})).status).toBe(200);
    record = await recordClinicalHistory(t, 'alex@demo.clinic', alexId, encounterId);
    const maria = await t.call(doc, 'POST', `/api/patients/${mariaId}/chart/entries`, {
      kind: 'allergy',
      substance: 'Latex',
      status: 'inactive',
    });
    expect(maria.status).toBe(201);
    mariaAllergy = maria.body.entries.find((e: { substance?: string }) => e.substance === 'Latex').id;
    const admin = await t.login('admin@demo.clinic');
    const upload = await t.call(admin, 'PUT', '/api/licensed-questionnaires/odi', {
      questionnaire: sampleLicensedQuestionnaire('odi'),
      replacesVersion: 0,
    });
    expect(upload.status, JSON.stringify(upload.body)).toBe(200);
  }, 90_000);
  afterAll(() => t.close());

  it('lists each type with its search parameters in the CapabilityStatement', async () => {
    const statement = (await get(null, `${FHIR}/metadata`)).body;
    const listed = new Map<string, string[]>(
      statement.rest[0].resource.map((x: { type: string; searchParam: { name: string }[] }) => [
        x.type,
        (x.searchParam ?? []).map((p) => p.name),
      ]),
    );
    for (const type of CLINICAL_TYPES) {
      const names = paramsOf(fhirType(type)!).map((p) => p.name);
      // The table's parameters, in its order (control parameters such as _sort may follow).
      expect(listed.get(type)?.slice(0, names.length), type).toEqual(names);
    }
    expect(statement.description).toContain(LOCAL.documentType);
  });

  it('serves every type as valid R4, read by id as searched, with ETag and 304', async () => {
    for (const type of CLINICAL_TYPES) {
      const all = await found(doc, `${type}?_count=100`);
      expect(all.length, `${type} has data`).toBeGreaterThan(0);
      for (const resource of all) {
        const read = await get(doc, `${FHIR}/${type}/${resource.id}`);
        expect(read.status, `${type}/${resource.id}`).toBe(200);
        expect(read.body).toEqual(resource);
        const again = await get(doc, `${FHIR}/${type}/${resource.id}`, {
          'if-none-match': read.res.headers.etag as string,
        });
        expect(again.status).toBe(304);
      }
    }
  });

  it("searches the chart's allergies and medications by patient and status", async () => {
    expect(await ids(doc, `AllergyIntolerance?patient=${mariaId}`)).toEqual([mariaAllergy]);
    const alexAllergies = await found(
      doc,
      `AllergyIntolerance?patient=Patient/${alexId}&clinical-status=active`,
    );
    expect(alexAllergies.map((a) => [a.code.text, a.reaction[0].severity])).toEqual([
      ['Penicillin', 'moderate'],
    ]);
    expect(await ids(doc, `AllergyIntolerance?patient=${mariaId}&clinical-status=active`)).toEqual([]);
    expect(
      await ids(
        doc,
        `AllergyIntolerance?patient=${mariaId}&clinical-status=http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical|inactive`,
      ),
    ).toEqual([mariaAllergy]);
    const meds = await found(doc, `MedicationStatement?subject=${alexId}&status=active`);
    expect(meds.map((m) => [m.medicationCodeableConcept.text, m.dosage[0].text])).toEqual([
      ['Ibuprofen', '400 mg, as needed'],
    ]);
    expect(await ids(doc, `MedicationStatement?patient=${alexId}&status=stopped`)).toEqual([]);
  });

  it('searches plans of care and their goals by patient, status and dates; a met goal is achieved', async () => {
    const [plan] = await found(doc, `CarePlan?patient=${alexId}&status=active`);
    expect(plan!.id).toBe(record.planId);
    expect(plan!.activity.filter((a: { reference?: unknown }) => a.reference)).toHaveLength(4);
    expect(await ids(doc, `CarePlan?patient=${alexId}&status=completed`)).toEqual([]);
    expect(await ids(doc, `CarePlan?patient=${alexId}&date=ge2026-01-01`)).toEqual([record.planId]);
    const goals = await found(doc, `Goal?patient=${alexId}`);
    expect(goals.map((g) => g.id)).toEqual(
      plan!.goal.map((g: { reference: string }) => g.reference.slice(5)),
    );
    expect(await ids(doc, `Goal?patient=${alexId}&achievement-status=achieved`)).toEqual([
      `${record.planId}.2`,
    ]);
    expect(await ids(doc, `Goal?patient=${alexId}&lifecycle-status=active`)).toEqual([`${record.planId}.1`]);
    expect(await ids(doc, `Goal?patient=${alexId}&target-date=lt2026-07-10`)).toEqual([`${record.planId}.2`]);
  });

  it('searches consents (the technique and the general consent) by patient, status, category and date', async () => {
    const consents = await found(
      doc,
      `Consent?patient=${alexId}&status=active&category=http://loinc.org|59284-0`,
    );
    expect(consents.map((c) => c.provision.code?.[0]?.coding?.[0]?.code ?? 'general').sort()).toEqual([
      'general',
      'soft_tissue',
    ]);
    expect(await ids(doc, `Consent?patient=${alexId}&status=inactive`)).toEqual([]);
    expect((await ids(doc, `Consent?patient=${alexId}&date=ge2026-01-01`)).length).toBe(2);
    expect(await ids(doc, `Consent?patient=${alexId}&date=lt2026-01-01`)).toEqual([]);
  });

  it('searches documents by patient, type and date, each linked to its REST download', async () => {
    const docs = await found(doc, `DocumentReference?patient=${alexId}`);
    expect(docs.map((d) => d.type.coding[0].code).sort()).toEqual(['imaging-report', 'visit-note']);
    const [note] = await found(
      doc,
      `DocumentReference?subject=${alexId}&type=${LOCAL.documentType}|visit-note`,
    );
    expect(note!.context.encounter[0].reference).toBe(`Encounter/${encounterId}`);
    const pdf = await download(doc, note!.content[0].attachment.url);
    expect([pdf.statusCode, pdf.headers['content-type']]).toEqual([200, 'application/pdf']);
    const [upload] = await found(
      doc,
      `DocumentReference?patient=${alexId}&type=imaging-report&status=current`,
    );
    expect(upload!.id).toBe(record.documentId);
    const file = await download(doc, upload!.content[0].attachment.url);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await ids(doc, `DocumentReference?patient=${alexId}&date=lt2026-01-01`)).toEqual([]);
    expect((await ids(doc, `DocumentReference?patient=${alexId}&date=ge2026-01-01`)).length).toBe(2);
  });

  it('searches answers by questionnaire, patient and date; each names a Questionnaire served here', async () => {
    const intake = await found(doc, `QuestionnaireResponse?patient=${alexId}&questionnaire=omt-intake`);
    expect(intake).toHaveLength(1);
    expect(intake[0]!.author.reference).toBe(`Patient/${alexId}`);
    const phq2 = await found(
      doc,
      `QuestionnaireResponse?subject=${alexId}&questionnaire=Questionnaire/measure-phq2`,
    );
    expect(
      phq2.map((r) => [
        r.id,
        r.item.map((i: { answer: { valueInteger: number }[] }) => i.answer[0]!.valueInteger),
      ]),
    ).toEqual([[record.measureResponseId, [1, 0]]]);
    expect(await ids(doc, `QuestionnaireResponse?patient=${alexId}&authored=lt2026-01-01`)).toEqual([]);
    expect((await ids(doc, `QuestionnaireResponse?patient=${alexId}&status=completed`)).length).toBe(2);
    for (const id of ['omt-intake', 'measure-phq2']) {
      expect((await get(doc, `${FHIR}/Questionnaire/${id}`)).status, id).toBe(200);
    }
    expect(await ids(doc, 'Questionnaire?name=phq&status=active')).toEqual(['measure-phq2', 'measure-phq9']);
    const [odi] = await found(alex, 'Questionnaire?_id=measure-odi-1');
    expect([odi!.status, odi!.version, odi!.item.length]).toEqual(['active', '1', 10]);
  });

  it("serves a child's guardian as RelatedPerson, searched by patient and relationship", async () => {
    const people = await found(doc, `RelatedPerson?patient=${noahId}&relationship=GUARD`);
    expect(people.map((p) => [p.patient.reference, p.name[0].text])).toEqual([
      [`Patient/${noahId}`, 'Sam Parent'],
    ]);
    expect(await ids(doc, `RelatedPerson?patient=${alexId}`)).toEqual([]);
    expect(await ids(sam, `RelatedPerson?patient=${noahId}`)).toEqual(people.map((p) => p.id));
  });

  it("shows a patient only their own record, without the clinical note's parts, refusing another's with an audit", async () => {
    expect(await ids(alex, 'AllergyIntolerance')).not.toContain(mariaAllergy);
    expect(
      (await found(alex, 'AllergyIntolerance')).every((a) => a.patient.reference === `Patient/${alexId}`),
    ).toBe(true);
    expect(await ids(alex, 'CarePlan')).toEqual([record.planId]);
    expect((await ids(alex, 'QuestionnaireResponse')).length).toBe(2);
    // The technique consent and the note's PDF belong to the clinical note, which REST keeps from the patient too.
    const consents = await found(alex, 'Consent');
    expect(consents.map((c) => c.policyRule.text)).toEqual([
      'General consent to osteopathic care, form version 1',
    ]);
    expect(await ids(alex, 'DocumentReference')).toEqual([record.documentId]);
    expect((await get(alex, `${FHIR}/DocumentReference/${encounterId}.note`)).status).toBe(404);

    const before = await lastAuditId(t);
    const search = await get(alex, `${FHIR}/AllergyIntolerance?patient=${mariaId}`);
    expect(search.status).toBe(403);
    expectValidFhir(search.body);
    expect((await get(alex, `${FHIR}/AllergyIntolerance/${mariaAllergy}`)).status).toBe(403);
    expect((await get(alex, `${FHIR}/RelatedPerson?patient=${noahId}`)).status).toBe(403);
    expect(await auditsAfter(before)).toEqual([
      {
        patient_id: mariaId,
        resource_id: null,
        resource_type: 'fhir.AllergyIntolerance',
        action: 'chart.read',
        outcome: 'denied',
      },
      {
        patient_id: mariaId,
        resource_id: mariaAllergy,
        resource_type: 'fhir.AllergyIntolerance',
        action: 'chart.read',
        outcome: 'denied',
      },
      {
        patient_id: noahId,
        resource_id: null,
        resource_type: 'fhir.RelatedPerson',
        action: 'demographics.read',
        outcome: 'denied',
      },
    ]);
  });

  it('audits each resource a search returns under its policy action', async () => {
    const before = await lastAuditId(t);
    const returned = await ids(doc, `Goal?patient=${alexId}`);
    const rows = await auditsAfter(before);
    expect(rows.map((r) => r.resource_id).sort()).toEqual([...returned].sort());
    expect(new Set(rows.map((r) => `${r.patient_id} ${r.action} ${r.outcome} ${r.resource_type}`))).toEqual(
      new Set([`${alexId} plan.read allowed fhir.Goal`]),
    );
  });

  it('refuses the desk where REST does, and shows it only the documents and consents REST shows it', async () => {
    const refusedTypes = [
      'AllergyIntolerance',
      'MedicationStatement',
      'CarePlan',
      'Goal',
      'QuestionnaireResponse',
    ];
    const before = await lastAuditId(t);
    for (const type of refusedTypes) {
      const r = await get(desk, `${FHIR}/${type}?patient=${alexId}`);
      expect(r.status, type).toBe(403);
      expectValidFhir(r.body);
    }
    // Each refusal is audited, though no record was looked at.
    expect(
      (await auditsAfter(before)).map((r) => [r.resource_type, r.outcome, r.patient_id, r.resource_id]),
    ).toEqual(refusedTypes.map((type) => [`fhir.${type}`, 'denied', null, null]));
    expect(await ids(desk, `DocumentReference?patient=${alexId}`)).toEqual([record.documentId]);
    expect((await get(desk, `${FHIR}/DocumentReference/${encounterId}.note`)).status).toBe(404);
    const consents = await found(desk, `Consent?patient=${alexId}`);
    expect(consents.map((c) => c.provision.type)).toEqual(['permit']);
    expect(consents[0]!.provision.code).toBeUndefined();
    expect((await ids(desk, `RelatedPerson?patient=${noahId}`)).length).toBe(1);
    expect((await ids(desk, 'Questionnaire')).length).toBeGreaterThan(4);
  });

  it('refuses a bad value of a new parameter with a 400 naming it', async () => {
    for (const [query, field] of [
      ['Goal?target-date=2026-13-01', 'target-date'],
      ['QuestionnaireResponse?questionnaire=https://x/Questionnaire/y', 'questionnaire'],
      ['Consent?patient=Practitioner/x', 'patient'],
    ]) {
      const r = await get(doc, `${FHIR}/${query}`);
      expect(r.status, query).toBe(400);
      expect(r.body.issue[0].expression, query).toEqual([field]);
    }
  });
});
