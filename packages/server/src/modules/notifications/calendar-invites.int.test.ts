import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { startSmtpSink, type SinkMessage } from '../../test-support/smtp-sink';
import { patientIdOf } from '../../test-support/factories';
import { createMailer } from '../../mail/mailer';
import { waitFor } from '../../test-support/wait-for';

const MAIL_FROM = 'OMT Clinic <clinic@test.local>';

/** The mailed invitation as a calendar app reads it (ical.js, with the VTIMEZONE it carries). */
function invitation(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
  return {
    method: cal.getFirstPropertyValue('method'),
    uid: event.uid,
    sequence: event.sequence,
    organizer: event.organizer,
    organizerName: event.component.getFirstProperty('organizer')?.getParameter('cn'),
    status: event.component.getFirstPropertyValue('status'),
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
  };
}

const iso = (s: string) => new Date(s).toISOString();

describe.each(TEST_DATABASES)(
  'calendar invitations through the night the clocks go back, on $name',
  (kind) => {
    let t: TestApp;
    let sink: Awaited<ReturnType<typeof startSmtpSink>>;
    beforeAll(async () => {
      sink = await startSmtpSink();
      t = await startTestApp(kind, { mailFrom: MAIL_FROM }, { mailer: createMailer(sink.url, MAIL_FROM) });
    });
    afterAll(async () => {
      await t.close();
      await sink.stop();
    });

    it('books, moves and cancels in the repeated hour: one UID, rising SEQUENCE, REQUEST then CANCEL, the booked instants', async () => {
      t.clock.now = new Date('2027-11-01T12:00:00Z');
      const still = await t.userId('dr.still@demo.clinic');
      const night = await t.call(
        await t.login('dr.still@demo.clinic'),
        'POST',
        `/api/providers/${still}/extra-hours`,
        {
          locationId: 'loc-cleveland',
          start: '2027-11-07T04:00:00Z', // 00:00 EDT
          end: '2027-11-07T08:00:00Z', // 03:00 EST
          reason: 'Night clinic over the clock change',
        },
      );
      expect(night.status, JSON.stringify(night.body)).toBe(201);
      const desk = await t.login('frontdesk@demo.clinic');
      const mailsToAlex = () => sink.messages.filter((m) => m.to.includes('alex@demo.clinic'));
      const nth = (n: number) => waitFor<SinkMessage>(() => mailsToAlex()[n], `mail ${n + 1} to alex`);

      // 05:30Z–06:30Z is 01:30 EDT to 01:30 EST: both ends are wall times that happen twice.
      const booked = await t.call(desk, 'POST', '/api/appointments', {
        patientId: await patientIdOf(t, 'alex@demo.clinic'),
        visitType: 'consultation',
        providerId: still,
        locationId: 'loc-cleveland',
        start: '2027-11-07T05:30:00Z',
      });
      expect(booked.status, JSON.stringify(booked.body)).toBe(201);
      expect([iso(booked.body.start), iso(booked.body.end)]).toEqual([
        '2027-11-07T05:30:00.000Z',
        '2027-11-07T06:30:00.000Z',
      ]);
      const first = invitation((await nth(0)).ics ?? '');
      expect(first).toMatchObject({
        method: 'REQUEST',
        organizer: 'mailto:clinic@test.local',
        organizerName: 'OMT Clinic Cleveland',
        status: 'CONFIRMED',
        start: '2027-11-07T05:30:00.000Z',
        end: '2027-11-07T06:30:00.000Z',
      });

      // Moved to 06:00Z–07:00Z: 01:00 EST (the second 01:00) to 02:00 EST.
      const moved = await t.call(desk, 'POST', `/api/appointments/${booked.body.id}/reschedule`, {
        start: '2027-11-07T06:00:00Z',
      });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      const second = invitation((await nth(1)).ics ?? '');
      expect(second).toMatchObject({
        method: 'REQUEST',
        uid: first.uid,
        organizer: 'mailto:clinic@test.local',
        start: '2027-11-07T06:00:00.000Z',
        end: '2027-11-07T07:00:00.000Z',
      });
      expect(second.sequence).toBeGreaterThan(first.sequence);

      const cancelled = await t.call(desk, 'POST', `/api/appointments/${booked.body.id}/cancel`, {
        reason: 'Patient unwell',
      });
      expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
      const third = invitation((await nth(2)).ics ?? '');
      expect(third).toMatchObject({
        method: 'CANCEL',
        uid: first.uid,
        organizer: 'mailto:clinic@test.local',
        status: 'CANCELLED',
        start: '2027-11-07T06:00:00.000Z',
        end: '2027-11-07T07:00:00.000Z',
      });
      expect(third.sequence).toBeGreaterThan(second.sequence);

      // The provider's feed carries the same UID and the latest revision.
      const feedUrl = await t.call(
        await t.login('dr.still@demo.clinic'),
        'POST',
        '/api/me/calendar-feed',
        {},
      );
      const feed = await t.app.inject({ method: 'GET', url: new URL(feedUrl.body.url as string).pathname });
      const cal = new ICAL.Component(ICAL.parse(feed.body));
      for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
      const inFeed = cal
        .getAllSubcomponents('vevent')
        .map((v) => new ICAL.Event(v))
        .find((e) => e.uid === first.uid);
      expect(inFeed?.sequence).toBe(third.sequence);
      expect(inFeed?.startDate.toJSDate().toISOString()).toBe('2027-11-07T06:00:00.000Z');
      expect(inFeed?.endDate.toJSDate().toISOString()).toBe('2027-11-07T07:00:00.000Z');
    });
  },
);
