import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { bookFollowUp, patientIdOf } from '../../test-support/factories';
import { expireWaitlistOffers } from './service';

describe.each(TEST_DATABASES)('waitlist on $name', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { waitlistHoldMinutes: 30 });
  });
  afterAll(() => t.close());

  async function join(email: string, extra: object = {}) {
    const token = await t.login(email);
    const r = await t.call(token, 'POST', '/api/waitlist', {
      patientId: await patientIdOf(t, email),
      visitType: 'omt-follow-up',
      locationId: 'loc-cleveland',
      notBefore: '2026-06-01T12:00:00Z',
      notAfter: '2026-06-05T23:00:00Z',
      ...extra,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body as { id: string };
  }

  it('rejects a bad window by field', async () => {
    const maria = await t.login('maria@demo.clinic');
    const r = await t.call(maria, 'POST', '/api/waitlist', {
      patientId: await patientIdOf(t, 'maria@demo.clinic'),
      visitType: 'omt-follow-up',
      notBefore: '2026-06-05T00:00:00Z',
      notAfter: '2026-06-02T00:00:00Z',
    });
    expect(r.status).toBe(400);
    expect(r.body.field).toBe('notAfter');
    const other = await t.call(maria, 'POST', '/api/waitlist', {
      patientId: await patientIdOf(t, 'alex@demo.clinic'),
      visitType: 'omt-follow-up',
      notBefore: '2026-06-01T12:00:00Z',
      notAfter: '2026-06-02T00:00:00Z',
    });
    expect(other.status).toBe(403);
  });

  it('holds a freed slot for the first match; accepting books it', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const entry = await join('maria@demo.clinic');
    const later = await join('sam.parent@demo.clinic');
    const alex = await t.login('alex@demo.clinic');
    expect(
      (await t.call(alex, 'POST', `/api/appointments/${appt.id}/cancel`, { reason: 'better now' })).status,
    ).toBe(200);
    const maria = await t.login('maria@demo.clinic');
    const mine = (await t.call(maria, 'GET', '/api/waitlist')).body as {
      id: string;
      status: string;
      offer: { start: string; status: string } | null;
    }[];
    const offered = mine.find((e) => e.id === entry.id);
    expect(offered?.status).toBe('offered');
    expect(offered?.offer).toMatchObject({ start: appt.start, status: 'held' });
    // Nobody else can book the held time.
    const desk = await t.login('frontdesk@demo.clinic');
    const grab = await t.call(desk, 'POST', '/api/appointments', {
      patientId: await patientIdOf(t, 'alex@demo.clinic'),
      visitType: 'omt-follow-up',
      providerId: await t.userId('dr.still@demo.clinic'),
      locationId: 'loc-cleveland',
      start: appt.start,
    });
    expect(grab.status).toBe(409);
    // Sam's entry waits: patients see only their own.
    expect(mine.map((e) => e.id)).not.toContain(later.id);
    const accepted = await t.call(maria, 'POST', `/api/waitlist/${entry.id}/accept`, {});
    expect(accepted.body.status).toBe('booked');
    const listed = (await t.call(maria, 'GET', '/api/appointments')).body as {
      start: string;
      status: string;
    }[];
    expect(listed.some((a) => a.start === appt.start && a.status === 'booked')).toBe(true);
    const left = await t.call(
      await t.login('sam.parent@demo.clinic'),
      'POST',
      `/api/waitlist/${later.id}/cancel`,
      {},
    );
    expect(left.body.status).toBe('cancelled');
  });

  it('passes a declined or expired hold to the next patient waiting', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const exactly = {
      notBefore: appt.start,
      notAfter: new Date(Date.parse(appt.start) + 60_000).toISOString(),
    };
    const first = await join('maria@demo.clinic', exactly);
    const second = await join('sam.parent@demo.clinic', exactly);
    await t.call(await t.login('alex@demo.clinic'), 'POST', `/api/appointments/${appt.id}/cancel`, {
      reason: 'away',
    });
    const maria = await t.login('maria@demo.clinic');
    expect((await t.call(maria, 'POST', `/api/waitlist/${first.id}/decline`, {})).body.status).toBe(
      'declined',
    );
    const sam = await t.login('sam.parent@demo.clinic');
    const samEntry = (
      (await t.call(sam, 'GET', '/api/waitlist')).body as { id: string; status: string }[]
    ).find((e) => e.id === second.id);
    expect(samEntry?.status).toBe('offered');
    t.clock.now = new Date('2026-06-01T12:31:00Z');
    try {
      expect(await expireWaitlistOffers(t.deps)).toBe(1);
      const fresh = (
        await t.call(null, 'POST', '/api/auth/login', {
          email: 'sam.parent@demo.clinic',
          password: 'omt-demo-2026',
        })
      ).body.token;
      const after = (
        (await t.call(fresh, 'GET', '/api/waitlist')).body as { id: string; status: string }[]
      ).find((e) => e.id === second.id);
      expect(after?.status).toBe('expired');
      // The time is free again for anyone.
      const desk = (
        await t.call(null, 'POST', '/api/auth/login', {
          email: 'frontdesk@demo.clinic',
          password: 'omt-demo-2026',
        })
      ).body.token;
      const rebook = await t.call(desk, 'POST', '/api/appointments', {
        patientId: await patientIdOf(t, 'alex@demo.clinic'),
        visitType: 'omt-follow-up',
        providerId: await t.userId('dr.still@demo.clinic'),
        locationId: 'loc-cleveland',
        start: appt.start,
      });
      expect(rebook.status).toBe(201);
    } finally {
      t.clock.now = new Date('2026-06-01T12:00:00Z');
    }
  });
});
