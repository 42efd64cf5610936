import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startDeskApp, startTestApp, type TestApp } from '../../test-support/test-app';
import { bookFollowUp, firstSlot, patientIdOf } from '../../test-support/factories';
import { deadVisitBlocks } from '../../test-support/dead-blocks';

describe.each(TEST_DATABASES)(
  'cancel, reschedule, no-show, override and idempotent booking on $name',
  (kind) => {
    let t: TestApp;
    let desk: string;
    beforeAll(async () => {
      ({ t, desk } = await startDeskApp(kind));
    });
    afterAll(() => t.close());

    async function bodyFor(email: string, visitType = 'omt-follow-up') {
      const slot = await firstSlot(t, desk, visitType, { provider: await t.userId('dr.kim@demo.clinic') });
      return {
        patientId: await patientIdOf(t, email),
        visitType,
        providerId: slot.providerId,
        locationId: slot.locationId,
        start: slot.start,
      };
    }

    it('cancels with a reason, flags a late cancellation and frees the time at once', async () => {
      const appt = await bookFollowUp(t, 'alex@demo.clinic');
      const alex = await t.login('alex@demo.clinic');
      const noReason = await t.call(alex, 'POST', `/api/appointments/${appt.id}/cancel`, {});
      expect(noReason.status).toBe(400);
      expect(noReason.body.field).toBe('reason');
      const r = await t.call(alex, 'POST', `/api/appointments/${appt.id}/cancel`, {
        reason: 'feeling better',
      });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ status: 'cancelled', cancelReason: 'feeling better' });
      // The first slot is 1 June 13:00Z and "now" is 12:00Z: well inside 24 hours.
      expect(r.body.lateCancel).toBe(appt.start < '2026-06-02T12:00:00Z');
      const again = await t.call(await t.login('maria@demo.clinic'), 'POST', '/api/appointments', {
        patientId: await patientIdOf(t, 'maria@demo.clinic'),
        visitType: 'omt-follow-up',
        providerId: await t.userId('dr.still@demo.clinic'),
        locationId: 'loc-cleveland',
        start: appt.start,
      });
      expect(again.status).toBe(201);
      expect(
        (await t.call(alex, 'POST', `/api/appointments/${appt.id}/cancel`, { reason: 'twice' })).status,
      ).toBe(409);
    });

    it('reschedules atomically: to a free slot it moves, to a taken slot nothing changes', async () => {
      const mine = await bookFollowUp(t, 'alex@demo.clinic');
      const other = await bookFollowUp(t, 'maria@demo.clinic');
      const alex = await t.login('alex@demo.clinic');
      const clash = await t.call(alex, 'POST', `/api/appointments/${mine.id}/reschedule`, {
        start: other.start,
      });
      expect(clash.status).toBe(409);
      expect((await t.call(alex, 'GET', `/api/appointments/${mine.id}`)).body.start).toBe(mine.start);
      const free = new Date(Date.parse(other.start) + 2 * 3_600_000).toISOString();
      const moved = await t.call(alex, 'POST', `/api/appointments/${mine.id}/reschedule`, { start: free });
      expect(moved.status).toBe(200);
      expect(moved.body.start).toBe(free.replace('.000Z', 'Z'));
      // The old time is bookable again.
      const reuse = await t.call(desk, 'POST', '/api/appointments', {
        patientId: await patientIdOf(t, 'sam.parent@demo.clinic'),
        visitType: 'omt-follow-up',
        providerId: await t.userId('dr.still@demo.clinic'),
        locationId: 'loc-cleveland',
        start: mine.start,
      });
      expect(reuse.status).toBe(201);
    });

    it('lets staff double-book on purpose with a reason, audited; patients may not', async () => {
      const taken = await bookFollowUp(t, 'alex@demo.clinic', 'dr.kim@demo.clinic');
      const maria = await patientIdOf(t, 'maria@demo.clinic');
      const body = {
        patientId: maria,
        visitType: 'omt-follow-up',
        providerId: await t.userId('dr.kim@demo.clinic'),
        locationId: 'loc-phoenix',
        start: taken.start,
      };
      expect((await t.call(desk, 'POST', '/api/appointments', body)).status).toBe(409);
      const byPatient = await t.call(await t.login('maria@demo.clinic'), 'POST', '/api/appointments', {
        ...body,
        override: { reason: 'I insist' },
      });
      expect(byPatient.status).toBe(403);
      const short = await t.call(desk, 'POST', '/api/appointments', { ...body, override: { reason: 'x' } });
      expect(short.body.field).toBe('override.reason');
      const over = await t.call(desk, 'POST', '/api/appointments', {
        ...body,
        override: { reason: 'acute flare, physician agreed' },
      });
      expect(over.status).toBe(201);
      expect(over.body.overrideReason).toBe('acute flare, physician agreed');
      const audit = await t.call(
        await t.login('admin@demo.clinic'),
        'GET',
        `/api/audit?patientId=${maria}&pageSize=200`,
      );
      expect(
        audit.body.items.some(
          (i: { resourceType: string; resourceId: string }) =>
            i.resourceType === 'appointment-override' && i.resourceId === over.body.id,
        ),
      ).toBe(true);
    });

    it('books once per Idempotency-Key and replays the first answer', async () => {
      const body = await bodyFor('maria@demo.clinic');
      const send = (key: string, b: object = body) =>
        t.app.inject({
          method: 'POST',
          url: '/api/appointments',
          headers: { authorization: `Bearer ${desk}`, 'idempotency-key': key },
          payload: b,
        });
      const first = await send('retry-key-0001');
      const second = await send('retry-key-0001');
      expect(first.statusCode).toBe(201);
      expect(second.statusCode).toBe(201);
      expect(second.json().id).toBe(first.json().id);
      const reused = await send('retry-key-0001', {
        ...body,
        start: new Date(Date.parse(body.start) + 3_600_000).toISOString(),
      });
      expect(reused.statusCode).toBe(422);
      expect((await send('bad key!')).statusCode).toBe(400);
      const list = await t.call(
        desk,
        'GET',
        `/api/appointments?patientId=${body.patientId}&from=${body.start}&to=${new Date(Date.parse(body.start) + 1800_000).toISOString()}`,
      );
      expect(list.body.filter((a: { status: string }) => a.status === 'booked')).toHaveLength(1);
    });

    it('forgets an Idempotency-Key after 24 hours: the same key then books a new request', async () => {
      const started = t.clock.now;
      // Two days on, clear of the times the other tests book.
      const base = started.getTime() + 2 * 86_400_000;
      t.clock.now = new Date(base);
      try {
        const body = await bodyFor('alex@demo.clinic');
        const send = (b: object) =>
          t.app.inject({
            method: 'POST',
            url: '/api/appointments',
            headers: { authorization: `Bearer ${desk}`, 'idempotency-key': 'day-old-key-0001' },
            payload: b,
          });
        const first = await send(body);
        expect(first.statusCode, first.body).toBe(201);
        const later = { ...body, start: new Date(Date.parse(body.start) + 7 * 86_400_000).toISOString() };
        t.clock.now = new Date(base + 23 * 3_600_000);
        expect((await send(later)).statusCode).toBe(422);
        t.clock.now = new Date(base + 24 * 3_600_000 + 60_000);
        const fresh = await send(later);
        expect(fresh.statusCode, fresh.body).toBe(201);
        expect(fresh.json().id).not.toBe(first.json().id);
        expect(Date.parse(fresh.json().start)).toBe(Date.parse(later.start));
      } finally {
        t.clock.now = started;
      }
    });

    it('marks a no-show only after the start, and frees its time', async () => {
      const appt = await bookFollowUp(t, 'sam.parent@demo.clinic');
      expect((await t.call(desk, 'POST', `/api/appointments/${appt.id}/no-show`, {})).status).toBe(409);
      t.clock.now = new Date(Date.parse(appt.start) + 3_600_000);
      try {
        const fresh = (
          await t.call(null, 'POST', '/api/auth/login', {
            email: 'frontdesk@demo.clinic',
            password: 'omt-demo-2026',
          })
        ).body.token;
        const r = await t.call(fresh, 'POST', `/api/appointments/${appt.id}/no-show`, {});
        expect(r.status).toBe(200);
        expect(r.body.status).toBe('no_show');
        // A missed visit holds no time any more, and cannot be marked twice.
        expect(await deadVisitBlocks(t.handle.db)).toEqual([]);
        expect((await t.call(fresh, 'POST', `/api/appointments/${appt.id}/no-show`, {})).status).toBe(409);
      } finally {
        t.clock.now = new Date('2026-06-01T12:00:00Z');
      }
    });

    it('lets exactly one of 200 concurrent requests book the same slot', async () => {
      const patients = (await t.call(desk, 'GET', '/api/patients')).body as { id: string }[];
      const slot = await firstSlot(t, desk, 'consultation', {
        provider: await t.userId('resident@demo.clinic'),
      });
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          t.call(desk, 'POST', '/api/appointments', {
            patientId: patients[i % patients.length]!.id,
            visitType: 'consultation',
            providerId: slot.providerId,
            locationId: slot.locationId,
            start: slot.start,
          }),
        ),
      );
      expect(results.filter((r) => r.status === 201)).toHaveLength(1);
      expect(results.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    });

    it('leaves no overlap after a mixed storm of book, reschedule and cancel', async () => {
      const kim = await t.userId('dr.kim@demo.clinic');
      const patients = (await t.call(desk, 'GET', '/api/patients')).body as { id: string }[];
      const day = '2026-06-03';
      const starts = Array.from(
        { length: 6 },
        (_, i) => `${day}T${String(15 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}:00Z`,
      );
      const booked = await Promise.all(
        starts.slice(0, 3).map((start, i) =>
          t.call(desk, 'POST', '/api/appointments', {
            patientId: patients[i]!.id,
            visitType: 'omt-follow-up',
            providerId: kim,
            locationId: 'loc-phoenix',
            start,
          }),
        ),
      );
      const ids = booked.filter((r) => r.status === 201).map((r) => r.body.id as string);
      const storm = Array.from({ length: 60 }, (_, i) => {
        const start = starts[i % starts.length]!;
        const id = ids[i % ids.length]!;
        if (i % 3 === 0) return t.call(desk, 'POST', `/api/appointments/${id}/reschedule`, { start });
        if (i % 7 === 0)
          return t.call(desk, 'POST', `/api/appointments/${id}/cancel`, { reason: 'storm test' });
        return t.call(desk, 'POST', '/api/appointments', {
          patientId: patients[i % patients.length]!.id,
          visitType: 'omt-follow-up',
          providerId: kim,
          locationId: 'loc-phoenix',
          start,
        });
      });
      const statuses = (await Promise.all(storm)).map((r) => r.status);
      expect(statuses.every((s) => s < 500)).toBe(true);
      const live = (
        (
          await t.call(
            desk,
            'GET',
            `/api/appointments?providerId=${kim}&from=${day}T00:00:00Z&to=${day}T23:59:00Z`,
          )
        ).body as { status: string; start: string; end: string }[]
      )
        .filter((a) => a.status !== 'cancelled')
        .sort((a, b) => a.start.localeCompare(b.start));
      for (let i = 1; i < live.length; i++) expect(live[i]!.start >= live[i - 1]!.end).toBe(true);
      expect(live.length).toBeGreaterThan(0);
      expect(await deadVisitBlocks(t.handle.db)).toEqual([]);
    });
  },
);

describe.each(TEST_DATABASES)('late cancellation by clinic policy on $name', (kind) => {
  it.each([
    [0, false],
    [2, true],
  ])('with LATE_CANCEL_HOURS=%i, cancelling a visit due within the hour is late: %s', async (hours, late) => {
    const t = await startTestApp(kind, { lateCancelHours: hours });
    try {
      const appt = await bookFollowUp(t, 'alex@demo.clinic');
      expect(Date.parse(appt.start) - t.clock.now.getTime()).toBeLessThanOrEqual(3_600_000);
      const r = await t.call(
        await t.login('alex@demo.clinic'),
        'POST',
        `/api/appointments/${appt.id}/cancel`,
        {
          reason: 'travel',
        },
      );
      expect(r.body).toMatchObject({ status: 'cancelled', lateCancel: late });
    } finally {
      await t.close();
    }
  });
});
