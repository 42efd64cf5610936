import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDateTime, zonedToInstant } from '@omt/domain';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { bookFollowUp, openEncounter, patientIdOf } from '../../test-support/factories';

describe.each(TEST_DATABASES)(
  'safety factors: anticoagulation check, strict keys, stale saves on $name',
  (kind) => {
    let t: TestApp;
    let still: string;
    let alex: string;
    let encounterId: string;
    beforeAll(async () => {
      t = await startTestApp(kind);
      still = await t.login('dr.still@demo.clinic');
      alex = await patientIdOf(t, 'alex@demo.clinic');
      const appt = await bookFollowUp(t, 'alex@demo.clinic');
      encounterId = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
    });
    afterAll(() => t.close());

    const read = async () => (await t.call(still, 'GET', `/api/patients/${alex}`)).body;
    const save = async (change: Record<string, unknown>) => {
      const p = await read();
      return t.call(still, 'PUT', `/api/patients/${alex}/factors`, {
        ...p.factors,
        version: p.factorsVersion,
        ...change,
      });
    };
    const daysAgo = (n: number) =>
      new Date(t.clock.now.getTime() - n * 86_400_000).toISOString().slice(0, 10);
    const verdict = async (technique: string, region: string) =>
      (
        await t.call(
          still,
          'GET',
          `/api/encounters/${encounterId}/safety?technique=${technique}&region=${region}`,
        )
      ).body as { verdict: string; reasons: { ruleId: string; message: string }[] };

    it('CR-CI-3, CR-POP-7: an in-range level check 3 days ago lets the relative rows apply (muscle energy: caution)', async () => {
      const r = await save({
        anticoagulated: true,
        anticoagulationCheck: { date: daysAgo(3), inr: 2.4, inRange: true },
      });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.body.factors.anticoagulationCheck).toEqual({ date: daysAgo(3), inr: 2.4, inRange: true });
      const me = await verdict('muscle_energy', 'lumbar');
      expect(me.verdict).toBe('caution');
      expect(me.reasons.map((x) => x.ruleId)).toContain('direct_anticoagulation_checked');
      expect((await verdict('hvla', 'lumbar')).verdict).toBe('caution');
      expect((await verdict('hvla', 'cervical')).verdict).toBe('blocked');
    });

    it('the safer rule otherwise: no check, a check 8 days old, out of range, or INR outside 2.0–3.0 → blocked', async () => {
      for (const check of [
        null,
        { date: daysAgo(8), inr: null, inRange: true },
        { date: daysAgo(1), inr: null, inRange: false },
        { date: daysAgo(1), inr: 3.6, inRange: true },
      ]) {
        expect((await save({ anticoagulated: true, anticoagulationCheck: check })).status).toBe(200);
        const me = await verdict('muscle_energy', 'lumbar');
        expect(me.verdict, JSON.stringify(check)).toBe('blocked');
        expect(me.reasons.map((x) => x.ruleId)).toContain('direct_anticoagulation_unchecked');
        expect(me.reasons[0]?.message).toContain('expert consensus');
      }
    });

    it('a level check dated after today is a 400 on its date', async () => {
      const tomorrow = new Date(t.clock.now.getTime() + 86_400_000).toISOString().slice(0, 10);
      const r = await save({
        anticoagulated: true,
        anticoagulationCheck: { date: tomorrow, inr: null, inRange: true },
      });
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({ code: 'validation_failed', field: 'anticoagulationCheck.date' });
    });

    it('stopping anticoagulation drops the check', async () => {
      await save({
        anticoagulated: true,
        anticoagulationCheck: { date: daysAgo(0), inr: null, inRange: true },
      });
      const r = await save({ anticoagulated: false });
      expect(r.body.factors).toMatchObject({ anticoagulated: false, anticoagulationCheck: null });
    });

    it('an unknown key is a 400 naming the key, and nothing is saved', async () => {
      const before = await read();
      const r = await save({ anticoagulated: true, anticoagulationLevelCheckedRecently: true });
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({
        code: 'validation_failed',
        field: 'anticoagulationLevelCheckedRecently',
      });
      expect(r.body.message).toContain('anticoagulationLevelCheckedRecently');
      const after = await read();
      expect(after.factors).toEqual(before.factors);
      expect(after.factorsVersion).toBe(before.factorsVersion);
    });

    it('a save from an older read is a 409 stale_factors and changes nothing; a fresh read saves', async () => {
      const first = await read();
      const other = await save({ osteoporosis: true });
      expect(other.status).toBe(200);
      expect(other.body.factorsVersion).toBe(first.factorsVersion + 1);
      const stale = await t.call(still, 'PUT', `/api/patients/${alex}/factors`, {
        ...first.factors,
        osteoporosis: false,
        version: first.factorsVersion,
      });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ code: 'stale_factors', field: 'version' });
      expect((await read()).factors.osteoporosis).toBe(true);
      const fresh = await save({ osteoporosis: false });
      expect(fresh.status).toBe(200);
      expect(fresh.body.factors.osteoporosis).toBe(false);
    });

    it('a key stored by older code is not shown, so the form can save what it read', async () => {
      const row = await t.handle.db
        .selectFrom('patients')
        .select('factors_json')
        .where('id', '=', alex)
        .executeTakeFirstOrThrow();
      await t.handle.db
        .updateTable('patients')
        .set({
          factors_json: JSON.stringify({
            ...JSON.parse(row.factors_json),
            anticoagulationLevelCheckedRecently: true,
          }),
        })
        .where('id', '=', alex)
        .execute();
      const p = await read();
      expect(p.factors).not.toHaveProperty('anticoagulationLevelCheckedRecently');
      expect((await save({})).status).toBe(200);
    });

    it("an evening visit in Phoenix counts the level check's age on the visit's local day (already the next day in UTC)", async () => {
      const desk = await t.login('frontdesk@demo.clinic');
      const phoenix = (
        (await t.call(desk, 'GET', '/api/locations')).body as { id: string; timeZone: string }[]
      ).find((l) => l.timeZone === 'America/Phoenix');
      if (!phoenix) throw new Error('no Phoenix location in the demo clinic');
      const day = localDateTime(
        new Date(t.clock.now.getTime() + 3 * 86_400_000).toISOString(),
        phoenix.timeZone,
      ).date;
      const evening = zonedToInstant(day, '20:00', phoenix.timeZone);
      expect(evening.slice(0, 10)).not.toBe(day);
      const booked = await t.call(desk, 'POST', '/api/appointments', {
        patientId: alex,
        visitType: 'omt-follow-up',
        providerId: await t.userId('dr.kim@demo.clinic'),
        locationId: phoenix.id,
        start: evening,
        override: { reason: 'evening visit agreed with the patient' },
      });
      expect(booked.status, JSON.stringify(booked.body)).toBe(201);
      const enc = await openEncounter(t, 'dr.kim@demo.clinic', booked.body.id as string);
      const weekBefore = new Date(Date.parse(day) - 7 * 86_400_000).toISOString().slice(0, 10);
      const saved = await save({
        anticoagulated: true,
        anticoagulationCheck: { date: weekBefore, inr: null, inRange: true },
      });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      const kim = await t.login('dr.kim@demo.clinic');
      const me = await t.call(
        kim,
        'GET',
        `/api/encounters/${enc}/safety?technique=muscle_energy&region=lumbar`,
      );
      // Seven days old on the visit's day counts; on the UTC date it would be eight and block.
      expect(me.body.verdict).toBe('caution');
    });

    it('a save without the version it read is refused (400 on version)', async () => {
      const { factors } = await read();
      const r = await t.call(still, 'PUT', `/api/patients/${alex}/factors`, factors);
      expect(r.status).toBe(400);
      expect(r.body.field).toBe('version');
    });
  },
);
