import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateFhir } from '../../../../fhir/src/test-support/validator';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { countRows, lastAuditId } from '../../test-support/db-rows';
import { fhirGet } from '../../test-support/fhir';
import { firstSlot, patientIdOf } from '../../test-support/factories';

const FHIR = '/fhir/R4';
const MRN = 'urn:oid:2.16.840.1.113883.19.5';

describe.each(TEST_DATABASES)('FHIR R4 writes on $name', (kind) => {
  let t: TestApp;
  let desk: string;
  let doc: string;
  let alex: string;
  let alexId: string;
  let mariaId: string;

  /** A FHIR write with the caller's token; the body sent as FHIR JSON unless a type is given. */
  const send = async (
    token: string,
    method: 'POST' | 'PUT',
    url: string,
    body: unknown,
    headers: Record<string, string> = {},
  ) => {
    const res = await t.app.inject({
      method,
      url,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/fhir+json',
        ...headers,
      },
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : undefined, res };
  };
  const valid = (resource: unknown) => expect(() => validateFhir(resource as never)).not.toThrow();
  /** A refusal: its status, a valid OperationOutcome naming the element. */
  const refused = (r: { status: number; body: any }, status: number, expression?: string) => {
    expect(r.status, JSON.stringify(r.body)).toBe(status);
    expect(r.body.resourceType).toBe('OperationOutcome');
    valid(r.body);
    if (expression) expect(r.body.issue[0].expression).toEqual([expression]);
  };
  const count = (table: 'patients' | 'chart_entries' | 'appointments') => countRows(t, table);
  const auditSince = async (id: number) =>
    t.handle.db
      .selectFrom('audit_log')
      .select(['patient_id', 'action', 'outcome', 'resource_type'])
      .where('id', '>', id)
      .execute();

  const patient = (given: string, family: string, mrn: string, extra: Record<string, unknown> = {}) => ({
    resourceType: 'Patient',
    identifier: [{ system: MRN, value: mrn }],
    name: [{ use: 'official', family, given: [given] }],
    gender: 'female',
    birthDate: '1980-04-02',
    ...extra,
  });

  beforeAll(async () => {
    t = await startTestApp(kind);
    validateFhir({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'invalid' }] });
    desk = await t.login('frontdesk@demo.clinic');
    doc = await t.login('dr.still@demo.clinic');
    alex = await t.login('alex@demo.clinic');
    alexId = await patientIdOf(t, 'alex@demo.clinic');
    mariaId = await patientIdOf(t, 'maria@demo.clinic');
  }, 60_000);
  afterAll(() => t.close());

  it('creates a Patient as the desk registers one: 201 with Location and ETag, audited, found by its identifier', async () => {
    const since = await lastAuditId(t);
    const r = await send(
      desk,
      'POST',
      `${FHIR}/Patient`,
      patient('Ada', 'Okafor', 'MRN-100', {
        telecom: [{ system: 'email', value: 'ada.okafor@example.org' }],
        communication: [{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'es' }] } }],
      }),
    );
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    valid(r.body);
    const id = r.body.id as string;
    expect(r.res.headers.location).toMatch(new RegExp(`${FHIR}/Patient/${id}$`));
    expect(r.res.headers.etag).toBe(`W/"${r.body.meta.versionId}"`);
    expect(r.body).toMatchObject({
      name: [{ family: 'Okafor', given: ['Ada'] }],
      birthDate: '1980-04-02',
      gender: 'female',
      communication: [{ language: { coding: [{ code: 'es' }] } }],
    });
    const read = await t.call(desk, 'GET', `${FHIR}/Patient/${id}`);
    expect(read.body).toEqual(r.body);
    expect(r.body.identifier).toContainEqual({ system: MRN, value: 'MRN-100' });
    const found = await t.call(
      desk,
      'GET',
      `${FHIR}/Patient?identifier=${encodeURIComponent(`${MRN}|MRN-100`)}`,
    );
    expect(found.body.entry.map((e: any) => e.resource.id)).toEqual([id]);
    const stored = await t.handle.db
      .selectFrom('patient_identifiers')
      .selectAll()
      .where('patient_id', '=', id)
      .execute();
    expect(stored.map((s) => `${s.system}|${s.value}`)).toEqual([`${MRN}|MRN-100`]);
    expect(await auditSince(since)).toContainEqual({
      patient_id: id,
      action: 'demographics.write',
      outcome: 'allowed',
      resource_type: 'patient',
    });
    // The same identifier again names the patient already registered.
    refused(
      await send(desk, 'POST', `${FHIR}/Patient`, patient('Bea', 'Other', 'MRN-100')),
      409,
      'Patient.identifier[0]',
    );
  });

  it('updates a Patient at its ETag (200, a new version); a stale If-Match is a 412; the address is kept', async () => {
    const registered = await t.call(desk, 'POST', '/api/patients', {
      givenName: 'Cora',
      familyName: 'Lindqvist',
      birthDate: '1975-09-12',
      sex: 'female',
      address: { lines: ['1 Main St'], city: 'Cleveland', state: 'OH', postalCode: '44114' },
    });
    expect(registered.status).toBe(201);
    const id = registered.body.id as string;
    const read = await t.call(desk, 'GET', `${FHIR}/Patient/${id}`);
    const etag = read.res.headers.etag as string;
    const changed = { ...read.body, telecom: [{ system: 'phone', value: '216-555-0199' }] };
    delete changed.meta;
    const r = await send(desk, 'PUT', `${FHIR}/Patient/${id}`, changed, { 'if-match': etag });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    valid(r.body);
    expect(r.body.telecom).toEqual([{ system: 'phone', value: '216-555-0199' }]);
    expect(r.res.headers.etag).not.toBe(etag);
    expect(r.body.meta.versionId).not.toBe(read.body.meta.versionId);
    const rest = await t.call(desk, 'GET', `/api/patients/${id}`);
    expect(rest.body.phone).toBe('216-555-0199');
    expect(rest.body.address).toEqual({
      lines: ['1 Main St'],
      city: 'Cleveland',
      state: 'OH',
      postalCode: '44114',
    });

    const stale = await send(
      desk,
      'PUT',
      `${FHIR}/Patient/${id}`,
      { ...changed, birthDate: '1975-09-13' },
      { 'if-match': etag },
    );
    refused(stale, 412, 'If-Match');
    expect((await t.call(desk, 'GET', `/api/patients/${id}`)).body.birthDate).toBe('1975-09-12');
    refused(await send(desk, 'PUT', `${FHIR}/Patient/${alexId}`, changed), 400, 'Patient.id');
    // A clinician reads demographics but does not edit the registration (REST: the desk's).
    refused(await send(doc, 'PUT', `${FHIR}/Patient/${id}`, changed), 403);
  });

  it.each([
    ['a birth date in the future', { birthDate: '2999-01-01' }, 'Patient.birthDate'],
    ['a birth date that is no date', { birthDate: '1980-13-45' }, 'Patient.birthDate'],
    ['no family name', { name: [{ given: ['Ann'] }] }, 'Patient.name[0].family'],
    ['a bad email', { telecom: [{ system: 'email', value: 'not-an-email' }] }, 'Patient.telecom[0].value'],
    ['a minor without a guardian', { birthDate: '2020-01-01' }, 'Patient.contact'],
    ['an element R4 does not define', { favouriteColour: 'blue' }, undefined],
  ])('refuses %s with a 400 OperationOutcome naming the element', async (_what, change, expression) => {
    const before = await count('patients');
    const r = await send(desk, 'POST', `${FHIR}/Patient`, {
      ...patient('Ann', 'Example', 'MRN-400'),
      ...change,
    });
    refused(r, 400, expression);
    expect(r.body.issue[0].expression?.[0] ?? '').toMatch(/^Patient/);
    expect(await count('patients')).toBe(before);
  });

  it('refuses a body that is not FHIR JSON (415, or 400 naming the type) on every write', async () => {
    for (const url of [`${FHIR}/Patient`, `${FHIR}/Appointment`, FHIR]) {
      refused(await send(desk, 'POST', url, '<Patient/>', { 'content-type': 'application/fhir+xml' }), 415);
    }
    refused(await send(desk, 'POST', `${FHIR}/Patient`, '{"resourceType":'), 400, 'Patient');
    refused(
      await send(desk, 'POST', `${FHIR}/Patient`, { resourceType: 'Practitioner' }),
      400,
      'Patient.resourceType',
    );
  });

  it('refuses a patient login registering a patient (403), as REST does', async () => {
    const before = await count('patients');
    refused(await send(alex, 'POST', `${FHIR}/Patient`, patient('Eve', 'Stranger', 'MRN-403')), 403);
    expect(await count('patients')).toBe(before);
  });

  describe('booking by creating an Appointment', () => {
    const appointment = (
      patientId: string,
      slot: { start: string; end: string; providerId: string; locationId: string },
      type = 'OMT follow-up',
    ) => ({
      resourceType: 'Appointment',
      status: 'booked',
      serviceType: [{ text: type }],
      start: slot.start,
      end: slot.end,
      participant: [
        { actor: { reference: `Patient/${patientId}` }, status: 'accepted' },
        { actor: { reference: `Practitioner/${slot.providerId}` }, status: 'accepted' },
        { actor: { reference: `Location/${slot.locationId}` }, status: 'accepted' },
      ],
    });

    it('books (201, audited), answers a retry with the same Idempotency-Key alike, and the same slot again is a 409', async () => {
      const slot = await firstSlot(t, desk, 'omt-follow-up', {
        provider: await t.userId('dr.still@demo.clinic'),
      });
      const since = await lastAuditId(t);
      const key = { 'idempotency-key': 'fhir-book-0001' };
      const r = await send(desk, 'POST', `${FHIR}/Appointment`, appointment(alexId, slot), key);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      valid(r.body);
      expect(r.body).toMatchObject({ status: 'booked', start: slot.start });
      expect(r.res.headers.location).toContain(`${FHIR}/Appointment/${r.body.id}`);
      expect(await auditSince(since)).toContainEqual({
        patient_id: alexId,
        action: 'appointment.write',
        outcome: 'allowed',
        resource_type: 'appointment',
      });
      const appointments = await count('appointments');
      const retry = await send(desk, 'POST', `${FHIR}/Appointment`, appointment(alexId, slot), key);
      expect(retry.status).toBe(201);
      expect(retry.body.id).toBe(r.body.id);
      expect(await count('appointments')).toBe(appointments);

      // The Appointment as read, posted again: the slot is taken.
      const read = await t.call(desk, 'GET', `${FHIR}/Appointment/${r.body.id}`);
      const again = {
        ...read.body,
        participant: read.body.participant.map((p: any) =>
          p.actor.reference.startsWith('Patient/') ? { ...p, actor: { reference: `Patient/${mariaId}` } } : p,
        ),
      };
      refused(await send(desk, 'POST', `${FHIR}/Appointment`, again), 409, 'Appointment.start');
      expect(await count('appointments')).toBe(appointments);
    });

    it('refuses what the booking rules refuse with a 422: a visit type the patient does not fit, OMT before a consultation', async () => {
      const still = { provider: await t.userId('dr.still@demo.clinic') };
      const pregnancy = await firstSlot(t, desk, 'pregnancy-omt', still);
      refused(
        await send(alex, 'POST', `${FHIR}/Appointment`, appointment(alexId, pregnancy, 'Pregnancy OMT')),
        422,
        'Appointment.serviceType[0]',
      );
      const created = await send(desk, 'POST', `${FHIR}/Patient`, patient('Gil', 'Newcomer', 'MRN-422'));
      expect(created.status).toBe(201);
      const followUp = await firstSlot(t, desk, 'omt-follow-up', still);
      const r = await send(desk, 'POST', `${FHIR}/Appointment`, appointment(created.body.id, followUp));
      refused(r, 422, 'Appointment.serviceType[0]');
      expect(r.body.issue[0].diagnostics).toContain('consultation');
      refused(
        await send(desk, 'POST', `${FHIR}/Appointment`, {
          ...appointment(alexId, followUp),
          end: followUp.start,
        }),
        400,
        'Appointment.end',
      );
      refused(
        await send(desk, 'POST', `${FHIR}/Appointment`, appointment(alexId, followUp, 'Massage')),
        400,
        'Appointment.serviceType[0]',
      );
    });

    it('lets a patient book only for themselves (403 for another patient, audited)', async () => {
      const slot = await firstSlot(t, desk, 'omt-follow-up', {
        provider: await t.userId('dr.kim@demo.clinic'),
      });
      refused(await send(alex, 'POST', `${FHIR}/Appointment`, appointment(mariaId, slot)), 403);
      const denied = await t.handle.db
        .selectFrom('audit_log')
        .select('action')
        .where('patient_id', '=', mariaId)
        .where('outcome', '=', 'denied')
        .where('action', '=', 'appointment.write')
        .execute();
      expect(denied.length).toBeGreaterThan(0);
    });
  });

  describe('importing a transaction Bundle', () => {
    const urn = (n: number) => `urn:uuid:00000000-0000-4000-8000-00000000000${n}`;
    const patientEntry = (n: number, resource: object) => ({
      fullUrl: urn(n),
      resource,
      request: { method: 'POST', url: 'Patient' },
    });
    const entry = (type: string, resource: object) => ({
      resource: { resourceType: type, ...resource },
      request: { method: 'POST', url: type },
    });
    const patients = [
      patientEntry(1, patient('Hana', 'Import', 'MRN-201')),
      patientEntry(2, { ...patient('Ivo', 'Import', 'MRN-202'), gender: 'male', birthDate: '1966-02-03' }),
    ];
    const clinical = [
      entry('Condition', {
        clinicalStatus: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
        },
        code: {
          coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'M54.50' }],
          text: 'Low back pain',
        },
        subject: { reference: urn(1) },
        onsetDateTime: '2024-03-01',
      }),
      entry('Condition', {
        clinicalStatus: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'resolved' }],
        },
        code: { text: 'Ankle sprain' },
        subject: { reference: urn(2) },
      }),
      entry('AllergyIntolerance', {
        clinicalStatus: {
          coding: [
            { system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code: 'active' },
          ],
        },
        code: { text: 'Penicillin' },
        patient: { reference: urn(1) },
        reaction: [{ manifestation: [{ text: 'Hives' }], severity: 'severe' }],
      }),
      entry('Observation', {
        identifier: [{ system: 'urn:oid:2.16.840.1.113883.19.5.2', value: 'OBS-1' }],
        status: 'final',
        code: { coding: [{ system: 'http://loinc.org', code: '72514-3' }] },
        subject: { reference: urn(2) },
        effectiveDateTime: '2024-03-01T09:30:00-05:00',
        valueQuantity: { value: 4 },
      }),
    ];
    const bundle = (entries: object[]) => ({ resourceType: 'Bundle', type: 'transaction', entry: entries });
    const statuses = (b: any) => b.entry.map((e: any) => e.response.status);
    const importedIds = async () =>
      (
        await t.handle.db
          .selectFrom('patient_identifiers')
          .select('patient_id')
          .where('value', 'in', ['MRN-201', 'MRN-202'])
          .execute()
      ).map((r) => r.patient_id);
    const chartOf = async (ids: string[]) =>
      ids.length
        ? t.handle.db
            .selectFrom('chart_entries')
            .select(['kind', 'name', 'code', 'status', 'severity'])
            .where('patient_id', 'in', ids)
            .orderBy('name')
            .execute()
        : [];

    it('refuses the whole Bundle when an entry needs a role the caller lacks: nothing is saved', async () => {
      const before = await count('patients');
      const r = await send(desk, 'POST', FHIR, bundle([...patients, ...clinical]));
      refused(r, 403, 'Bundle.entry[2]');
      expect(await count('patients')).toBe(before);
    });

    it('imports patients (desk), then their problems, allergies and results (clinician); the same Bundle twice adds nothing', async () => {
      const first = await send(desk, 'POST', FHIR, bundle(patients));
      expect(first.status, JSON.stringify(first.body)).toBe(200);
      valid(first.body);
      expect(first.body.type).toBe('transaction-response');
      expect(statuses(first.body)).toEqual(['201 Created', '201 Created']);
      const ids = await importedIds();
      expect(ids.length).toBe(2);
      expect(first.body.entry.map((e: any) => e.response.location).sort()).toEqual(
        ids.map((id) => `Patient/${id}`).sort(),
      );

      const since = await lastAuditId(t);
      const full = await send(doc, 'POST', FHIR, bundle([...patients, ...clinical]));
      expect(full.status, JSON.stringify(full.body)).toBe(200);
      valid(full.body);
      expect(statuses(full.body)).toEqual([
        '200 OK',
        '200 OK',
        '201 Created',
        '201 Created',
        '201 Created',
        '201 Created',
      ]);
      expect(await chartOf(ids)).toEqual([
        { kind: 'problem', name: 'Ankle sprain', code: null, status: 'resolved', severity: null },
        { kind: 'problem', name: 'Low back pain', code: 'M54.50', status: 'active', severity: null },
        { kind: 'allergy', name: 'Penicillin', code: null, status: 'active', severity: 'severe' },
      ]);
      const audit = await auditSince(since);
      expect(audit.filter((a) => a.action === 'chart.write' && a.outcome === 'allowed').length).toBe(4);
      expect(audit.some((a) => a.action === 'demographics.write')).toBe(false);
      // Each location the import answers is read back: the problems as problem-list Conditions of the chart.
      for (const e of full.body.entry) {
        const read = await fhirGet(t, doc, `${FHIR}/${e.response.location}`);
        expect(read.status, e.response.location).toBe(200);
        valid(read.body);
      }
      const problem = (await fhirGet(t, doc, `${FHIR}/${full.body.entry[2].response.location}`)).body;
      expect(problem).toMatchObject({
        category: [{ coding: [{ code: 'problem-list-item' }] }],
        code: {
          coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'M54.50' }],
          text: 'Low back pain',
        },
        onsetDateTime: '2024-03-01',
      });
      const listed = await fhirGet(t, doc, `${FHIR}/Condition?patient=${ids[0]}&category=problem-list-item`);
      expect(listed.body.entry.map((e: any) => e.resource.code.text)).toEqual(['Low back pain']);

      const patientsBefore = await count('patients');
      const again = await send(doc, 'POST', FHIR, bundle([...patients, ...clinical]));
      expect(again.status).toBe(200);
      valid(again.body);
      expect(statuses(again.body)).toEqual(['200 OK', '200 OK', '200 OK', '200 OK', '200 OK', '200 OK']);
      expect(again.body.entry.slice(2).map((e: any) => e.response.location)).toEqual(
        full.body.entry.slice(2).map((e: any) => e.response.location),
      );
      expect(await count('patients')).toBe(patientsBefore);
      expect((await chartOf(ids)).length).toBe(3);
      expect(statuses((await send(desk, 'POST', FHIR, bundle(patients))).body)).toEqual(['200 OK', '200 OK']);
    });

    it('saves nothing when one entry is bad: a 400 naming the entry and element, or a refusal part-way through', async () => {
      const patientsBefore = await count('patients');
      const chartBefore = await count('chart_entries');
      const badDate = await send(
        desk,
        'POST',
        FHIR,
        bundle([
          patientEntry(3, patient('Jo', 'New', 'MRN-301')),
          patientEntry(4, { ...patient('Kai', 'New', 'MRN-302'), birthDate: '2999-01-01' }),
        ]),
      );
      refused(badDate, 400, 'Bundle.entry[1].resource.birthDate');
      const badCode = await send(
        doc,
        'POST',
        FHIR,
        bundle([
          ...patients,
          clinical[0]!,
          entry('Condition', {
            code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'not a code' }] },
            subject: { reference: urn(2) },
          }),
        ]),
      );
      refused(badCode, 400, 'Bundle.entry[3].resource.code.coding[0].code');
      const noIdentifier = await send(
        desk,
        'POST',
        FHIR,
        bundle([patientEntry(5, { ...patient('Lu', 'New', 'x'), identifier: undefined })]),
      );
      refused(noIdentifier, 400, 'Bundle.entry[0].resource.identifier');
      const unknownPatient = await send(
        doc,
        'POST',
        FHIR,
        bundle([
          entry('AllergyIntolerance', {
            code: { text: 'Latex' },
            patient: { reference: 'Patient/no-such-patient' },
          }),
        ]),
      );
      refused(unknownPatient, 400, 'Bundle.entry[0].resource.patient');
      // The second patient is Alex again under a new identifier: the registration's duplicate check refuses it after
      // the first was registered, and the first is rolled back with it.
      const alexRow = await t.handle.db
        .selectFrom('patients')
        .selectAll()
        .where('id', '=', alexId)
        .executeTakeFirstOrThrow();
      const duplicate = await send(
        desk,
        'POST',
        FHIR,
        bundle([
          patientEntry(6, patient('Mo', 'New', 'MRN-306')),
          patientEntry(7, {
            ...patient(alexRow.given_name, alexRow.family_name, 'MRN-307'),
            birthDate: alexRow.birth_date,
          }),
        ]),
      );
      refused(duplicate, 409, 'Bundle.entry[1].resource');
      expect(await count('patients')).toBe(patientsBefore);
      expect(await count('chart_entries')).toBe(chartBefore);
      const stored = await t.handle.db
        .selectFrom('patient_identifiers')
        .select('value')
        .where('value', 'in', ['MRN-301', 'MRN-306'])
        .execute();
      expect(stored).toEqual([]);
      refused(await send(desk, 'POST', FHIR, { ...bundle(patients), type: 'batch' }), 400, 'Bundle.type');
    });
  });

  it('lists exactly the writes it serves in the CapabilityStatement', async () => {
    const r = await t.call(null, 'GET', `${FHIR}/metadata`);
    valid(r.body);
    const rest = r.body.rest[0];
    expect(rest.interaction.map((i: any) => i.code)).toEqual(['transaction']);
    const writes = Object.fromEntries(
      rest.resource.map((x: any) => [
        x.type,
        (x.interaction ?? [])
          .map((i: any) => i.code)
          .filter((c: string) => ['create', 'update', 'patch', 'delete'].includes(c)),
      ]),
    );
    expect(Object.entries(writes).filter(([, w]) => (w as string[]).length)).toEqual([
      ['Patient', ['create', 'update']],
      ['Appointment', ['create']],
    ]);
  });
});
