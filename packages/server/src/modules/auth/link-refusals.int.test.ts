import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, TEST_NOW, type TestApp } from '../../test-support/test-app';
import { refusalLog } from '../../test-support/refusal-log';
import { newSecretToken } from '../../auth/sessions';
import { insertUser } from '@omt/db';

const NEW_PASSWORD = 'kettle-Orbit-lantern-42';
const HOUR = 3_600_000;
const at = (ms: number) => new Date(TEST_NOW.getTime() + ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

type LinkTable = 'password_reset_tokens' | 'email_verification_tokens' | 'staff_invitations';
type LinkState = 'live' | 'used' | 'expired';
/** A refused link's answer (status and code, unchanged) and the why its row keeps. */
type Refused = Record<'unknown' | 'used' | 'expired', [status: number, code: string, detail: string]>;

describe.each(TEST_DATABASES)(
  'refused links (reset, email confirmation, staff invitation) are audited on $name',
  (kind) => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(kind);
    });
    afterAll(() => t.close());
    const { rowsSince, settle, written, expectOneRefusal } = refusalLog(() => t);
    const post = (token: string | null, url: string, body: object) => t.call(token, 'POST', url, body);

    /** A mailed link's token, stored as the app stores it (its SHA-256 only), live, used or expired. */
    async function link(table: LinkTable, userId: string, state: LinkState): Promise<string> {
      const { token, hash } = newSecretToken();
      const row = {
        user_id: userId,
        created_at: at(-2 * HOUR),
        expires_at: state === 'expired' ? at(-HOUR) : at(HOUR / 2),
        used_at: state === 'used' ? at(-HOUR) : null,
      };
      if (table === 'password_reset_tokens') {
        await t.handle.db
          .insertInto(table)
          .values({ id: hash, ...row })
          .execute();
      } else {
        await t.handle.db
          .insertInto(table)
          .values({ token_hash: hash, ...row })
          .execute();
      }
      return token;
    }

    /** An invited staff login, waiting for its link. */
    async function invited(email: string): Promise<string> {
      const id = randomUUID();
      await insertUser(t.handle.db, {
        id,
        email,
        password_hash: '',
        role: 'physician',
        display_name: 'Dr. Jordan Invited',
        credential: 'DO',
        npi: null,
        supervisor_id: null,
        calendar_token_hash: null,
        created_at: at(-HOUR),
        status: 'invited',
      });
      return id;
    }

    describe.each([
      {
        what: 'a reset link',
        table: 'password_reset_tokens' as const,
        url: '/api/auth/reset-password',
        body: (token: string) => ({ token, password: NEW_PASSWORD }),
        action: 'auth.password_reset',
        account: () => t.userId('resident@demo.clinic'),
        refused: {
          unknown: [400, 'reset_token_invalid', 'unknown reset link'],
          used: [410, 'reset_token_used', 'reset link already used'],
          expired: [410, 'reset_token_expired', 'reset link expired'],
        } satisfies Refused,
      },
      {
        what: 'an email confirmation link',
        table: 'email_verification_tokens' as const,
        url: '/api/signup/verify',
        body: (token: string) => ({ token }),
        action: 'auth.email_verified',
        account: () => t.userId('alex@demo.clinic'),
        refused: {
          unknown: [400, 'verification_token_invalid', 'unknown confirmation link'],
          used: [410, 'verification_token_used', 'confirmation link already used'],
          expired: [410, 'verification_token_expired', 'confirmation link expired'],
        } satisfies Refused,
      },
      {
        what: 'a staff invitation link',
        table: 'staff_invitations' as const,
        url: '/api/staff/invitations/accept',
        body: (token: string) => ({ token, password: NEW_PASSWORD }),
        action: 'staff.invite.accept',
        account: () => invited(`invited.${randomUUID().slice(0, 8)}@new.clinic`),
        refused: {
          unknown: [400, 'validation_failed', 'unknown invitation link'],
          used: [400, 'validation_failed', 'invitation link already used'],
          expired: [400, 'validation_failed', 'invitation link expired'],
        } satisfies Refused,
      },
    ])('$what', ({ table, url, body, action, account, refused }) => {
      it('refused as unknown, used or expired: the same answer as before, one row naming the account when known', async () => {
        for (const state of ['unknown', 'used', 'expired'] as const) {
          const userId = state === 'unknown' ? null : await account();
          const token =
            state === 'unknown' || !userId ? newSecretToken().token : await link(table, userId, state);
          const [status, code, detail] = refused[state];
          await settle();
          const r = await post(null, url, body(token));
          expect([state, r.status, r.body.code, r.body.field]).toEqual([state, status, code, 'token']);
          await expectOneRefusal({ action, account: userId, actor: null, detail }, [token]);
        }
      });

      it('sent twice at once: one succeeds, the other is refused, and the log has one row of each', async () => {
        const userId = await account();
        const token = await link(table, userId, 'live');
        await settle();
        const answers = await Promise.all([post(null, url, body(token)), post(null, url, body(token))]);
        expect(answers.map((r) => r.status).sort()).toEqual([200, refused.used[0]]);
        const rows = (await rowsSince()).map((r) => [r.action, r.outcome, r.resource_id]);
        expect(rows.sort()).toEqual([
          [action, 'allowed', userId],
          [action, 'denied', userId],
        ]);
      });

      it('a live link is not refused and writes no refusal', async () => {
        const token = await link(table, await account(), 'live');
        await settle();
        expect((await post(null, url, body(token))).status).toBe(200);
        expect((await rowsSince()).filter((r) => r.outcome === 'denied')).toEqual([]);
      });
    });

    it('an invitation link of a login deactivated meanwhile is refused as before, naming that login', async () => {
      const userId = await invited(`deactivated.${randomUUID().slice(0, 8)}@new.clinic`);
      const token = await link('staff_invitations', userId, 'live');
      await t.handle.db
        .updateTable('users')
        .set({ status: 'deactivated' })
        .where('id', '=', userId)
        .execute();
      await settle();
      const r = await post(null, '/api/staff/invitations/accept', { token, password: NEW_PASSWORD });
      expect([r.status, r.body.code, r.body.field]).toEqual([400, 'validation_failed', 'token']);
      await expectOneRefusal(
        {
          action: 'staff.invite.accept',
          account: userId,
          actor: null,
          detail: 'the login is deactivated, not waiting for an invitation',
        },
        [token, NEW_PASSWORD],
      );
    });

    it('a reset asked for an unknown email answers as for a known one; the log alone keeps the email typed', async () => {
      const ask = (email: string) => post(null, '/api/auth/forgot-password', { email });
      await settle();
      const known = await ask('dr.still@demo.clinic');
      await written(1); // the known email's request (the lookup runs after the answer)
      await settle();
      const unknown = await ask('nobody.here@demo.clinic');
      expect([unknown.status, unknown.body]).toEqual([known.status, known.body]);
      await written(1);
      await expectOneRefusal({
        action: 'auth.password_reset_requested',
        account: null,
        actor: null,
        detail: 'nobody.here@demo.clinic; no active account has this email',
      });
    });
  },
);
