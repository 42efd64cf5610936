import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { sinkMailer, startSmtpSink } from '../../test-support/smtp-sink';
import { bookFollowUp } from '../../test-support/factories';
import { enqueueDueReminders } from './appointment-mail';
import { waitFor } from '../../test-support/wait-for';

function firstEvent(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return { cal, event: new ICAL.Event(cal.getFirstSubcomponent('vevent')!) };
}

describe.each(TEST_DATABASES)('mail over SMTP and calendar feeds on $name', (kind) => {
  let t: TestApp;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(kind, {}, { mailer: sinkMailer(sink) });
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('confirms a booking by mail with an .ics that keeps the location zone', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const mail = await waitFor(
      () => sink.messages.find((m) => m.to.includes('alex@demo.clinic') && /booked/.test(m.subject)),
      'confirmation',
    );
    expect(mail.subject).toContain('Cleveland time');
    const { cal, event } = firstEvent(mail.ics ?? '');
    expect(cal.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.startDate.zone?.tzid).toBe('America/New_York');
    expect(event.startDate.toJSDate().toISOString()).toBe(new Date(appt.start).toISOString());
    expect(event.startDate.toString()).toBe('2026-06-01T09:00:00');
  });

  it("mails a parent about their infant's visit", async () => {
    await bookFollowUp(t, 'sam.parent@demo.clinic');
    const mail = await waitFor(
      () => sink.messages.find((m) => m.to.includes('sam.parent@demo.clinic')),
      'parent mail',
    );
    expect(mail.raw).toContain('Noah Parent');
  });

  it('sends one reminder per visit inside the reminder window, and a cancellation', async () => {
    const appt = await bookFollowUp(t, 'maria@demo.clinic');
    const before = sink.messages.length;
    const sent = await enqueueDueReminders(t.deps);
    expect(sent).toBeGreaterThanOrEqual(1);
    expect(await enqueueDueReminders(t.deps)).toBe(0);
    await t.jobs.runDueJobs();
    const reminders = sink.messages.slice(before).filter((m) => /Reminder/.test(m.subject));
    expect(reminders.length).toBe(sent);
    const maria = await t.login('maria@demo.clinic');
    const cancelled = await t.call(maria, 'POST', `/api/appointments/${appt.id}/cancel`, {
      reason: 'travelling',
    });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    const cancel = await waitFor(
      () => sink.messages.find((m) => /cancelled/.test(m.subject) && m.to.includes('maria@demo.clinic')),
      'cancellation',
    );
    const { cal, event } = firstEvent(cancel.ics ?? '');
    expect(cal.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('serves each provider a private calendar feed without patient names', async () => {
    const still = await t.login('dr.still@demo.clinic');
    expect(
      (await t.call(await t.login('alex@demo.clinic'), 'POST', '/api/me/calendar-feed', {})).status,
    ).toBe(403);
    const first = await t.call(still, 'POST', '/api/me/calendar-feed', {});
    const path = new URL(first.body.url as string).pathname;
    const feed = await t.app.inject({ method: 'GET', url: path });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toMatch(/text\/calendar/);
    const cal = new ICAL.Component(ICAL.parse(feed.body));
    const events = cal.getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(0);
    expect(feed.body).not.toMatch(/Alex|Rivera|Maria|Noah/);
    expect(
      events.every((e) => e.getFirstProperty('dtstart')?.getParameter('tzid') === 'America/New_York'),
    ).toBe(true);
    const second = await t.call(still, 'POST', '/api/me/calendar-feed', {});
    expect(second.body.url).not.toBe(first.body.url);
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
  });
});
