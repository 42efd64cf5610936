import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { bookFollowUp, openEncounter, submitIntake, treatRegions, yesTo } from '../../test-support/factories';

describe.each(TEST_DATABASES)('the co-sign queue and "my unsigned notes" on $name', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  /** A resident's visit with Alex, opened (and treated) on its day; returns the encounter id. */
  const residentVisit = async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic', 'resident@demo.clinic');
    const enc = await openEncounter(t, 'resident@demo.clinic', appt.id);
    await treatRegions(t, 'resident@demo.clinic', enc, ['lumbar']);
    return { enc, start: appt.start };
  };

  it("lists the residents' notes awaiting co-signature to their supervisor, oldest first, ties by id", async () => {
    const resident = await t.login('resident@demo.clinic');
    const still = await t.login('dr.still@demo.clinic');
    const sign = async (enc: string) =>
      expect((await t.call(resident, 'POST', `/api/encounters/${enc}/sign`, {})).status).toBe(200);
    const first = await residentVisit();
    await sign(first.enc);
    const second = await residentVisit();
    const third = await residentVisit();
    // Signed at one instant: the order between them is by id, the same on every read.
    await sign(third.enc);
    await sign(second.enc);
    const queue = await t.call(still, 'GET', '/api/worklist/cosign-queue');
    expect(queue.status).toBe(200);
    const tied = [second.enc, third.enc].sort();
    expect(queue.body.map((i: { encounterId: string }) => i.encounterId)).toEqual([first.enc, ...tied]);
    expect(queue.body[0]).toEqual({
      encounterId: first.enc,
      patientId: expect.any(String),
      patientName: 'Alex Rivera',
      visitStart: first.start,
      timeZone: 'America/New_York',
      signedAt: first.start,
      resident: { id: await t.userId('resident@demo.clinic'), name: 'Dr. Riley Resident' },
      blockers: [],
    });
    expect(
      (await t.call(await t.login('dr.kim@demo.clinic'), 'GET', '/api/worklist/cosign-queue')).body,
    ).toEqual([]);
    expect((await t.call(resident, 'GET', '/api/worklist/cosign-queue')).status).toBe(403);
    expect(
      (await t.call(await t.login('frontdesk@demo.clinic'), 'GET', '/api/worklist/cosign-queue')).status,
    ).toBe(403);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select('resource_id')
      .where('action', '=', 'clinical.read')
      .where('resource_type', '=', 'encounter')
      .where('user_id', '=', await t.userId('dr.still@demo.clinic'))
      .execute();
    expect(audit.map((a) => a.resource_id)).toEqual(
      expect.arrayContaining([first.enc, second.enc, third.enc]),
    );

    expect((await t.call(still, 'POST', `/api/encounters/${first.enc}/cosign`, {})).status).toBe(200);
    const after = await t.call(still, 'GET', '/api/worklist/cosign-queue');
    expect(after.body.map((i: { encounterId: string }) => i.encounterId)).toEqual(tied);
  });

  it('a hold that blocks signing blocks co-signing: the queue names it and the co-signature is refused', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic', 'resident@demo.clinic');
    expect(
      (await submitIntake(t, await t.login('alex@demo.clinic'), appt.id, yesTo('low-back', 'osteoporosis')))
        .status,
    ).toBe(201);
    const enc = await openEncounter(t, 'resident@demo.clinic', appt.id);
    const resident = await t.login('resident@demo.clinic');
    const refused = await t.call(resident, 'POST', `/api/encounters/${enc}/sign`, {});
    expect(refused.body.code).toBe('red_flags_unreviewed');
    // A note that reached the queue in that state (e.g. signed before this rule) is held there too.
    await t.handle.db
      .updateTable('encounters')
      .set({
        status: 'awaiting_cosign',
        signed_at: t.clock.now.toISOString(),
        signed_by: await t.userId('resident@demo.clinic'),
      })
      .where('id', '=', enc)
      .execute();
    const still = await t.login('dr.still@demo.clinic');
    const item = (await t.call(still, 'GET', '/api/worklist/cosign-queue')).body.find(
      (i: { encounterId: string }) => i.encounterId === enc,
    );
    expect(item.blockers).toEqual([expect.stringContaining('review every red flag')]);
    const cosign = await t.call(still, 'POST', `/api/encounters/${enc}/cosign`, {});
    expect(cosign.status).toBe(422);
    expect(cosign.body.code).toBe('red_flags_unreviewed');
  });

  it("lists the clinician's own drafts oldest first and marks those past 24 hours", async () => {
    const kim = await t.login('dr.kim@demo.clinic');
    const before = (await t.call(kim, 'GET', '/api/worklist/unsigned-notes')).body as {
      encounterId: string;
    }[];
    const a = await bookFollowUp(t, 'maria@demo.clinic', 'dr.kim@demo.clinic');
    const older = await openEncounter(t, 'dr.kim@demo.clinic', a.id);
    const b = await bookFollowUp(t, 'maria@demo.clinic', 'dr.kim@demo.clinic');
    const newer = await openEncounter(t, 'dr.kim@demo.clinic', b.id);
    const mine = async () =>
      ((await t.call(kim, 'GET', '/api/worklist/unsigned-notes')).body as { encounterId: string }[]).filter(
        (n) => !before.some((x) => x.encounterId === n.encounterId),
      );
    const now = await mine();
    expect(now.map((n) => n.encounterId)).toEqual([older, newer]);
    expect(now[0]).toEqual({
      encounterId: older,
      patientId: expect.any(String),
      patientName: expect.stringContaining('Maria'),
      visitStart: a.start,
      timeZone: expect.any(String),
      overdue: Date.parse(b.start) - Date.parse(a.start) > 86_400_000,
    });
    expect(now[1]).toMatchObject({ overdue: false });
    t.clock.now = new Date(Date.parse(b.start) + 24 * 3_600_000 + 1000);
    expect((await mine()).map((n) => (n as unknown as { overdue: boolean }).overdue)).toEqual([true, true]);
    expect(
      (await t.call(await t.login('dr.still@demo.clinic'), 'GET', '/api/worklist/unsigned-notes')).body,
    ).not.toContainEqual(expect.objectContaining({ encounterId: older }));
    expect(
      (await t.call(await t.login('frontdesk@demo.clinic'), 'GET', '/api/worklist/unsigned-notes')).status,
    ).toBe(403);
  });
});
