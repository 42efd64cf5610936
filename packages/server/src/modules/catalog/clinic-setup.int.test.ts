import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandSlots } from '@omt/contracts';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { patientIdOf } from '../../test-support/factories';

const CHICAGO = {
  name: 'Chicago Loop',
  timeZone: 'America/Chicago',
  address: '10 W Madison St, Chicago, IL 60602',
  phone: '+1 312 555 0100',
};

describe.each(TEST_DATABASES)(
  'clinic setup: locations, visit types, rooms, closures, time off on $name',
  (kind) => {
    let t: TestApp;
    let admin: string;
    let desk: string;
    let still: string;
    beforeAll(async () => {
      t = await startTestApp(kind);
      admin = await t.login('admin@demo.clinic');
      desk = await t.login('frontdesk@demo.clinic');
      still = await t.userId('dr.still@demo.clinic');
    });
    afterAll(() => t.close());

    const starts = async (q: Record<string, string>) => {
      const r = await t.call(desk, 'GET', `/api/availability?${new URLSearchParams(q).toString()}`);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return expandSlots(r.body).map((s) => `${s.locationId} ${s.start}`);
    };
    const book = async (body: Record<string, string>) =>
      t.call(desk, 'POST', '/api/appointments', {
        patientId: await patientIdOf(t, 'alex@demo.clinic'),
        visitType: 'consultation',
        providerId: still,
        ...body,
      });
    const waitFor = async (body: Record<string, string>) =>
      t.call(desk, 'POST', '/api/waitlist', {
        patientId: await patientIdOf(t, 'alex@demo.clinic'),
        notBefore: '2026-06-06T00:00:00Z',
        notAfter: '2026-06-20T00:00:00Z',
        ...body,
      });
    const locationCount = async () =>
      (await t.handle.db.selectFrom('locations').select('id').execute()).length;

    it('lists every clinic-setup route in OpenAPI', async () => {
      const paths = (await t.call(null, 'GET', '/api/openapi.json')).body.paths as Record<string, object>;
      expect(Object.keys(paths['/api/locations'] ?? {})).toEqual(expect.arrayContaining(['get', 'post']));
      for (const path of [
        '/api/locations/{id}',
        '/api/locations/{id}/retire',
        '/api/visit-types/{id}/retire',
        '/api/rooms/{id}',
        '/api/rooms/{id}/retire',
        '/api/closures/{id}',
        '/api/time-off/{id}',
      ])
        expect(Object.keys(paths)).toContain(path);
      expect(Object.keys(paths['/api/visit-types'] ?? {})).toContain('post');
    });

    it('refuses a bad location naming the field, saving nothing; only the admin may create one', async () => {
      const before = await locationCount();
      for (const [field, value] of [
        ['timeZone', 'Mars/Olympus'],
        ['timeZone', 'EST5EDT-ish'],
        ['name', ' '],
        ['address', ''],
        ['phone', 'call us'],
      ] as const) {
        const r = await t.call(admin, 'POST', '/api/locations', { ...CHICAGO, [field]: value });
        expect(r.status, `${field}=${value}`).toBe(400);
        expect(r.body.field).toBe(field);
      }
      expect((await t.call(admin, 'POST', '/api/locations', { ...CHICAGO, extra: 1 })).body.field).toBe(
        'extra',
      );
      expect((await t.call(desk, 'POST', '/api/locations', CHICAGO)).status).toBe(403);
      expect(await locationCount()).toBe(before);
      expect((await t.call(admin, 'PUT', '/api/locations/nowhere', CHICAGO)).status).toBe(404);
      expect((await t.call(admin, 'POST', '/api/locations/nowhere/retire')).status).toBe(404);
    });

    it('a new location with its hours and a provider there becomes bookable, in its own time zone', async () => {
      const created = await t.call(admin, 'POST', '/api/locations', CHICAGO);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(created.body).toMatchObject({ ...CHICAGO, openingHours: [], retired: false });
      const id = created.body.id as string;
      const edited = await t.call(admin, 'PUT', `/api/locations/${id}`, { ...CHICAGO, name: 'Chicago' });
      expect(edited.body.name).toBe('Chicago');
      expect((await t.call(desk, 'PUT', `/api/locations/${id}`, CHICAGO)).status).toBe(403);
      const open = await t.call(admin, 'PUT', `/api/locations/${id}/hours`, {
        hours: [{ locationId: id, weekday: 6, start: '09:00', end: '13:00' }],
      });
      expect(open.status, JSON.stringify(open.body)).toBe(200);
      const hours = (await t.call(admin, 'GET', `/api/providers/${still}/hours`)).body as unknown[];
      const set = await t.call(admin, 'PUT', `/api/providers/${still}/hours`, {
        hours: [...hours, { locationId: id, weekday: 6, start: '10:00', end: '14:00' }],
      });
      expect(set.status, JSON.stringify(set.body)).toBe(200);
      // Saturday 6 June 2026: open 10:00–13:00 CDT (UTC-5) for Dr. Still; a 60-minute consultation starts by 12:00.
      const found = await starts({
        visitType: 'consultation',
        location: id,
        from: '2026-06-06T00:00:00Z',
        to: '2026-06-07T00:00:00Z',
      });
      expect(found[0]).toBe(`${id} 2026-06-06T15:00:00Z`);
      expect(found.at(-1)).toBe(`${id} 2026-06-06T17:00:00Z`);
      const booked = await book({ locationId: id, start: '2026-06-06T15:00:00Z' });
      expect(booked.status, JSON.stringify(booked.body)).toBe(201);
      expect((await t.call(desk, 'GET', '/api/locations')).body.map((l: { id: string }) => l.id)).toContain(
        id,
      );
    });

    it('a retired location is no longer offered and booking it is refused; its visits stay', async () => {
      const id = ((await t.call(desk, 'GET', '/api/locations')).body as { id: string; name: string }[]).find(
        (l) => l.name === 'Chicago',
      )?.id as string;
      expect((await t.call(desk, 'POST', `/api/locations/${id}/retire`)).status).toBe(403);
      const retired = await t.call(admin, 'POST', `/api/locations/${id}/retire`);
      expect(retired.status).toBe(200);
      expect(retired.body.retired).toBe(true);
      expect(
        (await t.call(desk, 'GET', '/api/locations')).body.map((l: { id: string }) => l.id),
      ).not.toContain(id);
      const all = (await t.call(admin, 'GET', '/api/locations?includeRetired=true')).body as { id: string }[];
      expect(all.map((l) => l.id)).toContain(id);
      const week = { from: '2026-06-06T00:00:00Z', to: '2026-06-07T00:00:00Z' };
      expect(await starts({ visitType: 'consultation', location: id, ...week })).toEqual([]);
      expect((await starts({ visitType: 'consultation', ...week })).some((s) => s.startsWith(id))).toBe(
        false,
      );
      const refused = await book({ locationId: id, start: '2026-06-06T16:00:00Z' });
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ code: 'location_retired', field: 'locationId' });
      const waiting = await waitFor({ visitType: 'consultation', locationId: id });
      expect(waiting.status).toBe(422);
      expect(waiting.body).toMatchObject({ code: 'location_retired', field: 'locationId' });
      expect((await t.call(admin, 'POST', `/api/locations/${id}/rooms`, { name: 'Table 9' })).body.code).toBe(
        'location_retired',
      );
      const visits = await t.call(
        desk,
        'GET',
        `/api/appointments?from=2026-06-06T00:00:00Z&to=2026-06-07T00:00:00Z`,
      );
      expect(visits.body.some((a: { locationId: string }) => a.locationId === id)).toBe(true);
    });

    it('creates a visit type, refuses bad fields, and a retired one is no longer listed or bookable', async () => {
      const body = {
        name: 'Short OMT',
        description: 'A short follow-up.',
        durationMinutes: 20,
        bufferAfterMinutes: 0,
        requiresConsultation: false,
        onlineBookable: true,
        minNoticeMinutes: 0,
        maxHorizonDays: 90,
      };
      const bad = await t.call(admin, 'POST', '/api/visit-types', { ...body, durationMinutes: 500 });
      expect(bad.status).toBe(400);
      expect(bad.body.field).toBe('durationMinutes');
      const badPerformer = await t.call(admin, 'POST', '/api/visit-types', {
        ...body,
        performerIds: ['nobody'],
      });
      expect(badPerformer.body.field).toBe('performerIds.0');
      expect((await t.call(desk, 'POST', '/api/visit-types', body)).status).toBe(403);
      const created = await t.call(admin, 'POST', '/api/visit-types', body);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(created.body).toMatchObject({ name: 'Short OMT', performerIds: [], retired: false });
      const id = created.body.id as string;
      const monday = { from: '2026-06-02T12:00:00Z', to: '2026-06-02T16:00:00Z', provider: still };
      expect((await starts({ visitType: id, ...monday })).length).toBeGreaterThan(0);
      const before = await book({
        visitType: id,
        locationId: 'loc-cleveland',
        start: '2026-06-02T13:00:00Z',
      });
      expect(before.status, JSON.stringify(before.body)).toBe(201);
      expect((await t.call(admin, 'POST', '/api/visit-types/nowhere/retire')).status).toBe(404);
      expect((await t.call(desk, 'POST', `/api/visit-types/${id}/retire`)).status).toBe(403);
      expect((await t.call(admin, 'POST', `/api/visit-types/${id}/retire`)).body.retired).toBe(true);
      const listed = (await t.call(desk, 'GET', '/api/visit-types')).body as { id: string }[];
      expect(listed.map((v) => v.id)).not.toContain(id);
      const adminList = (await t.call(admin, 'GET', '/api/visit-types?includeRetired=true')).body as {
        id: string;
      }[];
      expect(adminList.map((v) => v.id)).toContain(id);
      const search = await t.call(
        desk,
        'GET',
        `/api/availability?${new URLSearchParams({ visitType: id, ...monday }).toString()}`,
      );
      expect(search.status).toBe(422);
      expect(search.body.code).toBe('visit_type_retired');
      const refused = await book({
        visitType: id,
        locationId: 'loc-cleveland',
        start: '2026-06-02T13:00:00Z',
      });
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ code: 'visit_type_retired', field: 'visitType' });
      expect((await waitFor({ visitType: id })).body).toMatchObject({ code: 'visit_type_retired' });
      // A visit booked before the retirement stays and can still be moved (e.g. off a closed day).
      const moved = await t.call(desk, 'POST', `/api/appointments/${before.body.id as string}/reschedule`, {
        start: '2026-06-02T14:00:00Z',
      });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      expect(moved.body.visitType).toBe(id);
    });

    it('renames a room and a retired room takes no new visit', async () => {
      expect((await t.call(admin, 'PUT', '/api/rooms/room-cle-1', { name: '' })).body.field).toBe('name');
      expect((await t.call(admin, 'PUT', '/api/rooms/nowhere', { name: 'X' })).status).toBe(404);
      expect((await t.call(desk, 'PUT', '/api/rooms/room-cle-1', { name: 'X' })).status).toBe(403);
      const renamed = await t.call(admin, 'PUT', '/api/rooms/room-cle-2', { name: 'Window table' });
      expect(renamed.body).toMatchObject({ id: 'room-cle-2', name: 'Window table', retired: false });
      expect((await t.call(admin, 'POST', '/api/rooms/nowhere/retire')).status).toBe(404);
      expect((await t.call(admin, 'POST', '/api/rooms/room-cle-1/retire')).body.retired).toBe(true);
      const rooms = (await t.call(desk, 'GET', '/api/locations/loc-cleveland/rooms')).body;
      expect(rooms).toContainEqual({
        id: 'room-cle-1',
        locationId: 'loc-cleveland',
        name: 'Table 1',
        retired: true,
      });
      const booked = await book({ locationId: 'loc-cleveland', start: '2026-06-03T13:00:00Z' });
      expect(booked.status, JSON.stringify(booked.body)).toBe(201);
      expect(booked.body.roomName).toBe('Window table');
      // The one table left is taken then: no other provider is offered that hour at Cleveland.
      const resident = await t.userId('resident@demo.clinic');
      const q = {
        visitType: 'consultation',
        provider: resident,
        from: '2026-06-03T12:00:00Z',
        to: '2026-06-03T16:00:00Z',
      };
      expect(await starts(q)).not.toContain('loc-cleveland 2026-06-03T13:00:00Z');
    });

    it('deleting a closure reopens its slots at the next search; unknown is 404, only the admin may', async () => {
      const day = {
        visitType: 'consultation',
        provider: still,
        from: '2026-06-04T12:00:00Z',
        to: '2026-06-04T16:00:00Z',
      };
      expect(await starts(day)).toContain('loc-cleveland 2026-06-04T13:00:00Z'); // warms the catalogue cache
      const closed = await t.call(admin, 'POST', '/api/locations/loc-cleveland/closures', {
        start: '2026-06-04T00:00:00Z',
        end: '2026-06-05T00:00:00Z',
        reason: 'staff training',
      });
      expect(closed.status).toBe(201);
      expect(await starts(day)).toEqual([]);
      const id = closed.body.closure.id as string;
      expect((await t.call(desk, 'DELETE', `/api/closures/${id}`)).status).toBe(403);
      const deleted = await t.call(admin, 'DELETE', `/api/closures/${id}`);
      expect(deleted.status).toBe(200);
      expect(deleted.body).toMatchObject({ id, reason: 'staff training' });
      expect(await starts(day)).toContain('loc-cleveland 2026-06-04T13:00:00Z');
      expect((await t.call(admin, 'DELETE', `/api/closures/${id}`)).status).toBe(404);
      const audit = await t.handle.db
        .selectFrom('audit_log')
        .select(['action', 'resource_id'])
        .where('action', '=', 'closure.delete')
        .execute();
      expect(audit).toEqual([{ action: 'closure.delete', resource_id: id }]);
    });

    it('deletes time off, past or future (admin or the provider); its hours are offered again', async () => {
      const day = {
        visitType: 'consultation',
        provider: still,
        from: '2026-06-05T12:00:00Z',
        to: '2026-06-05T16:00:00Z',
      };
      const off = await t.call(admin, 'POST', `/api/providers/${still}/time-off`, {
        start: '2026-06-05T00:00:00Z',
        end: '2026-06-06T00:00:00Z',
        reason: 'course',
      });
      expect(off.status).toBe(201);
      expect(await starts(day)).toEqual([]);
      const id = off.body.timeOff.id as string;
      expect((await t.call(desk, 'DELETE', `/api/time-off/${id}`)).status).toBe(403);
      expect(
        (await t.call(await t.login('dr.kim@demo.clinic'), 'DELETE', `/api/time-off/${id}`)).status,
      ).toBe(403);
      const deleted = await t.call(await t.login('dr.still@demo.clinic'), 'DELETE', `/api/time-off/${id}`);
      expect(deleted.status).toBe(200);
      expect(deleted.body).toMatchObject({ id, providerId: still, reason: 'course' });
      expect(await starts(day)).toContain('loc-cleveland 2026-06-05T13:00:00Z');
      expect((await t.call(admin, 'DELETE', `/api/time-off/${id}`)).status).toBe(404);
      // A past time off can go too.
      const past = await t.call(admin, 'POST', `/api/providers/${still}/time-off`, {
        start: '2026-05-01T00:00:00Z',
        end: '2026-05-02T00:00:00Z',
        reason: 'holiday',
      });
      expect((await t.call(admin, 'DELETE', `/api/time-off/${past.body.timeOff.id as string}`)).status).toBe(
        200,
      );
      const audit = await t.handle.db
        .selectFrom('audit_log')
        .select('action')
        .where('action', '=', 'time_off.delete')
        .execute();
      expect(audit).toHaveLength(2);
    });
  },
);
