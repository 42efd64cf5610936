import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob } from '@omt/db';
import { TEST_DATABASES } from '../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { jwks } from '../modules/smart/signing-keys';
import { openSecret, sealSecret, SecretKeyMismatch } from './secret-box';
import { rotateSecretKey } from './secret-key-rotation';
import { prepareTotpSecrets } from './totp-secrets';
import { totpCode } from './totp';

const MAIL_KEY = 'mail:rotation-test';
const MAIL = JSON.stringify({ to: ['alex@demo.clinic'], subject: 'Your visit', text: 'See you soon' });

describe.each(TEST_DATABASES)('rotating SECRET_KEY on $name', (kind) => {
  let t: TestApp;
  let old: Buffer;
  const next = randomBytes(32);
  /** Every sealed value kept, as stored. */
  const stored = async () => ({
    totp: await t.handle.db
      .selectFrom('totp_credentials')
      .select(['user_id', 'secret', 'pending_secret'])
      .orderBy('user_id')
      .execute(),
    keys: await t.handle.db
      .selectFrom('smart_signing_keys')
      .select(['kid', 'private_key'])
      .orderBy('kid')
      .execute(),
    mail: await t.handle.db
      .selectFrom('jobs')
      .select(['key', 'payload_json'])
      .where('kind', '=', 'mail')
      .orderBy('key')
      .execute(),
  });
  const withKey = (key: Buffer) => ({ ...t.deps, config: { ...t.deps.config, secretKey: key } });
  /** A mail waiting to be sent (not before next year), sealed with `sealingKey`. */
  const queueMail = (key: string, sealingKey: Buffer) =>
    enqueueJob(t.handle.db, {
      kind: 'mail',
      key,
      payload: { sealed: sealSecret(sealingKey, MAIL, key) },
      runAt: new Date(t.clock.now.getTime() + 365 * 86_400_000).toISOString(),
      maxAttempts: 3,
      now: t.clock.now.toISOString(),
    });
  let kimSecret: string;
  let stillPending: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    old = t.deps.config.secretKey!;
    // Two-factor on for one account, set up but not yet on for another.
    const kim = await t.login('dr.kim@demo.clinic');
    kimSecret = (await t.call(kim, 'POST', '/api/auth/totp/setup')).body.secret;
    const enable = await t.call(kim, 'POST', '/api/auth/totp/enable', {
      code: totpCode(kimSecret, t.clock.now.getTime()),
    });
    expect(enable.status).toBe(200);
    stillPending = (await t.call(await t.login('dr.still@demo.clinic'), 'POST', '/api/auth/totp/setup')).body
      .secret;
    // The id token signing key, made at the first ask; a mail not yet sent.
    await jwks(t.deps);
    await queueMail(MAIL_KEY, old);
  });
  afterAll(() => t.close());

  it('changes nothing when the old key does not open every value, even one it meets last', async () => {
    const elsewhere = 'mail:sealed-elsewhere';
    await queueMail(elsewhere, randomBytes(32));
    const before = await stored();
    const refused = await rotateSecretKey(t.handle.db, old, next).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SecretKeyMismatch);
    expect((refused as Error).message).toBe(`the key does not open the queued mail ${elsewhere}`);
    // The two-factor secrets and the signing key, sealed again before the mail was met, are as they were.
    expect(await stored()).toEqual(before);
    const wrongOld = await rotateSecretKey(t.handle.db, randomBytes(32), next).catch(
      (error: unknown) => error,
    );
    expect((wrongOld as Error).message).toMatch(/^the key does not open the two-factor secret of user /);
    expect(await stored()).toEqual(before);
    await t.handle.db.deleteFrom('jobs').where('key', '=', elsewhere).execute();
  });

  it('seals every sealed value again with the new key in one go, after which the clinic starts with it only', async () => {
    expect(await rotateSecretKey(t.handle.db, old, next)).toEqual({
      totpAccounts: 2,
      signingKeys: 1,
      queuedMails: 1,
    });
    const after = await stored();
    const kimId = await t.userId('dr.kim@demo.clinic');
    const stillId = await t.userId('dr.still@demo.clinic');
    const totp = new Map(after.totp.map((r) => [r.user_id, r]));
    expect(openSecret(next, totp.get(kimId)!.secret!, `totp:${kimId}`)).toBe(kimSecret);
    expect(openSecret(next, totp.get(stillId)!.pending_secret!, `totp:${stillId}`)).toBe(stillPending);
    expect(() => openSecret(old, totp.get(kimId)!.secret!, `totp:${kimId}`)).toThrow(SecretKeyMismatch);
    const [key] = after.keys;
    expect(openSecret(next, key!.private_key, `smart-signing-key:${key!.kid}`)).toMatch(
      /^-----BEGIN PRIVATE KEY-----/,
    );
    const mail = after.mail.find((m) => m.key === MAIL_KEY)!;
    expect(openSecret(next, (JSON.parse(mail.payload_json) as { sealed: string }).sealed, MAIL_KEY)).toBe(
      MAIL,
    );
    // A start checks the stored secrets: the new key opens them all, the old one no longer does.
    await expect(prepareTotpSecrets(withKey(next))).resolves.toBe(0);
    await expect(prepareTotpSecrets(withKey(old))).rejects.toThrow(/SECRET_KEY does not open/);
  });
});
