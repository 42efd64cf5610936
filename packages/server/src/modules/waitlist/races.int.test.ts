import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPatient } from '@omt/db';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, TEST_NOW, type TestApp } from '../../test-support/test-app';
import { patientIdOf } from '../../test-support/factories';
import { deadVisitBlocks } from '../../test-support/dead-blocks';
import { NO_FACTORS } from '../patients/presenter';
import { offerFreedSlot } from './offers';
import { expireWaitlistOffers } from './service';

/** `HH:00` UTC on a day of June 2026 as a stored instant. */
const at = (day: number, hour: number, minute = 0) =>
  `2026-06-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`;
const plus = (instant: string, minutes: number) =>
  new Date(Date.parse(instant) + minutes * 60_000).toISOString().replace('.000Z', 'Z');
/** Waits `n` turns of the event loop. */
const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};

/** Cleveland is open 09:00–17:00 EDT (13:00–21:00Z) on weekdays; these are whole hours of two weeks. */
const HOURS = [15, 16, 17, 18, 19, 22, 23, 24, 25, 26, 29, 30].flatMap((day) =>
  [13, 14, 15, 16, 17, 18, 19, 20].map((hour) => at(day, hour)),
);

describe.each(TEST_DATABASES)('waitlist offers under concurrency on $name', (kind) => {
  let t: TestApp;
  let desk: string;
  let maria: string;
  let alex: string;
  let still: string;
  let resident: string;
  /** Two more patients, without visits of their own. */
  let others: [string, string];
  let next = 0;
  /** A whole hour no earlier test of this file used. */
  const freshHour = () => HOURS[next++]!;

  beforeAll(async () => {
    t = await startTestApp(kind, { waitlistHoldMinutes: 30 });
    desk = await t.login('frontdesk@demo.clinic');
    maria = await t.login('maria@demo.clinic');
    alex = await patientIdOf(t, 'alex@demo.clinic');
    still = await t.userId('dr.still@demo.clinic');
    resident = await t.userId('resident@demo.clinic');
    others = [randomUUID(), randomUUID()];
    for (const [n, id] of others.entries()) {
      await insertPatient(t.handle.db, {
        id,
        given_name: `Pat${n}`,
        family_name: 'Other',
        birth_date: '1985-05-05',
        sex: 'female',
        factors_json: JSON.stringify(NO_FACTORS),
        summary: '',
        created_at: TEST_NOW.toISOString(),
      });
    }
  });
  afterAll(() => t.close());

  /** Maria waits for a follow-up with Dr. Still at exactly `start`. */
  async function mariaWaitsFor(start: string): Promise<string> {
    const r = await t.call(maria, 'POST', '/api/waitlist', {
      patientId: await patientIdOf(t, 'maria@demo.clinic'),
      visitType: 'omt-follow-up',
      locationId: 'loc-cleveland',
      providerId: still,
      notBefore: start,
      notAfter: plus(start, 1),
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as string;
  }

  /** Dr. Still's follow-up time at `start` is offered to whoever waits for it (as after a cancellation). */
  const offer = (start: string) =>
    offerFreedSlot(t.deps, {
      visitType: 'omt-follow-up',
      providerId: still,
      locationId: 'loc-cleveland',
      start,
      end: plus(start, 30),
    });

  async function entry(id: string) {
    const all = (await t.call(maria, 'GET', '/api/waitlist')).body as {
      id: string;
      status: string;
      offer: { id: string; status: string } | null;
    }[];
    return all.find((e) => e.id === id)!;
  }

  it('an offer racing a booking for another physician at the same time takes the other table: both get one', async () => {
    for (let round = 0; round < 12; round++) {
      const start = freshHour();
      const entryId = await mariaWaitsFor(start);
      const [booked, offered] = await Promise.all([
        t.call(desk, 'POST', '/api/appointments', {
          patientId: alex,
          visitType: 'consultation',
          providerId: resident,
          locationId: 'loc-cleveland',
          start,
        }),
        turns(round).then(() => offer(start)),
      ]);
      expect(booked.status, JSON.stringify(booked.body)).toBe(201);
      expect(offered, `round ${round}: no offer although a table was free`).toBe(entryId);
      const held = await t.call(desk, 'GET', `/api/appointments/${(await entry(entryId)).offer!.id}`);
      expect(held.body.status).toBe('held');
      expect([held.body.roomName, booked.body.roomName].sort()).toEqual(['Table 1', 'Table 2']);
      if (offered) await t.call(maria, 'POST', `/api/waitlist/${entryId}/decline`, {});
    }
  });

  it('two visits at the same time cancelled at once, each offered to its own waiting patient: both holds get a table', async () => {
    const consultation = (patientId: string, providerId: string, start: string) =>
      t.call(desk, 'POST', '/api/appointments', {
        patientId,
        visitType: 'consultation',
        providerId,
        locationId: 'loc-cleveland',
        start,
      });
    const waits = async (patientId: string, providerId: string, start: string) => {
      const r = await t.call(desk, 'POST', '/api/waitlist', {
        patientId,
        visitType: 'consultation',
        locationId: 'loc-cleveland',
        providerId,
        notBefore: start,
        notAfter: plus(start, 1),
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body.id as string;
    };
    for (let round = 0; round < 6; round++) {
      const start = freshHour();
      // Both tables taken: Alex with Dr. Still, another patient with the resident.
      const visits = [await consultation(alex, still, start), await consultation(others[0], resident, start)];
      expect(visits.map((v) => v.status)).toEqual([201, 201]);
      const waiting = [
        await waits(await patientIdOf(t, 'maria@demo.clinic'), still, start),
        await waits(others[1], resident, start),
      ];
      const cancelled = await Promise.all(
        visits.map((v) =>
          t.call(desk, 'POST', `/api/appointments/${v.body.id}/cancel`, { reason: 'family emergency' }),
        ),
      );
      expect(cancelled.map((c) => c.status)).toEqual([200, 200]);
      const entries = (await t.call(desk, 'GET', '/api/waitlist')).body as {
        id: string;
        status: string;
        offer: { roomName: string | null } | null;
      }[];
      const offers = waiting.map((id) => entries.find((e) => e.id === id));
      expect(
        offers.map((e) => e?.status),
        `round ${round}: a held time got no table although the other was free`,
      ).toEqual(['offered', 'offered']);
      expect(offers.map((e) => e?.offer?.roomName).sort()).toEqual(['Table 1', 'Table 2']);
      for (const id of waiting) await t.call(desk, 'POST', `/api/waitlist/${id}/decline`, {});
    }
  });

  it('a decline racing an accept of the same held time: exactly one wins, and a declined hold keeps no blocks', async () => {
    for (let round = 0; round < 10; round++) {
      const start = freshHour();
      const entryId = await mariaWaitsFor(start);
      expect(await offer(start)).toBe(entryId);
      const held = (await entry(entryId)).offer!.id;
      // Sent together, either one a few event-loop turns ahead, so each wins in some rounds.
      const [accepted, declined] = await Promise.all([
        turns(round % 2 ? 0 : 3 * round).then(() => t.call(maria, 'POST', `/api/waitlist/${entryId}/accept`, {})),
        turns(round % 2 ? 3 * round : 0).then(() =>
          t.call(maria, 'POST', `/api/waitlist/${entryId}/decline`, {}),
        ),
      ]);
      const statuses = [accepted.status, declined.status].sort();
      expect(statuses, JSON.stringify([accepted.body, declined.body])).toEqual([200, 409]);
      const won = accepted.status === 200 ? 'booked' : 'declined';
      expect((await entry(entryId)).status).toBe(won);
      const visit = await t.call(desk, 'GET', `/api/appointments/${held}`);
      expect(visit.body.status).toBe(won === 'booked' ? 'booked' : 'cancelled');
      expect(await deadVisitBlocks(t.handle.db)).toEqual([]);
      // A declined time is free again for anyone; an accepted one is Maria's.
      const grab = await t.call(desk, 'POST', '/api/appointments', {
        patientId: alex,
        visitType: 'omt-follow-up',
        providerId: still,
        locationId: 'loc-cleveland',
        start,
      });
      expect(grab.status, JSON.stringify(grab.body)).toBe(won === 'booked' ? 409 : 201);
    }
  });

  it('the expiry job racing an accept at the end of the hold: exactly one wins, and an expired hold keeps no blocks', async () => {
    for (let round = 0; round < 8; round++) {
      const start = freshHour();
      const entryId = await mariaWaitsFor(start);
      expect(await offer(start)).toBe(entryId);
      const held = (await entry(entryId)).offer!.id;
      // The request arrives in the hold's last second; the job, on another instance, runs just after it ended.
      t.clock.now = new Date(TEST_NOW.getTime() + 30 * 60_000);
      const jobClock = new Date(TEST_NOW.getTime() + 30 * 60_000 + 1_000);
      try {
        const [accepted, expired] = await Promise.all([
          turns(round % 2 ? 0 : 3 * round).then(() =>
            t.call(maria, 'POST', `/api/waitlist/${entryId}/accept`, {}),
          ),
          turns(round % 2 ? 3 * round : 0).then(() => expireWaitlistOffers({ ...t.deps, clock: () => jobClock })),
        ]);
        expect([accepted.status, expired], JSON.stringify(accepted.body)).toEqual(
          accepted.status === 200 ? [200, 0] : [409, 1],
        );
        const won = accepted.status === 200 ? 'booked' : 'expired';
        expect((await entry(entryId)).status).toBe(won);
        const visit = await t.call(desk, 'GET', `/api/appointments/${held}`);
        expect(visit.body.status).toBe(won === 'booked' ? 'booked' : 'cancelled');
        expect(await deadVisitBlocks(t.handle.db)).toEqual([]);
      } finally {
        t.clock.now = TEST_NOW;
      }
    }
  });
});
