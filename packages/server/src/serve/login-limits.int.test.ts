import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTwoInstances } from '../test-support/instances';
import type { TestApp } from '../test-support/test-app';

// Login limits are counted in the database: a guesser gets no more attempts by spreading them over instances.
describe('login limits across two app instances on one PostgreSQL', () => {
  const limits = { loginRateLimit: 3, loginIpRateLimit: 50 };
  let one: TestApp;
  let two: TestApp;
  beforeAll(async () => {
    ({ one, two } = await startTwoInstances({}, limits));
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
  });
  const attempt = (t: TestApp, email: string, password = 'wrong-one') =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });

  it("counts failures through one on the other: the limit's next attempt through two is 429", async () => {
    for (let i = 0; i < 3; i++) expect((await attempt(one, 'nobody@demo.clinic')).statusCode).toBe(401);
    const next = await attempt(two, 'NoBody@demo.clinic');
    expect(next.statusCode).toBe(429);
    expect(next.json()).toMatchObject({ code: 'rate_limited', field: 'email' });
    expect(Number(next.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('lets no more than the limit through when 20 wrong guesses race through both instances', async () => {
    const all = await Promise.all(
      Array.from({ length: 20 }, (_, i) => attempt(i % 2 ? two : one, 'alex@demo.clinic')),
    );
    const codes = all.map((r) => r.statusCode).sort();
    expect(codes).toEqual([...Array(3).fill(401), ...Array(17).fill(429)]);
    // The account stays locked for its window on both, even with the right password.
    expect((await attempt(one, 'alex@demo.clinic', 'omt-demo-2026')).statusCode).toBe(429);
    expect((await attempt(two, 'alex@demo.clinic', 'omt-demo-2026')).statusCode).toBe(429);
  });
});
