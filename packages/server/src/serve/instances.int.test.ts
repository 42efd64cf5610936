import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresUrl } from '../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { instanceOf } from '../test-support/instances';
import { firstSlot, patientIdOf } from '../test-support/factories';

// Two app instances on one PostgreSQL database, each with its own connection pool and in-memory caches, as two
// processes or hosts behind a proxy: what one does, the other sees on its next request.
describe('two app instances on one PostgreSQL', () => {
  let one: TestApp;
  let two: TestApp;
  beforeAll(async () => {
    const url = await freshPostgresUrl();
    one = await startTestApp(instanceOf(url, true)); // migrates and seeds the demo
    two = await startTestApp(instanceOf(url, false)); // finds it done
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
  });

  it('refuses through one a booking made through the other, and the other stops offering it', async () => {
    const deskTwo = await two.login('frontdesk@demo.clinic');
    const slot = await firstSlot(two, deskTwo, 'omt-follow-up'); // instance two now holds the schedule in memory
    const booking = (patientId: string) => ({ patientId, visitType: 'omt-follow-up', ...slot });
    const alex = await patientIdOf(one, 'alex@demo.clinic');
    const maria = await patientIdOf(one, 'maria@demo.clinic');
    const booked = await one.call(
      await one.login('frontdesk@demo.clinic'),
      'POST',
      '/api/appointments',
      booking(alex),
    );
    expect(booked.status).toBe(201);

    const taken = await two.call(deskTwo, 'POST', '/api/appointments', booking(maria));
    expect(taken.status).toBe(409);
    const next = await firstSlot(two, deskTwo, 'omt-follow-up', { provider: slot.providerId });
    expect(next.start).not.toBe(slot.start);
  });

  it("shows a closure made through one in the other's next search", async () => {
    const deskTwo = await two.login('frontdesk@demo.clinic');
    const slot = await firstSlot(two, deskTwo, 'omt-follow-up');
    const closed = await one.call(
      await one.login('admin@demo.clinic'),
      'POST',
      `/api/locations/${slot.locationId}/closures`,
      { start: slot.start, end: slot.end, reason: 'staff training' },
    );
    expect(closed.status).toBe(201);
    const after = await firstSlot(two, deskTwo, 'omt-follow-up', { location: slot.locationId });
    expect(Date.parse(after.start)).toBeGreaterThanOrEqual(Date.parse(slot.end));
  });

  it('takes a session cookie from one on the other (sessions live in the database)', async () => {
    const login = await one.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'dr.kim@demo.clinic', password: 'omt-demo-2026' },
    });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const me = await two.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { email: 'dr.kim@demo.clinic' } });
  });
});
