import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, TEST_NOW, type TestApp } from '../../test-support/test-app';
import { refusalLog } from '../../test-support/refusal-log';
import { newSecretToken } from '../../auth/sessions';
import { totpCode } from '../../auth/totp';
import { DEMO_PASSWORD } from '../../seed/demo-clinic';

const NEW_PASSWORD = 'kettle-Orbit-lantern-42';

describe.each(TEST_DATABASES)(
  'refused password changes and two-factor steps are audited on $name',
  (kind) => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(kind);
    });
    afterAll(() => t.close());
    const { settle, expectOneRefusal } = refusalLog(() => t);
    const post = (token: string | null, url: string, body: object) => t.call(token, 'POST', url, body);

    it('a wrong current password names the caller as actor and account', async () => {
      const token = await t.login('sam.parent@demo.clinic');
      const samId = await t.userId('sam.parent@demo.clinic');
      await settle();
      const wrong = 'guessing-Orbit-41';
      const r = await post(token, '/api/auth/change-password', {
        currentPassword: wrong,
        newPassword: NEW_PASSWORD,
      });
      expect([r.status, r.body.code]).toEqual([403, 'current_password_wrong']);
      await expectOneRefusal(
        { action: 'auth.password_changed', account: samId, actor: samId, detail: 'current password wrong' },
        [wrong, NEW_PASSWORD],
      );
    });

    it('a patient setting up two-factor is refused (403) and audited as theirs', async () => {
      const token = await t.login('maria@demo.clinic');
      const mariaId = await t.userId('maria@demo.clinic');
      await settle();
      const r = await post(token, '/api/auth/totp/setup', {});
      expect([r.status, r.body.code]).toEqual([403, 'forbidden']);
      await expectOneRefusal({
        action: 'auth.totp_setup',
        account: mariaId,
        actor: mariaId,
        detail: 'two-factor is for staff accounts',
      });
    });

    const otherCode = (code: string) => (code === '123456' ? '654321' : '123456');
    const now = () => t.clock.now.getTime();
    /** A staff login's session and the secret of its two-factor set up (not yet on). */
    async function setUpTwoFactor(email: string) {
      const token = await t.login(email);
      const { secret } = (await post(token, '/api/auth/totp/setup', {})).body as { secret: string };
      return { token, secret };
    }
    /** Past the code used to turn two-factor on (a step is used once), and back at the end. */
    async function aStepLater(run: () => Promise<void>): Promise<void> {
      t.clock.now = new Date(TEST_NOW.getTime() + 90_000);
      try {
        await run();
      } finally {
        t.clock.now = TEST_NOW;
      }
    }

    it('two-factor: a wrong code turning it on, a wrong password or code turning it off name the caller', async () => {
      const kimId = await t.userId('dr.kim@demo.clinic');
      const { token, secret } = await setUpTwoFactor('dr.kim@demo.clinic');
      const own = (action: string, detail: string) => ({ action, account: kimId, actor: kimId, detail });
      const wrongCode = 'code: is not the current code of your authenticator app';

      await settle();
      const badOn = await post(token, '/api/auth/totp/enable', { code: otherCode(totpCode(secret, now())) });
      expect([badOn.status, badOn.body.field]).toEqual([400, 'code']);
      await expectOneRefusal(own('auth.totp_enabled', wrongCode));
      expect((await post(token, '/api/auth/totp/enable', { code: totpCode(secret, now()) })).status).toBe(
        200,
      );

      await aStepLater(async () => {
        await settle();
        const wrongPassword = 'not-Kims-password-9';
        const off = (password: string, code: string) =>
          post(token, '/api/auth/totp/disable', { password, code });
        const badPassword = await off(wrongPassword, totpCode(secret, now()));
        expect([badPassword.status, badPassword.body.field]).toEqual([400, 'password']);
        await expectOneRefusal(own('auth.totp_disabled', 'password: is wrong'), [wrongPassword]);
        const badCode = await off(DEMO_PASSWORD, otherCode(totpCode(secret, now())));
        expect([badCode.status, badCode.body.field]).toEqual([400, 'code']);
        await expectOneRefusal(own('auth.totp_disabled', wrongCode), [DEMO_PASSWORD]);
      });
    });

    it("two-factor login's second step: an unknown, used or expired login and a wrong recovery code name no actor", async () => {
      const email = 'admin@demo.clinic';
      const adminId = await t.userId(email);
      const { token, secret } = await setUpTwoFactor(email);
      expect((await post(token, '/api/auth/totp/enable', { code: totpCode(secret, now()) })).status).toBe(
        200,
      );
      const step = (body: object) => post(null, '/api/auth/login/totp', body);
      const refusal = (account: string | null, detail: string) => ({
        action: 'auth.login_totp',
        account,
        actor: null,
        detail,
      });
      const firstStep = async () =>
        (await post(null, '/api/auth/login', { email, password: DEMO_PASSWORD })).body.pendingToken as string;

      await aStepLater(async () => {
        await settle();
        const unknown = newSecretToken().token;
        const stranger = await step({ pendingToken: unknown, code: '123456' });
        expect([stranger.status, stranger.body.code]).toEqual([401, 'mfa_expired']);
        await expectOneRefusal(refusal(null, 'unknown login'), [unknown]);

        const pendingToken = await firstStep();
        await settle();
        const recovery = await step({ pendingToken, recoveryCode: 'abcd-efgh-ijkl' });
        expect([recovery.status, recovery.body.field]).toEqual([400, 'recoveryCode']);
        await expectOneRefusal(refusal(adminId, 'recoveryCode: is not one of your unused recovery codes'), [
          pendingToken,
          'abcd-efgh-ijkl',
        ]);

        const code = totpCode(secret, now());
        expect((await step({ pendingToken, code })).status).toBe(200);
        await settle();
        const again = await step({ pendingToken, code });
        expect([again.status, again.body.code]).toEqual([401, 'mfa_expired']);
        await expectOneRefusal(refusal(adminId, 'login already completed'), [pendingToken]);

        const late = await firstStep();
        t.clock.now = new Date(now() + 6 * 60_000);
        await settle();
        const expired = await step({ pendingToken: late, code: totpCode(secret, now()) });
        expect([expired.status, expired.body.code]).toEqual([401, 'mfa_expired']);
        await expectOneRefusal(refusal(adminId, 'login expired'), [late]);
      });
    });
  },
);
