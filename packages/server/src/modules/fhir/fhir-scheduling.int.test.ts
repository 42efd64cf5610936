import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { lastAuditId } from '../../test-support/db-rows';
import { expectValidFhir, fhirGet, warmFhirValidator } from '../../test-support/fhir';
import { LOCAL } from '@omt/fhir';
import { bookFollowUp, openEncounter, patientIdOf, treatRegions } from '../../test-support/factories';
import { FHIR_TYPES, fhirType, paramsOf } from './resource-types';
import { includesOf, revIncludesOf } from './include';
import { sortableParams } from './sort';
import { sortDocumentation } from './capability';

const FHIR = '/fhir/R4';
const DAY = 86_400_000;

interface Entry {
  resource: { resourceType: string; id: string; [k: string]: any };
  search: { mode: 'match' | 'include' };
}

describe.each(TEST_DATABASES)('FHIR R4 scheduling, audit, _sort and _include on $name', (kind) => {
  let t: TestApp;
  let doc: string;
  let admin: string;
  let desk: string;
  let alex: string;
  let alexId: string;
  let mariaId: string;
  let stillId: string;
  let encounterId: string;
  /** The test clock when the app started (before any visit moved it). */
  let startedAt: Date;

  const get = (token: string | null, url: string, headers: Record<string, string> = {}) =>
    fhirGet(t, token, url, headers);
  /** A search that must answer 200 with a valid Bundle. */
  const search = async (token: string, url: string) => {
    const r = await get(token, url);
    expect(r.status, `${url}: ${JSON.stringify(r.body)}`).toBe(200);
    expectValidFhir(r.body);
    return r.body as { total: number; entry?: Entry[]; link: { relation: string; url: string }[] };
  };
  const matches = (b: { entry?: Entry[] }) =>
    (b.entry ?? []).filter((e) => e.search.mode === 'match').map((e) => e.resource);
  const included = (b: { entry?: Entry[] }) =>
    (b.entry ?? []).filter((e) => e.search.mode === 'include').map((e) => e.resource);
  const refusal = async (token: string, url: string, status: number, field?: string) => {
    const r = await get(token, url, { prefer: 'handling=lenient' });
    expect(r.status, url).toBe(status);
    expectValidFhir(r.body);
    if (field) expect(r.body.issue[0].expression, url).toEqual([field]);
  };
  const auditRowsAfter = async (id: number) =>
    t.handle.db
      .selectFrom('audit_log')
      .select(['patient_id', 'resource_type', 'resource_id', 'action', 'outcome'])
      .where('id', '>', id)
      .execute();

  beforeAll(async () => {
    t = await startTestApp(kind);
    startedAt = t.clock.now;
    warmFhirValidator();
    doc = await t.login('dr.still@demo.clinic');
    admin = await t.login('admin@demo.clinic');
    desk = await t.login('frontdesk@demo.clinic');
    alex = await t.login('alex@demo.clinic');
    alexId = await patientIdOf(t, 'alex@demo.clinic');
    mariaId = await patientIdOf(t, 'maria@demo.clinic');
    stillId = await t.userId('dr.still@demo.clinic');
    await bookFollowUp(t, 'maria@demo.clinic');
    await bookFollowUp(t, 'alex@demo.clinic', 'dr.kim@demo.clinic');
    const visit = await bookFollowUp(t, 'alex@demo.clinic');
    encounterId = await openEncounter(t, 'dr.still@demo.clinic', visit.id);
    await treatRegions(t, 'dr.still@demo.clinic', encounterId, ['lumbar', 'cervical']);
    expect((await t.call(doc, 'POST', `/api/encounters/${encounterId}/sign`, {})).status).toBe(200);
    // Back to the start: free times are searched from here.
    t.clock.now = startedAt;
  }, 90_000);
  afterAll(() => t.close());

  it('lists _include, _revinclude and the _sort keys in the CapabilityStatement, exactly as the table serves them', async () => {
    const statement = (await get(null, `${FHIR}/metadata`)).body;
    const byType = new Map<string, any>(statement.rest[0].resource.map((r: any) => [r.type, r]));
    expect(byType.get('Appointment').searchInclude).toEqual(['Appointment:patient', 'Appointment:actor']);
    expect(byType.get('Encounter').searchRevInclude).toEqual(['Condition:encounter', 'Procedure:encounter']);
    expect(byType.get('Slot').searchInclude).toEqual(['Slot:schedule']);
    for (const def of FHIR_TYPES) {
      const listed = byType.get(def.type);
      expect(listed.searchInclude ?? [], def.type).toEqual(includesOf(def));
      expect(listed.searchRevInclude ?? [], def.type).toEqual(revIncludesOf(def));
      const sort = listed.searchParam.find((p: any) => p.name === '_sort');
      expect(sort.documentation, def.type).toBe(
        sortDocumentation(sortableParams(paramsOf(def)).map((p) => p.name)),
      );
    }
    expect(
      byType.get('Appointment').searchParam.find((p: any) => p.name === '_sort').documentation,
    ).toContain('_id, _lastUpdated, date');
  });

  it('serves PractitionerRole and Schedule per provider and location, searched by practitioner, location and actor', async () => {
    const roles = matches(await search(doc, `${FHIR}/PractitionerRole?_count=100`));
    expect(roles.length).toBeGreaterThan(1);
    const still = matches(await search(doc, `${FHIR}/PractitionerRole?practitioner=${stillId}`));
    expect(still.length).toBeGreaterThan(0);
    expect(still.every((r) => r.practitioner.reference === `Practitioner/${stillId}`)).toBe(true);
    expect(still[0]!.availableTime.length).toBeGreaterThan(0);
    expect(still[0]!.specialty).toBeUndefined();
    const locationRef = still[0]!.location[0].reference as string;
    const atLocation = matches(await search(doc, `${FHIR}/PractitionerRole?location=${locationRef}`));
    expect(atLocation.map((r) => r.id)).toContain(still[0]!.id);
    expect(atLocation.every((r) => r.location[0].reference === locationRef)).toBe(true);
    expect(roles.length).toBeGreaterThan(atLocation.length);

    const schedules = matches(await search(alex, `${FHIR}/Schedule?actor=Practitioner/${stillId}`));
    expect(schedules.map((s) => s.id).sort()).toEqual(still.map((r) => r.id).sort());
    const byLocation = matches(await search(alex, `${FHIR}/Schedule?actor=${locationRef.split('/')[1]}`));
    expect(byLocation.every((s) => s.actor[1].reference === locationRef)).toBe(true);
    const read = await get(alex, `${FHIR}/Schedule/${schedules[0]!.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(schedules[0]);

    const withPeople = await search(
      doc,
      `${FHIR}/PractitionerRole?practitioner=${stillId}&_include=PractitionerRole:practitioner&_include=PractitionerRole:location`,
    );
    expect(
      included(withPeople)
        .map((r) => `${r.resourceType}/${r.id}`)
        .sort(),
    ).toEqual(
      [`Practitioner/${stillId}`, ...new Set(still.map((r) => r.location[0].reference as string))].sort(),
    );
  });

  it('serves free Slots from the availability engine: the next 14 days by default, start with prefixes, schedule, status and visit type', async () => {
    const now = startedAt.getTime();
    const all = await search(doc, `${FHIR}/Slot?_count=100&_sort=start`);
    expect(all.total).toBeGreaterThan(0);
    const starts = matches(all).map((s) => Date.parse(s.start));
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(now);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const last = matches(await search(doc, `${FHIR}/Slot?_count=1&_sort=-start`))[0]!;
    expect(Date.parse(last.start)).toBeLessThan(now + 14 * DAY);
    expect(Date.parse(last.start)).toBeGreaterThan(now + 7 * DAY);
    expect(matches(all).every((s) => s.status === 'free')).toBe(true);

    const day = new Date(now + 2 * DAY).toISOString().slice(0, 10);
    const onDay = matches(await search(doc, `${FHIR}/Slot?start=${day}&_count=100`));
    expect(onDay.length).toBeGreaterThan(0);
    expect(onDay.every((s) => s.start.startsWith(day))).toBe(true);
    const later = matches(
      await search(doc, `${FHIR}/Slot?start=ge${day}&start=lt${day}T15:00:00Z&_count=100`),
    );
    expect(later.every((s) => s.start >= day && s.start < `${day}T15:00:00Z`)).toBe(true);
    const far = new Date(now + 40 * DAY).toISOString().slice(0, 10);
    const farSlots = await search(
      doc,
      `${FHIR}/Slot?start=ge${far}&start=lt${new Date(now + 45 * DAY).toISOString().slice(0, 10)}&_count=1`,
    );
    expect(Date.parse(matches(farSlots)[0]!.start)).toBeGreaterThanOrEqual(now + 40 * DAY);

    const schedule = onDay[0]!.schedule.reference as string;
    const ofSchedule = matches(
      await search(doc, `${FHIR}/Slot?schedule=${schedule}&start=${day}&status=free&_count=100`),
    );
    expect(ofSchedule.length).toBeGreaterThan(0);
    expect(ofSchedule.every((s) => s.schedule.reference === schedule)).toBe(true);
    const followUps = matches(
      await search(doc, `${FHIR}/Slot?service-type=${LOCAL.visitType}|omt-follow-up&start=${day}&_count=100`),
    );
    expect(followUps.length).toBeGreaterThan(0);
    expect(followUps.every((s) => s.serviceType[0].coding[0].code === 'omt-follow-up')).toBe(true);
    expect(matches(await search(doc, `${FHIR}/Slot?status=busy&start=${day}`))).toEqual([]);

    const withSchedule = await search(
      doc,
      `${FHIR}/Slot?schedule=${schedule}&start=${day}&_count=3&_include=Slot:schedule`,
    );
    expect(included(withSchedule).map((r) => `Schedule/${r.id}`)).toEqual([schedule]);
  });

  it('reads a Slot by id until it is booked, then it is gone', async () => {
    const day = new Date(startedAt.getTime() + 3 * DAY).toISOString().slice(0, 10);
    const slot = matches(
      await search(alex, `${FHIR}/Slot?service-type=omt-follow-up&start=${day}&_count=1`),
    )[0]!;
    const read = await get(alex, `${FHIR}/Slot/${slot.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(slot);
    const schedule = (await get(alex, `${FHIR}/${slot.schedule.reference}`)).body;
    const [practitioner, location] = schedule.actor.map(
      (a: { reference: string }) => a.reference.split('/')[1],
    );
    const booked = await t.call(alex, 'POST', '/api/appointments', {
      patientId: alexId,
      visitType: 'omt-follow-up',
      providerId: practitioner,
      locationId: location,
      start: slot.start,
    });
    expect(booked.status).toBe(201);
    expect((await get(alex, `${FHIR}/Slot/${slot.id}`)).status).toBe(404);
    const after = matches(
      await search(alex, `${FHIR}/Slot?${new URLSearchParams({ _id: slot.id }).toString()}`),
    );
    expect(after).toEqual([]);
    expect((await get(alex, `${FHIR}/Slot/zz-0000000000000000`)).status).toBe(404);
  });

  it('shows a patient only the visit types bookable online', async () => {
    await t.handle.db
      .updateTable('visit_types')
      .set({ online_bookable: 0 })
      .where('id', '=', 'consultation')
      .execute();
    try {
      const day = new Date(startedAt.getTime() + 2 * DAY).toISOString().slice(0, 10);
      const forAlex = matches(await search(alex, `${FHIR}/Slot?start=${day}&_count=100`));
      const forDesk = matches(await search(desk, `${FHIR}/Slot?start=${day}&_count=100`));
      const types = (slots: any[]) => new Set(slots.map((s) => s.serviceType[0].coding[0].code));
      expect(types(forDesk).has('consultation')).toBe(true);
      expect(types(forAlex).has('consultation')).toBe(false);
      expect(forAlex.length).toBeGreaterThan(0);
    } finally {
      await t.handle.db
        .updateTable('visit_types')
        .set({ online_bookable: 1 })
        .where('id', '=', 'consultation')
        .execute();
    }
  });

  it('refuses a Slot window over 31 days and bad Slot values with a 400 naming the parameter', async () => {
    const from = new Date(startedAt.getTime() + DAY).toISOString().slice(0, 10);
    const to = new Date(startedAt.getTime() + 40 * DAY).toISOString().slice(0, 10);
    await refusal(doc, `${FHIR}/Slot?start=ge${from}&start=lt${to}`, 400, 'start');
    await refusal(doc, `${FHIR}/Slot?start=lt${to}`, 400, 'start');
    await refusal(doc, `${FHIR}/Slot?start=ge${to}`, 200);
    await refusal(doc, `${FHIR}/Slot?start=2026-13-01`, 400, 'start');
    await refusal(doc, `${FHIR}/Slot?schedule=Practitioner/x`, 400, 'schedule');
  });

  it('serves the audit log as AuditEvents to admins, searched by date, patient, entity, agent, action and outcome', async () => {
    const before = await lastAuditId(t);
    const appointments = matches(await search(doc, `${FHIR}/Appointment?patient=${alexId}`));
    expect((await get(alex, `${FHIR}/Patient/${mariaId}`)).status).toBe(403);
    const since = t.clock.now.toISOString().slice(0, 10);

    const byPatient = await search(
      admin,
      `${FHIR}/AuditEvent?patient=${alexId}&date=ge${since}&_count=100&_sort=-date`,
    );
    const events = matches(byPatient);
    expect(events.length).toBeGreaterThanOrEqual(appointments.length);
    expect(events.every((e) => e.entity.some((x: any) => x.what.reference === `Patient/${alexId}`))).toBe(
      true,
    );
    const recorded = events.map((e) => e.recorded as string);
    expect(recorded).toEqual([...recorded].sort().reverse());

    const reads = matches(
      await search(
        admin,
        `${FHIR}/AuditEvent?agent=Practitioner/${stillId}&action=R&patient=${alexId}&_count=100`,
      ),
    );
    expect(reads.map((e) => e.entity[1].what.reference)).toEqual(
      expect.arrayContaining(appointments.map((a) => `Appointment/${a.id}`)),
    );
    expect(
      reads.every((e) => e.agent[0].who.reference === `Practitioner/${stillId}` && e.action === 'R'),
    ).toBe(true);
    const entity = matches(
      await search(admin, `${FHIR}/AuditEvent?entity=Appointment/${appointments[0]!.id}`),
    );
    expect(entity.length).toBeGreaterThan(0);
    expect(entity.every((e) => e.entity[1].what.reference === `Appointment/${appointments[0]!.id}`)).toBe(
      true,
    );

    const alexUser = await t.userId('alex@demo.clinic');
    const refused = matches(await search(admin, `${FHIR}/AuditEvent?patient=${mariaId}&outcome=4`));
    expect(refused.some((e) => e.agent[0].who.identifier?.value === alexUser)).toBe(true);
    expect(refused.every((e) => e.outcome === '4')).toBe(true);
    expect(matches(await search(admin, `${FHIR}/AuditEvent?agent=${alexUser}&date=lt2000-01-01`))).toEqual(
      [],
    );

    const read = await get(admin, `${FHIR}/AuditEvent/${events[0]!.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(events[0]);
    // Reading the log adds nothing to it but the searches above.
    expect((await auditRowsAfter(before)).every((r) => r.resource_type !== 'fhir.AuditEvent')).toBe(true);
  });

  it('refuses AuditEvent to every role but admin (403), searched or read', async () => {
    const id = (await lastAuditId(t)).toString();
    for (const email of [
      'dr.still@demo.clinic',
      'resident@demo.clinic',
      'frontdesk@demo.clinic',
      'alex@demo.clinic',
    ]) {
      const token = await t.login(email);
      await refusal(token, `${FHIR}/AuditEvent`, 403);
      await refusal(token, `${FHIR}/AuditEvent/${id}`, 403);
    }
    await refusal(admin, `${FHIR}/AuditEvent?entity=${alexId}`, 400, 'entity');
  });

  it('sorts ascending and descending by date, _lastUpdated, name and _id; ties and missing values keep pages stable', async () => {
    const asc = matches(await search(doc, `${FHIR}/Appointment?_sort=date&_count=100`)).map((a) => a.start);
    expect(asc.length).toBeGreaterThan(2);
    expect(asc).toEqual([...asc].sort());
    const desc = matches(await search(doc, `${FHIR}/Appointment?_sort=-date&_count=100`)).map((a) => a.start);
    expect(desc).toEqual([...asc].reverse());
    const updated = matches(await search(doc, `${FHIR}/Appointment?_sort=-_lastUpdated,_id&_count=100`)).map(
      (a) => a.meta.lastUpdated,
    );
    expect(updated).toEqual([...updated].sort().reverse());
    const ids = matches(await search(doc, `${FHIR}/Patient?_sort=-_id&_count=100`)).map((p) => p.id);
    expect(ids).toEqual([...ids].sort().reverse());
    const byName = matches(await search(doc, `${FHIR}/Practitioner?_sort=name`)).map((p) => p.name[0].text);
    expect(byName.length).toBeGreaterThan(2);
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b)));
    const pages: string[] = [];
    let next: string | undefined = `${FHIR}/Appointment?_sort=-date&_count=2`;
    while (next) {
      const page = await search(doc, next.replace(/^https?:\/\/[^/]+/, ''));
      pages.push(...matches(page).map((a) => a.start));
      next = page.link.find((l) => l.relation === 'next')?.url;
      if (next) expect(next).toContain('_sort=-date');
    }
    expect(pages).toEqual(desc);
  });

  it('refuses an unknown sort key with a 400 OperationOutcome, and ignores it when lenient', async () => {
    for (const bad of ['colour', 'status', '-patient']) {
      const r = await get(doc, `${FHIR}/Appointment?_sort=${bad}`);
      expect(r.status, bad).toBe(400);
      expectValidFhir(r.body);
      expect(r.body.issue[0].expression).toEqual(['_sort']);
      expect(r.body.issue[0].diagnostics).toContain('_id, _lastUpdated, date');
    }
    const lenient = await get(doc, `${FHIR}/Appointment?_sort=colour,-date&_count=100`, {
      prefer: 'handling=lenient',
    });
    expect(lenient.status).toBe(200);
    const starts = matches(lenient.body).map((a) => a.start);
    expect(starts).toEqual([...starts].sort().reverse());
    expect(lenient.body.link[0].url).toContain('_sort=-date');
    expect(lenient.body.link[0].url).not.toContain('colour');
    await refusal(doc, `${FHIR}/Appointment?_sort=`, 400, '_sort');
  });

  it("includes an Appointment's patient and actors in mode include, audited as reads", async () => {
    const before = await lastAuditId(t);
    const withPatient = await search(
      doc,
      `${FHIR}/Appointment?patient=${alexId}&_include=Appointment:patient`,
    );
    expect(matches(withPatient).length).toBeGreaterThan(1);
    expect(included(withPatient).map((r) => `${r.resourceType}/${r.id}`)).toEqual([`Patient/${alexId}`]);
    expect(withPatient.total).toBe(matches(withPatient).length);
    const rows = await auditRowsAfter(before);
    expect(rows).toContainEqual({
      patient_id: alexId,
      resource_type: 'fhir.Patient',
      resource_id: alexId,
      action: 'demographics.read',
      outcome: 'allowed',
    });

    const withActors = await search(doc, `${FHIR}/Appointment?patient=${alexId}&_include=Appointment:actor`);
    const kinds = new Set(included(withActors).map((r) => r.resourceType));
    expect(kinds).toEqual(new Set(['Patient', 'Practitioner', 'Location']));
    const practitioners = included(withActors).filter((r) => r.resourceType === 'Practitioner');
    expect(new Set(practitioners.map((p) => p.id)).size).toBe(practitioners.length);
    const named = matches(withActors).flatMap((a) =>
      a.participant
        .map((p: any) => p.actor.reference as string)
        .filter((x: string) => x.startsWith('Practitioner/')),
    );
    expect(practitioners.map((p) => `Practitioner/${p.id}`).sort()).toEqual([...new Set(named)].sort());
    expect(practitioners.length).toBeGreaterThan(1);
    const onlyLocations = await search(
      doc,
      `${FHIR}/Appointment?patient=${alexId}&_include=Appointment:actor:Location`,
    );
    expect(new Set(included(onlyLocations).map((r) => r.resourceType))).toEqual(new Set(['Location']));
    expect(
      included(
        await search(doc, `${FHIR}/Appointment?patient=${alexId}&_count=0&_include=Appointment:patient`),
      ),
    ).toEqual([]);
  });

  it("brings an Encounter's Conditions and Procedures with _revinclude", async () => {
    const r = await search(
      doc,
      `${FHIR}/Encounter?_id=${encounterId}&_revinclude=Condition:encounter&_revinclude=Procedure:encounter`,
    );
    expect(matches(r).map((e) => e.id)).toEqual([encounterId]);
    const brought = included(r);
    const conditions = brought.filter((x) => x.resourceType === 'Condition');
    const procedures = brought.filter((x) => x.resourceType === 'Procedure');
    expect(conditions.map((c) => c.code.coding[0].code).sort()).toEqual(['M99.01', 'M99.03']);
    expect(procedures.length).toBe(2);
    expect(brought.every((x) => x.encounter.reference === `Encounter/${encounterId}`)).toBe(true);
    const byParam = matches(await search(doc, `${FHIR}/Condition?encounter=${encounterId}`));
    expect(byParam.map((c) => c.id).sort()).toEqual(conditions.map((c) => c.id).sort());
    expect(matches(await search(doc, `${FHIR}/Procedure?encounter=Encounter/${encounterId}`)).length).toBe(2);
    const none = await search(doc, `${FHIR}/Encounter?patient=${mariaId}&_revinclude=Condition:encounter`);
    expect(included(none).every((c) => c.subject.reference === `Patient/${mariaId}`)).toBe(true);
  });

  it('gives a patient only their own records through includes', async () => {
    const own = await search(
      alex,
      `${FHIR}/Appointment?_include=Appointment:patient&_include=Appointment:actor&_count=100`,
    );
    const patients = included(own).filter((r) => r.resourceType === 'Patient');
    expect(patients.map((p) => p.id)).toEqual([alexId]);
    const visits = await search(
      alex,
      `${FHIR}/Encounter?_revinclude=Condition:encounter&_revinclude=Procedure:encounter`,
    );
    expect(included(visits).length).toBeGreaterThan(0);
    expect(included(visits).every((x) => x.subject.reference === `Patient/${alexId}`)).toBe(true);
    await refusal(alex, `${FHIR}/Appointment?patient=${mariaId}&_include=Appointment:patient`, 403);
    // The desk reads no clinical data, with or without includes.
    await refusal(desk, `${FHIR}/Encounter?_revinclude=Condition:encounter`, 403);
  });

  it('refuses an include it does not support with a 400 OperationOutcome (lenient ignores it) and a malformed one always', async () => {
    for (const [name, value] of [
      ['_include', 'Appointment:colour'],
      ['_include', 'Encounter:patient'],
      ['_include', 'Appointment:date'],
      ['_include', 'Appointment:actor:Encounter'],
      ['_revinclude', 'Observation:patient'],
      ['_revinclude', 'Condition:encounter:Appointment'],
    ] as const) {
      const r = await get(doc, `${FHIR}/Appointment?${name}=${value}`);
      expect(r.status, value).toBe(400);
      expect(r.body.issue[0].expression).toEqual([name]);
      const lenient = await get(doc, `${FHIR}/Appointment?${name}=${value}&_count=1`, {
        prefer: 'handling=lenient',
      });
      expect(lenient.status, value).toBe(200);
      expect(included(lenient.body)).toEqual([]);
    }
    await refusal(doc, `${FHIR}/Appointment?_include=Appointment`, 400, '_include');
    await refusal(doc, `${FHIR}/Appointment?_include=*`, 400, '_include');
    expect(fhirType('AuditEvent')?.roles).toEqual(['admin']);
  });
});
