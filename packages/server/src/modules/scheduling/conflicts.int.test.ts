import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandSlots } from '@omt/contracts';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, TEST_NOW, type TestApp } from '../../test-support/test-app';
import { sinkMailer, startSmtpSink } from '../../test-support/smtp-sink';
import { patientIdOf } from '../../test-support/factories';
import { waitFor } from '../../test-support/wait-for';

type Conflict = { appointment: { id: string; status: string }; reasons: { kind: string; reason: string }[] };

describe.each(TEST_DATABASES)(
  'visits left booked over closures, time off and deactivations on $name',
  (kind) => {
    let t: TestApp;
    let sink: Awaited<ReturnType<typeof startSmtpSink>>;
    let desk: string;
    let admin: string;
    let still: string;
    beforeAll(async () => {
      sink = await startSmtpSink();
      t = await startTestApp(kind, {}, { mailer: sinkMailer(sink) });
      desk = await t.login('frontdesk@demo.clinic');
      admin = await t.login('admin@demo.clinic');
      still = await t.userId('dr.still@demo.clinic');
    });
    afterAll(async () => {
      await t.close();
      await sink.stop();
    });

    /** The desk books a follow-up at Cleveland; `override` books outside the open hours (a Sunday night). */
    const book = async (
      email: string,
      start: string,
      opts: { providerId?: string; override?: boolean } = {},
    ) => {
      const r = await t.call(desk, 'POST', '/api/appointments', {
        patientId: await patientIdOf(t, email),
        visitType: 'omt-follow-up',
        providerId: opts.providerId ?? still,
        locationId: 'loc-cleveland',
        start,
        ...(opts.override ? { override: { reason: 'seen out of hours by arrangement' } } : {}),
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body.id as string;
    };
    const conflicts = async () => {
      const r = await t.call(desk, 'GET', '/api/schedule-conflicts');
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return r.body.items as Conflict[];
    };
    const count = async () =>
      (await t.call(desk, 'GET', '/api/schedule-conflicts/count')).body.count as number;

    it('a closure over two booked visits lists them; moving one and cancelling the other empties the list and mails', async () => {
      const alexVisit = await book('alex@demo.clinic', '2026-06-03T14:00:00Z');
      const mariaVisit = await book('maria@demo.clinic', '2026-06-03T15:00:00Z');
      const day = { firstDay: '2026-06-03', reason: 'Burst pipe' };
      // Before saving, the admin sees what the closure would leave booked, and nothing is saved.
      const preview = await t.call(admin, 'POST', '/api/locations/loc-cleveland/closures/preview', day);
      expect(preview.status, JSON.stringify(preview.body)).toBe(200);
      expect(preview.body.start).toBe('2026-06-03T04:00:00Z');
      expect(preview.body.end).toBe('2026-06-04T04:00:00Z');
      expect(preview.body.appointments.map((a: { id: string }) => a.id)).toEqual([alexVisit, mariaVisit]);
      expect((await t.call(desk, 'GET', '/api/locations/loc-cleveland/closures')).body).toEqual([]);
      expect(await count()).toBe(0);
      expect((await t.call(desk, 'POST', '/api/locations/loc-cleveland/closures/preview', day)).status).toBe(
        403,
      );

      const closed = await t.call(admin, 'POST', '/api/locations/loc-cleveland/closures', day);
      expect(closed.status, JSON.stringify(closed.body)).toBe(201);
      expect(closed.body.conflictingAppointmentIds).toEqual([alexVisit, mariaVisit]);
      const listed = await conflicts();
      expect(listed.map((c) => c.appointment.id)).toEqual([alexVisit, mariaVisit]);
      expect(listed[0]?.reasons).toEqual([
        { kind: 'closure', id: closed.body.closure.id, reason: 'Burst pipe' },
      ]);
      expect(listed[0]?.appointment.status).toBe('booked'); // adding the closure cancels nothing
      expect(await count()).toBe(2);
      expect((await t.call(admin, 'GET', '/api/schedule-conflicts')).status).toBe(200);
      expect((await t.call(await t.login('alex@demo.clinic'), 'GET', '/api/schedule-conflicts')).status).toBe(
        403,
      );

      // The availability search offers nothing that day; a move into the closure is refused.
      const qs = new URLSearchParams({
        visitType: 'omt-follow-up',
        location: 'loc-cleveland',
        from: '2026-06-03T04:00:00Z',
        to: '2026-06-06T04:00:00Z',
      });
      const slots = expandSlots((await t.call(desk, 'GET', `/api/availability?${qs.toString()}`)).body);
      expect(slots.filter((s) => s.start < '2026-06-04T04:00:00Z')).toEqual([]);
      const inside = await t.call(desk, 'POST', `/api/appointments/${alexVisit}/reschedule`, {
        start: '2026-06-03T18:00:00Z',
      });
      expect(inside.status).toBe(422);
      const next = slots.find((s) => s.providerId === still);
      const moved = await t.call(desk, 'POST', `/api/appointments/${alexVisit}/reschedule`, {
        start: next?.start,
      });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      const cancelled = await t.call(desk, 'POST', `/api/appointments/${mariaVisit}/cancel`, {
        reason: 'clinic closed (burst pipe)',
      });
      expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
      expect(await conflicts()).toEqual([]);
      expect(await count()).toBe(0);

      await waitFor(
        () =>
          sink.messages.find((m) => m.to.includes('maria@demo.clinic') && m.ics?.includes('METHOD:CANCEL')),
        "Maria's cancellation",
      );
      const movedMail = await waitFor(
        () =>
          sink.messages.filter(
            (m) => m.to.includes('alex@demo.clinic') && m.ics?.includes('METHOD:REQUEST'),
          )[1],
        "Alex's mail with the new time",
      );
      expect(movedMail.ics).toContain('SEQUENCE:1');
    });

    it('refuses a closure without a period, with both kinds, or with the days reversed (400 naming the field)', async () => {
      const url = '/api/locations/loc-cleveland/closures/preview';
      const cases: [object, string][] = [
        [{ reason: 'Holiday' }, 'start'],
        [{ start: '2026-07-03T04:00:00Z', reason: 'Holiday' }, 'end'],
        [{ firstDay: '2026-07-03', start: '2026-07-03T04:00:00Z', reason: 'Holiday' }, 'firstDay'],
        [{ lastDay: '2026-07-03', reason: 'Holiday' }, 'firstDay'],
        [{ firstDay: '2026-07-04', lastDay: '2026-07-03', reason: 'Holiday' }, 'lastDay'],
        [{ firstDay: '2026-13-01', reason: 'Holiday' }, 'firstDay'],
        [{ firstDay: '2027-02-29', reason: 'Holiday' }, 'firstDay'],
        [{ firstDay: '2027-02-28', lastDay: '2027-02-30', reason: 'Holiday' }, 'lastDay'],
      ];
      for (const [body, field] of cases) {
        for (const path of [url, '/api/locations/loc-cleveland/closures']) {
          const r = await t.call(admin, 'POST', path, body);
          expect(r.status, JSON.stringify(body)).toBe(400);
          expect(r.body.field).toBe(field);
        }
      }
      expect((await t.call(desk, 'GET', '/api/locations/loc-cleveland/closures')).body).toHaveLength(1);
      expect(
        (
          await t.call(admin, 'POST', '/api/locations/nowhere/closures/preview', {
            firstDay: '2026-07-03',
            reason: 'x y',
          })
        ).status,
      ).toBe(404);
    });

    it('a visit moved or cancelled off a closed day is not offered to the waitlist inside the closure', async () => {
      const visit = await book('alex@demo.clinic', '2026-06-10T14:00:00Z');
      const joined = await t.call(desk, 'POST', '/api/waitlist', {
        patientId: await patientIdOf(t, 'maria@demo.clinic'),
        visitType: 'omt-follow-up',
        locationId: 'loc-cleveland',
        notBefore: '2026-06-10T04:00:00Z',
        notAfter: '2026-06-11T04:00:00Z',
      });
      expect(joined.status, JSON.stringify(joined.body)).toBe(201);
      const closed = await t.call(admin, 'POST', '/api/locations/loc-cleveland/closures', {
        firstDay: '2026-06-10',
        reason: 'Staff training',
      });
      expect(closed.body.conflictingAppointmentIds).toEqual([visit]);
      const r = await t.call(desk, 'POST', `/api/appointments/${visit}/cancel`, { reason: 'clinic closed' });
      expect(r.status).toBe(200);
      const waitlist = (await t.call(desk, 'GET', '/api/waitlist')).body as { id: string; status: string }[];
      expect(waitlist.find((w) => w.id === joined.body.id)?.status).toBe('waiting');
      expect(await conflicts()).toEqual([]);
    });

    it('lists a waitlist hold on a closed day; the desk withdraws the offer and the patient keeps waiting', async () => {
      const freed = await book('alex@demo.clinic', '2026-06-12T14:00:00Z');
      const joined = await t.call(desk, 'POST', '/api/waitlist', {
        patientId: await patientIdOf(t, 'maria@demo.clinic'),
        visitType: 'omt-follow-up',
        locationId: 'loc-cleveland',
        notBefore: '2026-06-12T04:00:00Z',
        notAfter: '2026-06-13T04:00:00Z',
      });
      expect(joined.status, JSON.stringify(joined.body)).toBe(201);
      expect(
        (await t.call(desk, 'POST', `/api/appointments/${freed}/cancel`, { reason: 'moving away' })).status,
      ).toBe(200);
      const entry = async () =>
        ((await t.call(desk, 'GET', '/api/waitlist')).body as { id: string; status: string }[]).find(
          (w) => w.id === joined.body.id,
        );
      expect((await entry())?.status).toBe('offered');
      await t.call(admin, 'POST', '/api/locations/loc-cleveland/closures', {
        firstDay: '2026-06-12',
        reason: 'Power cut',
      });
      const [held] = await conflicts();
      expect(held?.appointment.status).toBe('held');
      expect(
        (await t.call(admin, 'POST', `/api/appointments/${held?.appointment.id}/withdraw-offer`)).status,
      ).toBe(403);
      const withdrawn = await t.call(
        desk,
        'POST',
        `/api/appointments/${held?.appointment.id}/withdraw-offer`,
      );
      expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
      expect(withdrawn.body.status).toBe('cancelled');
      expect((await entry())?.status).toBe('waiting');
      expect(await conflicts()).toEqual([]);
      const again = await t.call(desk, 'POST', `/api/appointments/${held?.appointment.id}/withdraw-offer`);
      expect([again.status, again.body.code]).toEqual([409, 'invalid_status']);
      await waitFor(
        () =>
          sink.messages.find(
            (m) =>
              m.to.includes('maria@demo.clinic') &&
              m.ics?.includes('METHOD:CANCEL') &&
              m.raw.includes(held?.appointment.id ?? '-'),
          ),
        'the withdrawn offer mailed',
      );
      expect((await t.call(desk, 'POST', `/api/waitlist/${joined.body.id}/cancel`)).status).toBe(200);
    });

    it('deleting the closure takes its visits off the list: they are kept', async () => {
      const visit = await book('maria@demo.clinic', '2026-06-11T14:00:00Z');
      const closed = await t.call(admin, 'POST', '/api/locations/loc-cleveland/closures', {
        firstDay: '2026-06-11',
        reason: 'Roof repair',
      });
      expect((await conflicts()).map((c) => c.appointment.id)).toEqual([visit]);
      expect((await t.call(admin, 'DELETE', `/api/closures/${closed.body.closure.id}`)).status).toBe(200);
      expect(await conflicts()).toEqual([]);
      expect((await t.call(desk, 'GET', `/api/appointments/${visit}`)).body.status).toBe('booked');
      expect(
        (await t.call(desk, 'POST', `/api/appointments/${visit}/cancel`, { reason: 'tidy up' })).status,
      ).toBe(200);
    });

    it('time off over a booked visit lists it; once the visit has begun it is no longer listed', async () => {
      const visit = await book('sam.parent@demo.clinic', '2026-06-02T14:00:00Z');
      const away = { start: '2026-06-02T13:00:00Z', end: '2026-06-02T21:00:00Z', reason: 'Course' };
      const stillToken = await t.login('dr.still@demo.clinic');
      const preview = await t.call(stillToken, 'POST', `/api/providers/${still}/time-off/preview`, away);
      expect(preview.status, JSON.stringify(preview.body)).toBe(200);
      expect(preview.body.appointments.map((a: { id: string }) => a.id)).toEqual([visit]);
      const kim = await t.login('dr.kim@demo.clinic');
      expect((await t.call(kim, 'POST', `/api/providers/${still}/time-off/preview`, away)).status).toBe(403);
      const added = await t.call(stillToken, 'POST', `/api/providers/${still}/time-off`, away);
      expect(added.body.conflictingAppointmentIds).toEqual([visit]);
      const listed = await conflicts();
      expect(listed.map((c) => [c.appointment.id, c.reasons.map((x) => `${x.kind}: ${x.reason}`)])).toEqual([
        [visit, ['time_off: Course']],
      ]);
      try {
        t.clock.now = new Date('2026-06-02T14:00:00Z');
        expect(await conflicts()).toEqual([]);
        expect(await count()).toBe(0);
        const late = await t.call(stillToken, 'POST', `/api/providers/${still}/time-off/preview`, away);
        expect(late.body.appointments).toEqual([]);
      } finally {
        t.clock.now = TEST_NOW;
      }
      expect(
        (await t.call(desk, 'POST', `/api/appointments/${visit}/cancel`, { reason: 'course' })).status,
      ).toBe(200);
    });

    it('shortened hours list the visits now outside them; hours put back take them off', async () => {
      // Cleveland opens 08:00–18:00 (EDT, UTC−4) and Dr. Still works 09:00–17:00 on weekdays.
      const late = await book('sam.parent@demo.clinic', '2026-06-15T20:00:00Z'); // Monday 16:00
      const early = await book('sam.parent@demo.clinic', '2026-06-16T13:00:00Z'); // Tuesday 09:00
      // Visits of the tests before stay booked: look at this test's own.
      const mine = async () => (await conflicts()).filter((c) => [late, early].includes(c.appointment.id));
      const cle = (start: string, end: string) =>
        [1, 2, 3, 4, 5].map((weekday) => ({ locationId: 'loc-cleveland', weekday, start, end }));
      const before = await t.call(admin, 'GET', '/api/locations/loc-cleveland/hours');
      const shorter = await t.call(admin, 'PUT', '/api/locations/loc-cleveland/hours', {
        hours: cle('08:00', '15:00'),
      });
      expect(shorter.status, JSON.stringify(shorter.body)).toBe(200);
      expect((await mine()).map((c) => [c.appointment.id, c.reasons.map((r) => r.kind)])).toEqual([
        [late, ['outside_hours']],
      ]);
      const listed = await count();
      // A visit booked outside the hours on purpose (a staff override) is not listed.
      const arranged = await book('alex@demo.clinic', '2026-06-15T22:30:00Z', { override: true });
      expect(
        (await t.call(admin, 'PUT', '/api/locations/loc-cleveland/hours', { hours: cle('08:00', '15:00') }))
          .status,
      ).toBe(200);
      expect(await count()).toBe(listed);
      // The provider's own hours count as well: starting at 10:00 leaves the Tuesday 09:00 visit outside.
      const hours = (await t.call(admin, 'GET', `/api/providers/${still}/hours`)).body;
      const later = hours.map((h: { start: string }) => ({ ...h, start: '10:00' }));
      expect((await t.call(admin, 'PUT', `/api/providers/${still}/hours`, { hours: later })).status).toBe(
        200,
      );
      expect((await mine()).map((c) => c.appointment.id)).toEqual([late, early]);
      // Moving the visit inside the hours takes it off the list; so does putting the hours back.
      const moved = await t.call(desk, 'POST', `/api/appointments/${early}/reschedule`, {
        start: '2026-06-16T15:00:00Z',
      });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      expect((await mine()).map((c) => c.appointment.id)).toEqual([late]);
      expect((await t.call(admin, 'PUT', `/api/providers/${still}/hours`, { hours })).status).toBe(200);
      const back = await t.call(admin, 'PUT', '/api/locations/loc-cleveland/hours', { hours: before.body });
      expect(back.status, JSON.stringify(back.body)).toBe(200);
      expect(await mine()).toEqual([]);
      for (const id of [late, early, arranged])
        expect(
          (await t.call(desk, 'POST', `/api/appointments/${id}/cancel`, { reason: 'test' })).status,
        ).toBe(200);
    });

    it("a whole-day closure is the location's own day, across the spring-forward change (23 hours)", async () => {
      // 2027-03-14 in New York runs from 05:00Z to 04:00Z the next day (clocks go forward at 2 a.m.).
      const saturdayNight = await book('alex@demo.clinic', '2027-03-14T04:30:00Z', { override: true });
      const sundayMorning = await book('alex@demo.clinic', '2027-03-14T05:30:00Z', { override: true });
      const sundayNight = await book('maria@demo.clinic', '2027-03-15T03:30:00Z', { override: true });
      const mondayJustAfterMidnight = await book('sam.parent@demo.clinic', '2027-03-15T04:30:00Z', {
        override: true,
      });
      const r = await t.call(admin, 'POST', '/api/locations/loc-cleveland/closures', {
        firstDay: '2027-03-14',
        reason: 'Flooding',
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      expect([r.body.closure.start, r.body.closure.end]).toEqual([
        '2027-03-14T05:00:00Z',
        '2027-03-15T04:00:00Z',
      ]);
      expect(r.body.conflictingAppointmentIds).toEqual([sundayMorning, sundayNight]);
      const listed = (await conflicts()).map((c) => c.appointment.id);
      expect(listed).toEqual([sundayMorning, sundayNight]);
      expect(listed).not.toContain(saturdayNight);
      expect(listed).not.toContain(mondayJustAfterMidnight);
      for (const id of listed)
        expect(
          (await t.call(desk, 'POST', `/api/appointments/${id}/cancel`, { reason: 'flooding' })).status,
        ).toBe(200);
    });

    it("a deactivated provider's upcoming visits are listed, and move to another provider at the location", async () => {
      const resident = await t.userId('resident@demo.clinic');
      const visit = await book('maria@demo.clinic', '2026-06-05T15:00:00Z', { providerId: resident });
      const preview = await t.call(admin, 'GET', `/api/staff/${resident}/deactivation-preview`);
      expect(preview.status, JSON.stringify(preview.body)).toBe(200);
      expect(preview.body.appointments.map((a: { id: string }) => a.id)).toEqual([visit]);
      expect((await t.call(desk, 'GET', `/api/staff/${resident}/deactivation-preview`)).status).toBe(403);
      expect((await t.call(admin, 'POST', `/api/staff/${resident}/deactivate`, {})).status).toBe(200);
      const listed = await conflicts();
      expect(listed.map((c) => [c.appointment.id, c.reasons.map((x) => x.kind)])).toEqual([
        [visit, ['inactive_provider']],
      ]);
      // The same provider can no longer take it; a qualified one at the location can.
      expect(
        (
          await t.call(desk, 'POST', `/api/appointments/${visit}/reschedule`, {
            start: '2026-06-05T15:00:00Z',
          })
        ).status,
      ).toBe(400);
      const moved = await t.call(desk, 'POST', `/api/appointments/${visit}/reschedule`, {
        start: '2026-06-05T15:00:00Z',
        providerId: still,
      });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      expect(await conflicts()).toEqual([]);
    });

    it('lists the new endpoints in OpenAPI', async () => {
      const doc = (await t.call(null, 'GET', '/api/openapi.json')).body as { paths: Record<string, unknown> };
      for (const path of [
        '/api/schedule-conflicts',
        '/api/schedule-conflicts/count',
        '/api/locations/{id}/closures/preview',
        '/api/providers/{id}/time-off/preview',
        '/api/staff/{id}/deactivation-preview',
        '/api/appointments/{id}/withdraw-offer',
      ])
        expect(doc.paths[path], path).toBeDefined();
    });
  },
);
