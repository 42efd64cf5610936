import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { buildApp } from '../../app';
import type { AppDeps } from '../../context';
import { DEMO_PASSWORD } from '../../seed/demo-clinic';
import { newTotpSecret, totpCode } from '../../auth/totp';

describe.each(TEST_DATABASES)('two-factor secrets sealed at rest on $name', (kind) => {
  let t: TestApp;
  const extraApps: FastifyInstance[] = [];
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => {
    for (const app of extraApps) await app.close();
    await t.close();
  });

  const later = (ms: number) => {
    t.clock.now = new Date(t.clock.now.getTime() + ms);
  };
  const stored = (userId: string) =>
    t.handle.db
      .selectFrom('totp_credentials')
      .select(['secret', 'pending_secret'])
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow();
  /** A start of the clinic over the same database with these settings (a restart). */
  async function restart(deps: Partial<AppDeps['config']>): Promise<FastifyInstance> {
    const app = await buildApp({ ...t.deps, config: { ...t.deps.config, ...deps } });
    extraApps.push(app);
    return app;
  }
  async function loginWithCode(app: FastifyInstance, email: string, secret: string): Promise<number> {
    const first = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: DEMO_PASSWORD },
    });
    expect(first.json()).toMatchObject({ status: 'mfa_required' });
    const second = await app.inject({
      method: 'POST',
      url: '/api/auth/login/totp',
      payload: { pendingToken: first.json().pendingToken, code: totpCode(secret, t.clock.now.getTime()) },
    });
    return second.statusCode;
  }
  async function turnOn(email: string): Promise<string> {
    const token = await t.login(email);
    const setup = await t.call(token, 'POST', '/api/auth/totp/setup');
    const secret = setup.body.secret as string;
    const pending = await stored(await t.userId(email));
    expect(pending.pending_secret).toMatch(/^gcm1:/);
    expect(pending.pending_secret).not.toContain(secret);
    const enable = await t.call(token, 'POST', '/api/auth/totp/enable', {
      code: totpCode(secret, t.clock.now.getTime()),
    });
    expect(enable.status).toBe(200);
    return secret;
  }

  it('stores the pending and the active secret sealed, never the base32 secret, and codes still work', async () => {
    const secret = await turnOn('dr.still@demo.clinic');
    const row = await stored(await t.userId('dr.still@demo.clinic'));
    expect(row.pending_secret).toBeNull();
    expect(row.secret).toMatch(/^gcm1:/);
    expect(row.secret).not.toContain(secret);
    expect(row.secret?.toUpperCase()).not.toContain(secret);
    later(60_000);
    expect(await loginWithCode(t.app, 'dr.still@demo.clinic', secret)).toBe(200);
  });

  it('a restart with the same key still accepts codes', async () => {
    const secret = await turnOn('dr.kim@demo.clinic');
    later(60_000);
    const again = await restart({});
    expect(await loginWithCode(again, 'dr.kim@demo.clinic', secret)).toBe(200);
  });

  it('a start with another key, or none, stops naming SECRET_KEY and changes nothing stored', async () => {
    const userId = await t.userId('dr.still@demo.clinic');
    const before = await stored(userId);
    await expect(restart({ secretKey: randomBytes(32) })).rejects.toThrow(
      /SECRET_KEY does not open the two-factor secrets of \d+ of \d+ accounts/,
    );
    await expect(restart({ secretKey: null })).rejects.toThrow(/SECRET_KEY is not set/);
    expect(await stored(userId)).toEqual(before);
  });

  it('seals secrets stored in the clear before (an older database) at the next start, once', async () => {
    const userId = await t.userId('frontdesk@demo.clinic');
    const secret = newTotpSecret();
    const pending = newTotpSecret();
    await t.handle.db
      .insertInto('totp_credentials')
      .values({
        user_id: userId,
        secret,
        pending_secret: pending,
        enabled_at: '2026-05-01T00:00:00Z',
        last_used_step: null,
      })
      .execute();
    const app = await restart({});
    const sealed = await stored(userId);
    expect(sealed.secret).toMatch(/^gcm1:/);
    expect(sealed.pending_secret).toMatch(/^gcm1:/);
    expect(JSON.stringify(sealed)).not.toContain(secret);
    expect(JSON.stringify(sealed)).not.toContain(pending);
    later(60_000);
    expect(await loginWithCode(app, 'frontdesk@demo.clinic', secret)).toBe(200);
    // Idempotent: a further start leaves the sealed values as they are.
    await restart({});
    expect(await stored(userId)).toEqual(sealed);
  });
});
