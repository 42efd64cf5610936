import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPatient, insertProviderHours, insertRoom, insertUser } from '@omt/db';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startDeskApp, type TestApp } from '../../test-support/test-app';
import { patientIdOf } from '../../test-support/factories';
import { deadVisitBlocks } from '../../test-support/dead-blocks';
import { NO_FACTORS } from '../patients/presenter';
import { freeEndedVisitBlocksMigration } from '../../../../db/src/migrations/0020-free-ended-visit-blocks';

/** `HH:MM` UTC on a day of June 2026 as a stored instant. */
const at = (day: number, hour: number, minute = 0) =>
  `2026-06-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`;

describe.each(TEST_DATABASES)('concurrent changes of one visit and one location on $name', (kind) => {
  let t: TestApp;
  let desk: string;
  beforeAll(async () => {
    ({ t, desk } = await startDeskApp(kind));
  });
  afterAll(() => t.close());

  it('a move racing a cancel of 50 visits leaves each one cancelled without blocks, and every freed time books', async () => {
    const kim = await t.userId('dr.kim@demo.clinic');
    const alex = await patientIdOf(t, 'alex@demo.clinic');
    const maria = await patientIdOf(t, 'maria@demo.clinic');
    // Phoenix, 08:00–16:00 MST (15:00–23:00Z): eight pairs of adjacent follow-ups a day, on seven weekdays.
    const days = [2, 3, 4, 5, 8, 9, 10];
    const pairs = Array.from({ length: 50 }, (_, i) => {
      const day = days[Math.floor(i / 8)]!;
      const hour = 15 + (i % 8);
      return { from: at(day, hour), to: at(day, hour, 30) };
    });
    const followUp = (patientId: string, start: string) =>
      t.call(desk, 'POST', '/api/appointments', {
        patientId,
        visitType: 'omt-follow-up',
        providerId: kim,
        locationId: 'loc-phoenix',
        start,
      });
    const ids: string[] = [];
    for (const p of pairs) {
      const r = await followUp(alex, p.from);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      ids.push(r.body.id as string);
    }
    const answers = await Promise.all(
      pairs.flatMap((p, i) => [
        t.call(desk, 'POST', `/api/appointments/${ids[i]}/reschedule`, { start: p.to }),
        t.call(desk, 'POST', `/api/appointments/${ids[i]}/cancel`, { reason: 'race test' }),
      ]),
    );
    for (const a of answers) expect([200, 409], JSON.stringify(a.body)).toContain(a.status);
    for (const id of ids) {
      expect((await t.call(desk, 'GET', `/api/appointments/${id}`)).body.status).toBe('cancelled');
    }
    expect(await deadVisitBlocks(t.handle.db)).toEqual([]);
    const rebooked = await Promise.all(
      pairs.flatMap((p) => [followUp(maria, p.from), followUp(maria, p.to)]),
    );
    expect(rebooked.filter((r) => r.status !== 201).map((r) => r.body)).toEqual([]);
  });

  it('after a mixed storm of bookings, moves and cancellations, no cancelled visit holds a block', async () => {
    const still = await t.userId('dr.still@demo.clinic');
    const patients = [
      await patientIdOf(t, 'alex@demo.clinic'),
      await patientIdOf(t, 'maria@demo.clinic'),
      await patientIdOf(t, 'sam.parent@demo.clinic'),
    ];
    // Cleveland, Wednesday 24 June, 09:00–17:00 EDT: sixteen half hours.
    const starts = Array.from({ length: 16 }, (_, i) => at(24, 13 + Math.floor(i / 2), (i % 2) * 30));
    const book = (i: number) =>
      t.call(desk, 'POST', '/api/appointments', {
        patientId: patients[i % patients.length],
        visitType: 'omt-follow-up',
        providerId: still,
        locationId: 'loc-cleveland',
        start: starts[i % starts.length],
      });
    // Every other half hour booked first, three patients taking turns.
    const ids = (await Promise.all(Array.from({ length: 8 }, (_, i) => book(2 * i))))
      .filter((r) => r.status === 201)
      .map((r) => r.body.id as string);
    expect(ids.length).toBeGreaterThan(4);
    const storm = Array.from({ length: 90 }, (_, i) => {
      const id = ids[(i * 7) % ids.length]!;
      if (i % 3 === 0) return t.call(desk, 'POST', `/api/appointments/${id}/cancel`, { reason: 'storm' });
      if (i % 3 === 1)
        return t.call(desk, 'POST', `/api/appointments/${id}/reschedule`, { start: starts[(i * 5) % 16] });
      return book(i);
    });
    const answers = await Promise.all(storm);
    expect(answers.filter((a) => a.status >= 500).map((a) => a.body)).toEqual([]);
    expect(await deadVisitBlocks(t.handle.db)).toEqual([]);
  });

  it('migration 0020 frees the blocks that cancelled visits kept from before, and leaves live ones', async () => {
    const kim = await t.userId('dr.kim@demo.clinic');
    const maria = await patientIdOf(t, 'maria@demo.clinic');
    const book = (start: string) =>
      t.call(desk, 'POST', '/api/appointments', {
        patientId: maria,
        visitType: 'omt-follow-up',
        providerId: kim,
        locationId: 'loc-phoenix',
        start,
      });
    const live = await book(at(25, 15));
    const dead = await book(at(25, 16));
    expect([live.status, dead.status]).toEqual([201, 201]);
    const db = t.handle.db;
    const held = await db
      .selectFrom('provider_blocks')
      .selectAll()
      .where('appointment_id', '=', dead.body.id)
      .execute();
    await t.call(desk, 'POST', `/api/appointments/${dead.body.id}/cancel`, { reason: 'old race' });
    // As a move racing the cancellation used to leave it: cancelled, and still holding its time.
    await db.insertInto('provider_blocks').values(held).execute();
    expect(await deadVisitBlocks(db)).not.toEqual([]);
    await freeEndedVisitBlocksMigration.up(db);
    expect(await deadVisitBlocks(db)).toEqual([]);
    expect(
      await db
        .selectFrom('provider_blocks')
        .select('block_start')
        .where('appointment_id', '=', live.body.id)
        .execute(),
    ).toHaveLength(2);
  });

  describe('rooms', () => {
    const TABLES = 3;
    let providers: string[];
    let patients: string[];
    beforeAll(async () => {
      // Cleveland gets a third table and two more physicians (four providers in all), and there are four patients.
      const db = t.handle.db;
      await insertRoom(db, {
        id: 'room-cle-3',
        location_id: 'loc-cleveland',
        name: 'Table 3',
        created_at: at(1, 0),
      });
      const extra = [randomUUID(), randomUUID()];
      for (const [n, id] of extra.entries()) {
        await insertUser(db, {
          id,
          email: `dr.extra${n}@demo.clinic`,
          password_hash: 'not-a-login',
          role: 'physician',
          display_name: `Dr. Extra ${n}`,
          credential: 'DO',
          supervisor_id: null,
          created_at: at(1, 0),
          calendar_token_hash: null,
        });
      }
      await insertProviderHours(
        db,
        extra.flatMap((provider) =>
          [1, 2, 3, 4, 5].map((weekday) => ({
            id: randomUUID(),
            provider_id: provider,
            location_id: 'loc-cleveland',
            weekday,
            start_time: '09:00',
            end_time: '17:00',
          })),
        ),
      );
      const fourth = randomUUID();
      await insertPatient(db, {
        id: fourth,
        given_name: 'Quinn',
        family_name: 'Fourth',
        birth_date: '1990-01-01',
        sex: 'female',
        factors_json: JSON.stringify(NO_FACTORS),
        summary: '',
        created_at: at(1, 0),
      });
      providers = [await t.userId('dr.still@demo.clinic'), await t.userId('resident@demo.clinic'), ...extra];
      patients = [
        await patientIdOf(t, 'alex@demo.clinic'),
        await patientIdOf(t, 'maria@demo.clinic'),
        await patientIdOf(t, 'sam.parent@demo.clinic'),
        fourth,
      ];
    });

    const consultations = (start: string, n: number) =>
      Promise.all(
        Array.from({ length: n }, (_, i) =>
          t.call(desk, 'POST', '/api/appointments', {
            patientId: patients[i],
            visitType: 'consultation',
            providerId: providers[i],
            locationId: 'loc-cleveland',
            start,
          }),
        ),
      );

    it(`${TABLES} concurrent bookings for ${TABLES} tables all succeed, each on its own table`, async () => {
      // Cleveland 09:00–17:00 EDT is 13:00–21:00Z; one round per hour of two days.
      for (const start of [13, 14, 15, 16, 17].flatMap((h) => [at(16, h), at(17, h)])) {
        const answers = await consultations(start, TABLES);
        expect(
          answers.map((a) => a.status),
          JSON.stringify(answers.map((a) => a.body)),
        ).toEqual(Array<number>(TABLES).fill(201));
        expect(new Set(answers.map((a) => a.body.roomName)).size).toBe(TABLES);
      }
    });

    it(`${TABLES + 1} concurrent bookings for ${TABLES} tables: exactly one 409 no_room`, async () => {
      for (const start of [13, 14, 15, 16, 17].flatMap((h) => [at(18, h), at(19, h)])) {
        const answers = await consultations(start, TABLES + 1);
        const refused = answers.filter((a) => a.status !== 201);
        expect(
          answers.filter((a) => a.status === 201),
          JSON.stringify(refused.map((a) => a.body)),
        ).toHaveLength(TABLES);
        expect(refused.map((a) => [a.status, a.body.code])).toEqual([[409, 'no_room']]);
      }
    });
  });

  it('30 concurrent retries with one Idempotency-Key book once and all get the same answer', async () => {
    const kim = await t.userId('dr.kim@demo.clinic');
    const maria = await patientIdOf(t, 'maria@demo.clinic');
    for (const [round, start] of [at(15, 15), at(15, 16), at(15, 17)].entries()) {
      const answers = await Promise.all(
        Array.from({ length: 30 }, () =>
          t.app.inject({
            method: 'POST',
            url: '/api/appointments',
            headers: {
              authorization: `Bearer ${desk}`,
              'idempotency-key': `storm-key-${kind.name}-${round}`,
            },
            payload: {
              patientId: maria,
              visitType: 'omt-follow-up',
              providerId: kim,
              locationId: 'loc-phoenix',
              start,
            },
          }),
        ),
      );
      const first = answers[0]!;
      expect(first.statusCode, first.body).toBe(201);
      for (const a of answers) expect([a.statusCode, a.json()]).toEqual([201, first.json()]);
      const booked = await t.call(
        desk,
        'GET',
        `/api/appointments?patientId=${maria}&from=${start}&to=${at(15, 23)}`,
      );
      expect(booked.body.filter((a: { start: string }) => a.start === start)).toHaveLength(1);
    }
  });

  it('takes over a key left in progress a minute by a crashed request; a fresh one is 409 after the wait', async () => {
    const body = {
      patientId: await patientIdOf(t, 'maria@demo.clinic'),
      visitType: 'omt-follow-up',
      providerId: await t.userId('dr.kim@demo.clinic'),
      locationId: 'loc-phoenix',
      start: at(26, 15),
    };
    const deskId = await t.userId('frontdesk@demo.clinic');
    const send = (key: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/appointments',
        headers: { authorization: `Bearer ${desk}`, 'idempotency-key': key },
        payload: body,
      });
    const first = await send(`first-key-${kind.name}`);
    expect(first.statusCode).toBe(201);
    await t.call(desk, 'POST', `/api/appointments/${first.json().id}/cancel`, { reason: 'free it again' });
    const stored = await t.handle.db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('key', '=', `first-key-${kind.name}`)
      .executeTakeFirstOrThrow();
    // Two keys of the same request left in progress, as by a crashed process: one 61 s ago, one just now.
    const inProgress = (key: string, ageMs: number) => ({
      user_id: deskId,
      key,
      request_hash: stored.request_hash,
      status_code: 0,
      response_json: '',
      created_at: new Date(t.clock.now.getTime() - ageMs).toISOString().replace('.000Z', 'Z'),
    });
    await t.handle.db
      .insertInto('idempotency_keys')
      .values([inProgress(`stale-key-${kind.name}`, 61_000), inProgress(`fresh-key-${kind.name}`, 0)])
      .execute();
    const takenOver = await send(`stale-key-${kind.name}`);
    expect(takenOver.statusCode, takenOver.body).toBe(201);
    expect((await send(`stale-key-${kind.name}`)).json()).toEqual(takenOver.json());
    const began = Date.now();
    const waiting = await send(`fresh-key-${kind.name}`);
    expect(Date.now() - began).toBeGreaterThanOrEqual(4_900);
    expect([waiting.statusCode, waiting.json().code]).toEqual([409, 'idempotency_in_progress']);
  });
});
