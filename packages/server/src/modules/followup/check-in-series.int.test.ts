import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkInSchedule } from '@omt/domain';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { sinkMailer, startSmtpSink } from '../../test-support/smtp-sink';
import { readMail } from '../../test-support/mail-text';
import { bookFollowUp, openEncounter, treatRegions } from '../../test-support/factories';
import { createJobRunner } from '../../jobs/runner';
import { enqueue } from '../../jobs/enqueue';

interface Scheduled {
  id: string;
  day: number;
  dueAt: string;
  dayEndsAt: string;
  expiresAt: string;
  state: string;
  patientName: string;
}

/** The check-in series after each OMT visit: scheduled at signing, mailed once each by its job, answered, watched. */
describe.each(TEST_DATABASES)('check-in series on $name', (kind) => {
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

  const checkInMails = (email: string) =>
    sink.messages.filter(
      (m) => m.to.includes(email) && /check-in|seguimiento/i.test(readMail(m.raw).subject),
    );
  /** Books, treats and signs an OMT follow-up with Dr. Still (Cleveland); the visit's encounter and start. */
  const treatedVisit = async (email: string) => {
    const appt = await bookFollowUp(t, email);
    const enc = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
    const still = await t.login('dr.still@demo.clinic');
    if (email !== 'alex@demo.clinic') {
      // Maria (pregnant, 28 weeks) and Noah (10 weeks old): treated gently, with the reason to proceed despite a caution.
      await t.call(still, 'PUT', `/api/encounters/${enc}/exam`, {
        regions: [
          { region: 'thoracic', tenderness: true, asymmetry: false, restriction: true, tissueTexture: false },
        ],
      });
      await t.call(still, 'POST', `/api/encounters/${enc}/consents`, {
        technique: 'soft_tissue',
        decision: 'given',
        method: 'verbal',
      });
      const r = await t.call(still, 'POST', `/api/encounters/${enc}/treatments`, {
        region: 'thoracic',
        technique: 'soft_tissue',
        position: email === 'maria@demo.clinic' ? 'seated' : 'supine',
        response: 'improved',
        cautionReason: 'Gentle pressure only',
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    } else await treatRegions(t, 'dr.still@demo.clinic', enc, ['lumbar']);
    const signed = await t.call(still, 'POST', `/api/encounters/${enc}/sign`, {});
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    return { enc, start: appt.start };
  };
  const seriesOf = async (email: string, enc: string) => {
    const r = await t.call(await t.login(email), 'GET', `/api/encounters/${enc}/check-in-series`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body as Scheduled[];
  };
  const runJobsAt = async (at: string) => {
    t.clock.now = new Date(at);
    await t.jobs.runDueJobs();
  };
  const worklist = async (email = 'dr.kim@demo.clinic') =>
    (await t.call(await t.login(email), 'GET', '/api/worklist')).body as {
      stamp: string;
      alerts: { encounterId: string; route: string }[];
      unansweredCheckIns: Scheduled[];
    };

  it('a signed OMT visit schedules day 1, 3 and 7 in the location zone; each is mailed once by its job; an answer takes the open one and is escalated', async () => {
    const { enc, start } = await treatedVisit('alex@demo.clinic');
    const want = checkInSchedule({ visitStart: start, timeZone: 'America/New_York', days: [1, 3, 7] });
    const series = await seriesOf('alex@demo.clinic', enc);
    expect(series.map((s) => [s.day, s.dueAt, s.dayEndsAt, s.expiresAt, s.state])).toEqual(
      want.map((s) => [s.day, s.dueAt, s.dayEndsAt, s.expiresAt, 'upcoming']),
    );
    const nineInCleveland = new Intl.DateTimeFormat('en-US', {
      timeZone: 'America/New_York',
      hour: 'numeric',
      hour12: false,
    });
    expect(series.map((s) => nineInCleveland.format(new Date(s.dueAt)))).toEqual(['09', '09', '09']);
    // Its mail job is keyed per visit and day: a second enqueue (another process, a retried signing) adds none.
    expect(
      await enqueue(t.deps, t.deps.db, { kind: 'check-in-mail', key: `check-in-mail:${enc}:1`, payload: {} }),
    ).toBe(false);

    const [day1, day3, day7] = series as [Scheduled, Scheduled, Scheduled];
    await runJobsAt(day1.dueAt);
    await createJobRunner(t.deps).runDueJobs(); // a second instance finds nothing left to send
    expect(checkInMails('alex@demo.clinic')).toHaveLength(1);
    const mail = readMail(checkInMails('alex@demo.clinic')[0]!.raw);
    expect(mail.subject).toContain('Alex Rivera');
    expect(mail.text).toContain(`/portal/visits/${enc}`);
    expect(mail.text).toContain('day 1');

    const alex = await t.login('alex@demo.clinic');
    const open = (await t.call(alex, 'GET', '/api/check-ins/open')).body as Scheduled[];
    expect(open.map((s) => [s.id, s.day, s.state])).toEqual([[day1.id, 1, 'open']]);
    const answer = await t.call(alex, 'POST', `/api/encounters/${enc}/check-ins`, {
      soreness: 8,
      daysSore: 1,
      newSymptoms: [],
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ route: 'same_day_call', alert: true });
    expect((await seriesOf('alex@demo.clinic', enc)).map((s) => s.state)).toEqual([
      'answered',
      'upcoming',
      'upcoming',
    ]);
    expect((await t.call(alex, 'GET', '/api/check-ins/open')).body).toEqual([]);
    expect((await worklist()).alerts).toContainEqual(
      expect.objectContaining({ encounterId: enc, route: 'same_day_call' }),
    );

    await runJobsAt(day3.dueAt);
    await runJobsAt(day7.dueAt);
    await runJobsAt(day7.expiresAt);
    expect(checkInMails('alex@demo.clinic').map((m) => /day (\d)/.exec(readMail(m.raw).text)?.[1])).toEqual([
      '1',
      '3',
      '7',
    ]);
    expect((await seriesOf('alex@demo.clinic', enc)).map((s) => s.state)).toEqual([
      'answered',
      'closed',
      'closed',
    ]);
    expect((await worklist()).unansweredCheckIns.map((s) => s.id)).not.toContain(day1.id);
  });

  it("a parent gets their infant's check-in by mail", async () => {
    const { enc } = await treatedVisit('sam.parent@demo.clinic');
    const [day1] = (await seriesOf('sam.parent@demo.clinic', enc)) as [Scheduled];
    expect(day1.patientName).toBe('Noah Parent');
    await runJobsAt(day1.dueAt);
    expect(checkInMails('sam.parent@demo.clinic').map((m) => readMail(m.raw).subject)).toEqual([
      'How are you feeling after your visit? Check-in for Noah Parent',
    ]);
  });

  it('an unanswered day-1 check-in after a first OMT visit reaches the worklist when its day ends, is cleared once; a later visit is not watched and uses the clinic days', async () => {
    const maria = await t.login('maria@demo.clinic');
    expect(
      (await t.call(maria, 'PUT', '/api/me/preferred-language', { preferredLanguage: 'es' })).status,
    ).toBe(200);
    const first = await treatedVisit('maria@demo.clinic');
    const [day1] = (await seriesOf('maria@demo.clinic', first.enc)) as [Scheduled];
    await runJobsAt(day1.dueAt);
    const [spanish] = checkInMails('maria@demo.clinic');
    expect(readMail(spanish!.raw).subject).toContain('Seguimiento de Maria Lopez');
    expect(readMail(spanish!.raw).text).toContain('día 1');

    t.clock.now = new Date(Date.parse(day1.dayEndsAt) - 1000);
    const before = await worklist();
    expect(before.unansweredCheckIns.map((s) => s.id)).not.toContain(day1.id);
    t.clock.now = new Date(day1.dayEndsAt);
    const after = await worklist();
    expect(after.unansweredCheckIns).toContainEqual(
      expect.objectContaining({ id: day1.id, day: 1, patientName: 'Maria Lopez' }),
    );
    expect(after.stamp).not.toBe(before.stamp);

    // Clinic-visible: Dr. Kim, not Maria's physician, clears it; the first clearing stands.
    const kim = await t.login('dr.kim@demo.clinic');
    const clear = await t.call(kim, 'POST', `/api/scheduled-check-ins/${day1.id}/clear`);
    expect(clear.status, JSON.stringify(clear.body)).toBe(200);
    expect((await worklist()).unansweredCheckIns.map((s) => s.id)).not.toContain(day1.id);
    expect((await t.call(kim, 'POST', `/api/scheduled-check-ins/${day1.id}/clear`)).status).toBe(409);
    expect((await t.call(maria, 'POST', `/api/scheduled-check-ins/${day1.id}/clear`)).status).toBe(403);

    // The clinic's days: the admin sets them (bad ones refused naming the field and the rule).
    const admin = await t.login('admin@demo.clinic');
    const bad = await t.call(admin, 'PUT', '/api/settings/check-in-days', { days: [5, 2] });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ field: 'days' });
    expect(bad.body.message).toContain('increasing');
    expect((await t.call(admin, 'PUT', '/api/settings/check-in-days', { days: [0] })).body).toMatchObject({
      field: 'days.0',
    });
    expect(
      (
        await t.call(await t.login('dr.still@demo.clinic'), 'PUT', '/api/settings/check-in-days', {
          days: [2],
        })
      ).status,
    ).toBe(403);
    expect((await t.call(admin, 'PUT', '/api/settings/check-in-days', { days: [2, 5] })).status).toBe(200);

    const later = await treatedVisit('maria@demo.clinic');
    const laterSeries = await seriesOf('maria@demo.clinic', later.enc);
    expect(laterSeries.map((s) => s.day)).toEqual([2, 5]);
    t.clock.now = new Date(laterSeries[1]!.expiresAt);
    expect((await worklist()).unansweredCheckIns.map((s) => s.id)).not.toContain(laterSeries[0]!.id);
  });
});
